package io.storyline.ops;

import static org.assertj.core.api.Assertions.fail;

import io.storyline.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program the integration tests run from outside the JVM (bin/python-env, airflow, Python), with
 * a time limit. Its output goes to a log file beside the test's temporary files; a failure or a
 * time-out fails the test with the end of that log, so the test report shows what went wrong.
 */
final class ExternalCommand {
    private static final int TAIL_LINES = 80;

    private final List<String> command;
    private final Map<String, String> environment = new HashMap<>();

    private ExternalCommand(List<String> command) {
        this.command = command;
    }

    static ExternalCommand of(String... command) {
        return new ExternalCommand(List.of(command));
    }

    ExternalCommand env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    ExternalCommand env(Map<String, String> values) {
        environment.putAll(values);
        return this;
    }

    /** Runs the command, failing the test unless it exits with 0 within the limit; returns its stdout. */
    String run(Duration limit, Path log) throws IOException, InterruptedException {
        Path stdout = log.resolveSibling(log.getFileName() + ".stdout");
        ProcessBuilder builder = new ProcessBuilder(command).directory(SharedData.projectDir().toFile())
                .redirectOutput(stdout.toFile()).redirectError(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        String out = read(stdout);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %.1f s%n", label(), seconds);
        if (!finished || process.exitValue() != 0) {
            fail("%s %s after %.0f s; the end of its output (all of it in %s):%n%s%n%s", label(),
                    finished ? "exited with " + process.exitValue() : "timed out", seconds, log, tail(out), tail(log));
        }
        return out;
    }

    /** The project-local virtualenv of python/requirements[-NAME].txt, made (or reused) by bin/python-env. */
    static Path pythonEnv(String name, Path logDir) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(SharedData.projectDir().resolve("bin/python-env").toString()));
        if (!name.isEmpty()) {
            args.add(name);
        }
        // A cold install downloads a few hundred MB from PyPI; later runs reuse the virtualenv.
        String venv = new ExternalCommand(args).run(Duration.ofMinutes(20),
                logDir.resolve("python-env" + (name.isEmpty() ? "" : "-" + name) + ".log"));
        return Path.of(venv.strip());
    }

    /** The command line, each argument cut to its first line (inline scripts are long). */
    private String label() {
        return String.join(" ", command.stream().map(a -> a.lines().findFirst().orElse("")).toList());
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private static String tail(Path file) throws IOException {
        return tail(read(file));
    }

    /** The text of a log, whatever bytes a program wrote into it. */
    private static String read(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    }
}
