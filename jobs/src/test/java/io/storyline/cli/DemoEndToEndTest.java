package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

        // Entities: one per entity_id of mentions, doc_count as the mentions count it, and the
        // samples' invented people linked across scripts (Vogler / Фоглер, Markova / Маркова / Markowa).
        ObjectMapper json = new ObjectMapper();
        Path mentions = tmp.resolve("mentions.jsonl");
        Path entities = tmp.resolve("entities.jsonl");
        assertThat(Storyline.execute("export", "--tables", tmp.resolve("demo").toString(), "--table", "mentions", "--to", mentions.toString())).isZero();
        assertThat(Storyline.execute("export", "--tables", tmp.resolve("demo").toString(), "--table", "entities", "--to", entities.toString())).isZero();
        Map<String, Set<String>> docsByEntity = new HashMap<>();
        for (String line : Files.readAllLines(mentions)) {
            JsonNode m = json.readTree(line);
            docsByEntity.computeIfAbsent(m.get("entity_id").asText(), k -> new HashSet<>()).add(m.get("doc_id").asText());
        }
        Map<String, JsonNode> byName = new HashMap<>();
        List<String> lines = Files.readAllLines(entities);
        assertThat(lines).hasSize(docsByEntity.size());
        for (String line : lines) {
            JsonNode e = json.readTree(line);
            assertThat(e.get("doc_count").asLong()).isEqualTo(docsByEntity.get(e.get("entity_id").asText()).size());
            byName.put(e.get("name").asText(), e);
        }
        assertThat(byName.get("Vogler").get("languages").toString()).contains("bg", "de", "en", "ru");
        assertThat(byName.get("Markova").get("languages").toString()).contains("bg", "de", "en", "ru");
    }
}
