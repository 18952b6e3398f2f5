package io.storyline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.storyline.SharedData;
import io.storyline.SparkTestBase;
import io.storyline.ops.StandaloneCluster.Worker;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * spark-submit of the shaded jar on a real standalone cluster (one master, two 1-core workers on
 * 127.0.0.1, PySpark's Spark 3.5.7), against the same run with {@code local[*]}: every table row
 * for row, clean over the samples, and with a worker killed mid-job over a synthetic crawl read
 * through a Common Crawl style {@code warc.paths.gz} and {@code --input-prefix}.
 *
 * <p>The tests run in order: the fault test kills a worker, so it comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT extends SparkTestBase {
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(6);
    /** The fault run's crawl: enough files (one ingest task each) for a kill to land while ingest still runs. */
    private static final int SYNTH_DOCS = 600;
    private static final int SYNTH_DOCS_PER_FILE = 25;

    private static Path jar;
    /** The run arguments after {@code run}, one list per input, the same locally and on the cluster. */
    private static List<String> samples;
    private static List<String> synth;
    private static StandaloneCluster cluster;

    @BeforeAll
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // the first bin/python-env installs PySpark
    static void referenceRunsAndCluster() throws Exception {
        jar = Path.of(System.getProperty("jobs.jar"));
        assertThat(jar).as("the shaded jar (integration tests run after package)").exists();
        samples = List.of("--input", SharedData.samples("crawl").toString());
        long started = System.nanoTime();
        launcher("synth", "--docs", String.valueOf(SYNTH_DOCS), "--docs-per-file", String.valueOf(SYNTH_DOCS_PER_FILE),
                "--output", tmp.resolve("synth").toString());
        synth = List.of("--input", commonCrawlStylePathList(tmp.resolve("synth/crawl")).toString(),
                "--input-prefix", tmp.toUri().toString());
        // The references: bin/storyline run (local[*]) with the same arguments as the submits.
        launcher(runArguments(samples, localRun("samples")));
        launcher(runArguments(synth, localRun("synth")));
        report("local reference runs", started);

        started = System.nanoTime();
        cluster = StandaloneCluster.start(StandaloneCluster.pysparkHome(Files.createDirectories(tmp.resolve("logs"))), tmp.resolve("cluster"), 2);
        report("cluster up (master and 2 workers)", started);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void submittedRunWritesTheLocalRunsTables() throws Exception {
        Submission run = submit("samples", samples);
        awaitSuccess(run.driver(), run.log());
        report("clean submit over samples/crawl", run.startedNanos());

        for (Worker worker : cluster.workers()) {
            assertThat(tasks(worker, run.appId()).finished()).as("tasks run by the executor of %s", worker.workDir()).isPositive();
        }
        RunComparison.assertSameRun(spark, localRun("samples"), run.output());
    }

    @Test
    @Order(2)
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void runSurvivesAWorkerKilledMidJobWithNothingLostOrDuplicated() throws Exception {
        Submission run = submit("synth", synth);
        Process driver = run.driver();
        Path log = run.log();

        // The victim is the first worker whose executor has finished a task, so it holds work the
        // driver must redo (cached ingest partitions, shuffle output), and is running another one.
        Worker victim = null;
        Tasks atKill = null;
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (victim == null) {
            assertRunning(driver, log, deadline);
            for (Worker worker : cluster.workers()) {
                Tasks tasks = tasks(worker, run.appId());
                if (victim == null && tasks.finished() > 0 && tasks.started() > tasks.finished()) {
                    victim = worker;
                    atKill = tasks;
                }
            }
            Thread.sleep(50);
        }
        long logAtKill = Files.size(log);
        assertThat(cluster.kill(victim)).as("executor JVMs killed with the worker").isNotEmpty();
        report("worker killed (its executor had finished " + atKill.finished() + " tasks and started "
                + atKill.started() + ")", run.startedNanos());

        awaitSuccess(driver, log);
        report("submit with a worker killed, over a " + SYNTH_DOCS + "-document synthetic crawl", run.startedNanos());
        // A kill after ingest would test little, and one after the end nothing: the driver's log
        // must show the executor lost and ingest finishing only after the kill.
        byte[] written = Files.readAllBytes(log);
        String afterKill = new String(written, (int) logAtKill, written.length - (int) logAtKill, StandardCharsets.UTF_8);
        assertThat(afterKill).as("driver log after the kill (%s)", log)
                .contains("Lost executor").containsPattern("Pipeline: ingest: \\d+ records -> ");
        // Spark logs the lost running task at INFO, below the driver's WARN; lost cached blocks show.
        System.out.printf(Locale.ROOT, "StandaloneClusterIT: the driver lost %d cached partitions with the executor%n",
                afterKill.lines().filter(line -> line.contains("No more replicas available")).count());
        RunComparison.assertSameRun(spark, localRun("synth"), run.output());
    }

    /** Runs {@code bin/storyline} as a user does, in its own JVM like the submitted job. */
    private static void launcher(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SharedData.projectDir().resolve("bin/storyline").toString()));
        command.addAll(List.of(arguments));
        Path log = tmp.resolve("storyline-" + arguments[0] + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("STORYLINE_DRIVER_MEMORY", "1g");
        Process process = builder.start();
        try {
            if (!process.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("bin/storyline %s did not finish within %s:%n%s", String.join(" ", arguments), JOB_TIMEOUT, tail(log));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("bin/storyline %s; its log:%n%s", String.join(" ", arguments), tail(log)).isZero();
    }

    /** A spark-submit of {@code run}, its log and output, and its application id on the master. */
    private record Submission(Process driver, Path log, Path output, String appId, long startedNanos) {}

    /** Submits {@code run} over these input arguments to the full cluster, once the master lists the application. */
    private static Submission submit(String name, List<String> input) throws IOException, InterruptedException {
        cluster.awaitAliveWorkers(2);
        Path output = tmp.resolve("cluster-" + name);
        Path log = tmp.resolve("submit-" + name + ".log");
        long started = System.nanoTime();
        Process driver = cluster.submit(submitArguments(input, output), log);
        return new Submission(driver, log, output, awaitApplication(driver, log), started);
    }

    private static Path localRun(String name) {
        return tmp.resolve("local-" + name);
    }

    /**
     * A gzipped list of the crawl's files relative to {@code tmp}, read with {@code --input-prefix}:
     * the way Common Crawl publishes {@code warc.paths.gz} (entries relative to s3://commoncrawl/).
     */
    private static Path commonCrawlStylePathList(Path crawl) throws IOException {
        Path list = Files.createDirectories(tmp.resolve("lists")).resolve("warc.paths.gz");
        try (Stream<Path> files = Files.list(crawl);
             Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(list)), StandardCharsets.UTF_8)) {
            for (Path file : files.sorted().toList()) {
                out.write(tmp.relativize(file) + "\n");
            }
        }
        return list;
    }

    private static String[] runArguments(List<String> input, Path output) {
        List<String> arguments = new ArrayList<>(List.of("run"));
        arguments.addAll(input);
        arguments.addAll(List.of("--output", output.toString()));
        return arguments.toArray(String[]::new);
    }

    private static List<String> submitArguments(List<String> input, Path output) {
        List<String> arguments = new ArrayList<>(List.of("--class", "io.storyline.cli.Storyline",
                "--driver-memory", "1g", "--executor-memory", "512m",
                "--conf", "spark.ui.enabled=false", jar.toString()));
        arguments.addAll(List.of(runArguments(input, output)));
        return arguments;
    }

    /** The id of the application running on the master, once it has registered. */
    private static String awaitApplication(Process driver, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (true) {
            assertRunning(driver, log, deadline);
            Optional<String> id = Optional.of(cluster.masterState().path("activeapps"))
                    .filter(apps -> apps.size() == 1).map(apps -> apps.get(0).path("id").asText());
            if (id.isPresent()) {
                return id.get();
            }
            Thread.sleep(100);
        }
    }

    private static void assertRunning(Process driver, Path log, long deadline) throws IOException {
        if (!driver.isAlive()) {
            fail("spark-submit exited early with %d:%n%s", driver.exitValue(), tail(log));
        }
        if (System.nanoTime() > deadline) {
            fail("spark-submit still running after %s:%n%s", JOB_TIMEOUT, tail(log));
        }
    }

    private static void awaitSuccess(Process driver, Path log) throws IOException, InterruptedException {
        if (!driver.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("spark-submit did not finish within %s:%n%s", JOB_TIMEOUT, tail(log));
        }
        assertThat(driver.exitValue()).as("spark-submit exit code; its log:%n%s", tail(log)).isZero();
    }

    /** Tasks an executor started and finished. */
    private record Tasks(long started, long finished) {}

    /** The tasks of an application's executor on a worker, from the executor's log in the worker's work directory. */
    private static Tasks tasks(Worker worker, String appId) throws IOException {
        Path appDir = worker.workDir().resolve(appId);
        if (!Files.isDirectory(appDir)) {
            return new Tasks(0, 0);
        }
        long started = 0;
        long finished = 0;
        try (Stream<Path> files = Files.walk(appDir)) {
            for (Path stderr : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
                // Read leniently: the executor may be mid-way through writing a line.
                for (String line : new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8).lines().toList()) {
                    started += line.contains("Executor: Running task") ? 1 : 0;
                    finished += line.contains("Executor: Finished task") ? 1 : 0;
                }
            }
        }
        return new Tasks(started, finished);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void report(String what, long startedNanos) {
        System.out.printf(Locale.ROOT, "StandaloneClusterIT: %s in %.1f s%n", what, (System.nanoTime() - startedNanos) / 1e9);
    }
}
