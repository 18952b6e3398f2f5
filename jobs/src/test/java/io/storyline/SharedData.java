package io.storyline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the project root and the development data in {@code ../shared}, which users do not have. */
public final class SharedData {
    private SharedData() {}

    /** The project root (the folder holding the parent pom). */
    public static Path projectDir() {
        String dir = System.getProperty("project.root");
        Path path = dir != null ? Path.of(dir) : Path.of("").toAbsolutePath().getParent();
        return path.toAbsolutePath().normalize();
    }

    /** A path inside {@code ../shared}; skips the calling test when that folder is absent. */
    public static Path require(String relative) {
        Path path = projectDir().resolveSibling("shared").resolve(relative);
        assumeTrue(Files.exists(path), "../shared/" + relative + " is absent: skipping (it is development data, not shipped)");
        return path;
    }

    /** Every file under a folder of {@code ../shared}, sorted; skips the calling test when it is absent. */
    public static List<Path> files(String relative) {
        try (Stream<Path> walk = Files.walk(require(relative))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path inside the project's own {@code samples/}. */
    public static Path samples(String relative) {
        return projectDir().resolve("samples").resolve(relative);
    }
}
