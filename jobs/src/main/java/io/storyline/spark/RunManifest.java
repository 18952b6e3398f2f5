package io.storyline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code _manifest.json}: what one run read, with which configuration, what it wrote (rows per
 * table, rejects per reason) and how long each stage took.
 */
public final class RunManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    public static final String FILE = "_manifest.json";

    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode tables = JSON.createObjectNode();
    private final ObjectNode stages = JSON.createObjectNode();

    public RunManifest(String command, List<String> inputs, String date, String configurationJson) {
        root.put("storyline_version", RunManifest.class.getPackage().getImplementationVersion());
        root.put("command", command);
        root.put("started_at", Instant.now().toString());
        root.put("date", date);
        ArrayNode in = root.putArray("inputs");
        inputs.forEach(in::add);
        try {
            root.set("configuration", JSON.readTree(configurationJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.set("tables", tables);
        root.set("stages", stages);
    }

    public RunManifest inputFiles(List<String> files, List<String> skipped) {
        ArrayNode read = root.putArray("input_files");
        files.forEach(read::add);
        ArrayNode notRead = root.putArray("skipped_files");
        skipped.forEach(notRead::add);
        return this;
    }

    /** The days a daily run recomputed the cross-day tables over (io.storyline.pipeline.DailyScope). */
    public RunManifest scope(String firstDay, String lastDay) {
        root.putObject("recomputed_days").put("first", firstDay).put("last", lastDay);
        return this;
    }

    public RunManifest table(String name, long rows) {
        tables.putObject(name).put("rows", rows);
        return this;
    }

    public RunManifest rejectReasons(Map<String, Long> byReason) {
        ObjectNode reasons = root.putObject("rejects_by_reason");
        byReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> reasons.put(e.getKey(), e.getValue()));
        return this;
    }


    public RunManifest languages(Map<String, Long> documentsByLanguage) {
        ObjectNode languages = root.putObject("documents_by_language");
        documentsByLanguage.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> languages.put(e.getKey(), e.getValue()));
        return this;
    }

    public RunManifest stage(String name, double seconds, long recordsIn) {
        stages.putObject(name).put("seconds", Math.round(seconds * 1000) / 1000.0).put("records_in", recordsIn);
        return this;
    }

    /**
     * Keeps what an earlier run into the same output recorded (its tables, stages and counts) when
     * this run re-made only some stages: the manifest describes every table in the folder.
     */
    public RunManifest carryForward(String earlierJson) {
        try {
            JsonNode earlier = JSON.readTree(earlierJson);
            for (String section : new String[] {"tables", "stages"}) {
                ObjectNode mine = (ObjectNode) root.get(section);
                earlier.path(section).fields().forEachRemaining(e -> {
                    if (!mine.has(e.getKey())) {
                        mine.set(e.getKey(), e.getValue());
                    }
                });
            }
            for (String field : new String[] {"input_files", "skipped_files", "rejects_by_reason", "documents_by_language"}) {
                if (!root.has(field) && earlier.has(field)) {
                    root.set(field, earlier.get(field));
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String toJson() {
        root.put("finished_at", Instant.now().toString());
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
