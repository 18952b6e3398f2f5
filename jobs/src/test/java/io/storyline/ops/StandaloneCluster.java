package io.storyline.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1 for integration tests: one master and some
 * workers, each a child process started from PySpark's Spark distribution (the project's pinned
 * {@code .venv}, made by {@code bin/python-env}), which must be the Spark version the jar was
 * built against. Every process it starts, and their children (executors), dies in {@link #close}.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path sparkHome;
    private final Path dir;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final List<Process> processes = new ArrayList<>();
    private final List<Worker> workers = new ArrayList<>();
    private int masterPort;
    private int masterWebPort;

    /** A worker: its process and its work directory, where each executor keeps its stderr. */
    record Worker(Process process, Path workDir) {}

    private StandaloneCluster(Path sparkHome, Path dir) throws IOException {
        this.sparkHome = sparkHome;
        this.dir = dir;
        Path confDir = Files.createDirectories(dir.resolve("conf"));
        this.env = Map.of(
                "SPARK_HOME", sparkHome.toString(),
                // The JVM running the tests, so the cluster runs on the Java the build uses.
                "JAVA_HOME", System.getProperty("java.home"),
                "SPARK_LOCAL_IP", "127.0.0.1",
                // An empty configuration folder: no spark-defaults or log4j2 of the machine leaks in.
                "SPARK_CONF_DIR", confDir.toString(),
                "SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local")).toString(),
                "SPARK_DAEMON_MEMORY", "256m");
    }

    /** Starts a master and {@code workerCount} workers (1 core, 1 GB each), and waits until all registered. */
    static StandaloneCluster start(Path sparkHome, Path dir, int workerCount) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(sparkHome, dir);
        // Also when the test JVM is stopped from outside (a build timeout): no cluster outlives it.
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        try {
            cluster.startMaster();
            for (int i = 0; i < workerCount; i++) {
                cluster.startWorker();
            }
            cluster.awaitAliveWorkers(workerCount);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * PySpark's Spark distribution in the project's virtualenv (made or updated by
     * {@code bin/python-env}); fails unless it is the Spark version on the test classpath.
     */
    static Path pysparkHome(Path logDir) throws IOException, InterruptedException {
        Path venv = ExternalCommand.pythonEnv("", logDir);
        Path home;
        try (Stream<Path> lib = Files.list(venv.resolve("lib"))) {
            home = lib.map(p -> p.resolve("site-packages/pyspark")).filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no pyspark in " + venv));
        }
        String version = classpathSparkVersion();
        if (!Files.exists(home.resolve("jars/spark-core_2.12-" + version + ".jar"))) {
            throw new IllegalStateException(home + " is not Spark " + version + " (the version the jar is built against)");
        }
        return home;
    }

    private static String classpathSparkVersion() throws IOException {
        // spark-core's own build stamp; Scala's package object holding SPARK_VERSION is not reachable from Java.
        try (InputStream in = StandaloneCluster.class.getClassLoader().getResourceAsStream("spark-version-info.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    List<Worker> workers() {
        return List.copyOf(workers);
    }

    /** Starts {@code bin/spark-submit} with these arguments against this cluster, output to {@code log}. */
    Process submit(List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(sparkHome.resolve("bin/spark-submit").toString(),
                "--master", masterUrl(), "--deploy-mode", "client"));
        command.addAll(arguments);
        return launch(command, log);
    }

    /** The master's state, from its web UI's JSON endpoint. */
    JsonNode masterState() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterWebPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    /**
     * Kills a worker and the executors it launched, as a machine failure would (no clean shutdown),
     * and returns the executor processes killed.
     */
    List<ProcessHandle> kill(Worker worker) throws InterruptedException {
        List<ProcessHandle> executors = worker.process().descendants().toList();
        worker.process().destroyForcibly();
        executors.forEach(ProcessHandle::destroyForcibly);
        if (!worker.process().waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("worker " + worker.process().pid() + " survived SIGKILL");
        }
        executors.forEach(StandaloneCluster::awaitExit);
        return executors;
    }

    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process process : processes) {
            all.addAll(process.descendants().toList());
            all.add(process.toHandle());
        }
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(StandaloneCluster::awaitExit);
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("process " + handle.pid() + " did not exit", e);
        }
    }

    private void startMaster() throws IOException, InterruptedException {
        masterPort = freePort();
        masterWebPort = freePort();
        launch(List.of(sparkClass(), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterWebPort)), dir.resolve("master.log"));
        await("the master to be ALIVE", () -> masterStateOrNull().map(s -> "ALIVE".equals(s.path("status").asText())).orElse(false));
    }

    private void startWorker() throws IOException {
        int index = workers.size();
        Path workDir = Files.createDirectories(dir.resolve("worker-" + index));
        Process process = launch(List.of(sparkClass(), "org.apache.spark.deploy.worker.Worker", masterUrl(),
                "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", "0",
                "--work-dir", workDir.toString()), dir.resolve("worker-" + index + ".log"));
        workers.add(new Worker(process, workDir));
    }

    void awaitAliveWorkers(int count) throws InterruptedException {
        await(count + " alive workers", () -> masterStateOrNull().map(s -> s.path("aliveworkers").asInt() == count).orElse(false));
    }

    private Optional<JsonNode> masterStateOrNull() {
        try {
            return Optional.of(masterState());
        } catch (IOException e) {
            return Optional.empty(); // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a cluster process exited (code " + process.exitValue()
                            + ") while waiting for " + what + "; logs in " + dir);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + START_TIMEOUT + " waiting for " + what + "; logs in " + dir);
            }
            Thread.sleep(250);
        }
    }

    private String sparkClass() {
        return sparkHome.resolve("bin/spark-class").toString();
    }

    private Process launch(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
