package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and bad configuration: one line on stderr and exit code 2, never a stack trace. */
class StorylineCliTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String err) {}

    static Outcome run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Storyline.execute(args);
            return new Outcome(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    static void assertOneLineUsageError(Outcome outcome, String expected) {
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.err()).contains(expected).doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsUsageError() {
        assertOneLineUsageError(run("run", "--input", "x", "--output", "y", "--frobnicate"), "--frobnicate");
    }

    @Test
    void missingRequiredOptionIsUsageError() {
        assertOneLineUsageError(run("ingest", "--output", "y"), "--input");
    }

    @Test
    void unknownCommandIsUsageError() {
        assertOneLineUsageError(run("fly"), "fly");
    }

    @Test
    void badDateIsUsageError() {
        assertOneLineUsageError(run("run", "--input", "x", "--output", "y", "--date", "2026-13-45"), "--date");
    }

    @Test
    void badConfigurationIsUsageError() throws Exception {
        Path conf = tmp.resolve("bad.conf");
        Files.writeString(conf, "storyline.ingest.min-wrods = 3");
        assertOneLineUsageError(run("run", "--input", tmp.toString(), "--output", tmp.resolve("o").toString(),
                "--conf", conf.toString()), "unknown configuration key storyline.ingest.min-wrods");
    }

    @Test
    void exportOfMissingTableIsUsageError() {
        assertOneLineUsageError(run("export", "--tables", tmp.toString(), "--table", "stories"), "no table 'stories'");
    }

    @Test
    void extractOfMissingInputIsUsageError() {
        assertOneLineUsageError(run("extract", "--input", tmp.resolve("none").toString(), "--output",
                tmp.resolve("x.jsonl").toString()), "input not found");
    }
}
