package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo as a user runs it, then export of its tables, through the command line. */
class DemoEndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void demoRunsOnTheSamplesAndItsTablesExport() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Storyline.execute("demo", "--samples", SharedData.samples("").toString(),
                    "--output", tmp.resolve("demo").toString(), "--master", "local[2]");
        } finally {
            System.setOut(original);
        }
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(summary).contains("records read  126 from 3 files").contains("documents     52")
                .contains("en 17").contains("ru 12").contains("duplicate_exact 1")
                .contains("near-dups     3 groups holding 7 of 52 documents")
                .containsPattern("mentions      [0-9,]+ of [0-9,]+ entities in 52 documents").contains("top entities  ");
        assertThat(tmp.resolve("demo/_manifest.json")).exists();

        Path csv = tmp.resolve("rejects.csv");
        assertThat(Storyline.execute("export", "--tables", tmp.resolve("demo").toString(), "--table", "rejects",
                "--format", "csv", "--to", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(75)
                .first().isEqualTo("input_file,record_offset,record_id,url,reason,detail,crawl_date");
        Path jsonl = tmp.resolve("documents.jsonl");
        assertThat(Storyline.execute("export", "--tables", tmp.resolve("demo").toString(), "--table", "documents",
                "--to", jsonl.toString())).isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(52).allSatisfy(line -> assertThat(line).startsWith("{\"doc_id\":"));
    }
}
