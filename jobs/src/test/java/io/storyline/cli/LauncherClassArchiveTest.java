package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which class archive bin/storyline maps or writes for which command (docs/commands.md, "The class
 * archive"). The launcher runs from a copy in a project of its own, with a jar it finds fresh and a
 * {@code java} that records its arguments and, when asked to, writes the archive; so no JVM starts and
 * the real build's archives are never touched.
 */
class LauncherClassArchiveTest {
    private static final String SPARK_ARCHIVE = "storyline-classes.jsa";
    private static final String EXTRACT_ARCHIVE = "storyline-extract-classes.jsa";

    @TempDir
    Path root;

    private Path target;
    private Path arguments;

    @BeforeEach
    void fakeProject() throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.copy(SharedData.projectDir().resolve("bin/storyline"), bin.resolve("storyline"));
        target = Files.createDirectories(root.resolve("jobs/target"));
        Files.writeString(target.resolve("spark-classpath.txt"), "/nowhere/spark.jar");
        Files.writeString(target.resolve("storyline-jobs-0.1.0-SNAPSHOT.jar"), "");
        arguments = root.resolve("java-arguments.txt");
        Path java = Files.createDirectories(root.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                printf '%s\\n' "$@" > "$FAKE_JAVA_ARGUMENTS"
                for a in "$@"; do
                  case "$a" in -XX:ArchiveClassesAtExit=*) echo classes > "${a#*=}" ;; esac
                done
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(bin.resolve("storyline"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void extractWritesAnArchiveOfItsOwnAndLeavesSparksAlone() throws Exception {
        List<String> args = launch("extract", "--input", "pages", "--output", "out.jsonl");

        assertThat(args).anyMatch(a -> a.matches("-XX:ArchiveClassesAtExit=.*/" + EXTRACT_ARCHIVE.replace(".", "\\.") + "\\.\\d+"));
        assertThat(target.resolve(EXTRACT_ARCHIVE)).hasContent("classes");
        assertThat(target.resolve(SPARK_ARCHIVE)).doesNotExist();
        assertThat(leftovers()).isEmpty();

        assertThat(launch("extract", "--input", "pages", "--output", "out.jsonl"))
                .contains("-XX:SharedArchiveFile=" + target.resolve(EXTRACT_ARCHIVE))
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void extractDoesNotMapTheSparkArchive() throws Exception {
        fresh(SPARK_ARCHIVE);
        List<String> args = launch("extract", "--input", "pages", "--output", "out.jsonl");
        assertThat(args).noneMatch(a -> a.contains(SPARK_ARCHIVE));
        assertThat(target.resolve(EXTRACT_ARCHIVE)).exists();
    }

    @Test
    void aSparkCommandWritesTheSparkArchiveWhenItIsMissingOrOlderThanTheJar() throws Exception {
        launch("eval", "stories", "--set", "news-clusters");
        assertThat(target.resolve(SPARK_ARCHIVE)).hasContent("classes");
        assertThat(target.resolve(EXTRACT_ARCHIVE)).doesNotExist();

        Files.setLastModifiedTime(target.resolve(SPARK_ARCHIVE), FileTime.fromMillis(jarTime() - 60_000));
        assertThat(launch("run", "--input", "in", "--output", "out"))
                .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + target.resolve(SPARK_ARCHIVE) + "."));
        assertThat(Files.getLastModifiedTime(target.resolve(SPARK_ARCHIVE)).toMillis()).isGreaterThanOrEqualTo(jarTime());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void commandsWithoutSparkNeverWriteTheSparkArchiveButMapIt() throws Exception {
        for (List<String> command : List.of(List.of("eval", "language", "--part", "dev"), List.of("synth", "--docs", "10"),
                List.of("run", "--help"), List.of("extract", "-h"), List.of("--version"))) {
            assertThat(launch(command.toArray(String[]::new))).as("%s", command).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
        }
        assertThat(target.resolve(SPARK_ARCHIVE)).doesNotExist();
        assertThat(target.resolve(EXTRACT_ARCHIVE)).doesNotExist();

        fresh(SPARK_ARCHIVE);
        assertThat(launch("eval", "language", "--part", "dev")).contains("-XX:SharedArchiveFile=" + target.resolve(SPARK_ARCHIVE));
    }

    @Test
    void cdsOffMapsAndWritesNothing() throws Exception {
        fresh(SPARK_ARCHIVE);
        fresh(EXTRACT_ARCHIVE);
        for (String command : List.of("extract", "run")) {
            assertThat(launch(List.of("STORYLINE_CDS=off"), command, "--input", "in", "--output", "out"))
                    .noneMatch(a -> a.contains("SharedArchiveFile") || a.contains("ArchiveClassesAtExit"));
        }
    }

    private List<String> launch(String... command) throws Exception {
        return launch(List.of(), command);
    }

    private List<String> launch(List<String> environment, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(root.resolve("bin/storyline").toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("launcher.log").toFile());
        builder.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        builder.environment().put("FAKE_JAVA_ARGUMENTS", arguments.toString());
        builder.environment().remove("STORYLINE_CDS");
        builder.environment().remove("STORYLINE_JAVA_OPTS");
        environment.forEach(e -> builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        Files.deleteIfExists(arguments);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(root.resolve("launcher.log"))).isZero();
        return Files.readAllLines(arguments, StandardCharsets.UTF_8);
    }

    private void fresh(String archive) throws IOException {
        Path file = Files.writeString(target.resolve(archive), "classes");
        Files.setLastModifiedTime(file, FileTime.fromMillis(jarTime() + 60_000));
    }

    private long jarTime() throws IOException {
        return Files.getLastModifiedTime(target.resolve("storyline-jobs-0.1.0-SNAPSHOT.jar")).toMillis();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.jsa\\..*")).toList();
        }
    }
}
