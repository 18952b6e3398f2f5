package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.config.UsageException;
import io.storyline.spark.SparkSessions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: one table of a finished run as JSON Lines or CSV, for people and scripts without
 * Spark. Rows come out in a stable order, so two exports of the same run are identical.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Dumps a table of a finished run as JSON Lines or CSV.")
final class ExportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> ORDER = Map.of(
            "documents", List.of("doc_id"),
            "article_vectors", List.of("doc_id"),
            "rejects", List.of("input_file", "record_offset"),
            "story_articles", List.of("story_id", "doc_id"),
            "source_timelines", List.of("date", "source"));

    @Option(names = "--tables", required = true, paramLabel = "DIR", description = "The run's --output folder.")
    Path tables;

    @Option(names = "--table", required = true, paramLabel = "NAME", description = "A table of the run (documents, stories, entities, ...).")
    String table;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or csv.")
    String format = "jsonl";

    @Option(names = "--to", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path to;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw new UsageException("--format must be jsonl or csv, not '" + format + "'");
        }
        Path tablePath = tables.resolve(table);
        if (!Files.isDirectory(tablePath)) {
            throw new UsageException("no table '" + table + "' in " + tables + " (tables there: " + tablesIn(tables) + ")");
        }
        return SparkSessions.runWithSparkSession("storyline export", "local[*]", spark -> export(spark, tablePath));
    }

    private Integer export(SparkSession spark, Path tablePath) {
        Dataset<Row> rows = spark.read().parquet(tablePath.toString());
        List<String> order = ORDER.getOrDefault(table, List.of(rows.columns()[0]));
        rows = rows.orderBy(order.stream().map(rows::col).toArray(org.apache.spark.sql.Column[]::new));
        String[] columns = rows.columns();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                to == null ? System.out : Files.newOutputStream(to), StandardCharsets.UTF_8))) {
            if (format.equals("csv")) {
                out.write(String.join(",", columns));
                out.write('\n');
            }
            Iterator<String> json = rows.toJSON().toLocalIterator();
            while (json.hasNext()) {
                String line = json.next();
                if (format.equals("jsonl")) {
                    out.write(line);
                } else {
                    out.write(csvLine(JSON.readTree(line), columns));
                }
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** RFC 4180 CSV; nested values (arrays, maps, structs) as compact JSON in their cell. */
    static String csvLine(JsonNode row, String[] columns) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            JsonNode value = row.get(columns[i]);
            if (value == null || value.isNull()) {
                continue;
            }
            String text = value.isValueNode() ? value.asText() : value.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        return line.toString();
    }

    private static String tablesIn(Path dir) {
        try (var children = Files.list(dir)) {
            return String.join(", ", children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("_")).sorted().toList());
        } catch (IOException e) {
            return "none";
        }
    }
}
