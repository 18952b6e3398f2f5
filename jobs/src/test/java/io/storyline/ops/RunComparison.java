package io.storyline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Asserts that two runs wrote the same tables, row for row: every table folder of either run (so
 * tables added by later stages are covered without naming them), the same schema, and the same
 * multiset of rows; and the same {@code _manifest.json} apart from its clock readings.
 */
final class RunComparison {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final int SHOWN = 3;

    private RunComparison() {}

    static void assertSameRun(SparkSession spark, Path expected, Path actual) throws IOException {
        List<String> tables = tables(expected);
        assertThat(tables).as("tables of the reference run %s", expected).isNotEmpty();
        assertThat(tables(actual)).as("tables of %s", actual).isEqualTo(tables);
        for (String table : tables) {
            assertSameTable(spark, table, expected.resolve(table), actual.resolve(table));
        }
        assertThat(withoutClock(actual.resolve("_manifest.json")))
                .as("_manifest.json of %s, times aside", actual)
                .isEqualTo(withoutClock(expected.resolve("_manifest.json")));
    }

    /** The table folders of a run: every directory at its root but staging and hidden ones. */
    static List<String> tables(Path run) throws IOException {
        try (Stream<Path> children = Files.list(run)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_") && !name.startsWith(".")).sorted().toList();
        }
    }

    private static void assertSameTable(SparkSession spark, String table, Path expected, Path actual) {
        Dataset<Row> want = spark.read().parquet(expected.toString());
        Dataset<Row> got = spark.read().parquet(actual.toString());
        assertThat(got.schema()).as("schema of %s", table).isEqualTo(want.schema());
        List<String> wantRows = canonicalRows(want);
        List<String> gotRows = canonicalRows(got);
        assertThat(gotRows.size()).as("rows of %s", table).isEqualTo(wantRows.size());
        Difference difference = new Difference(minus(wantRows, gotRows), minus(gotRows, wantRows));
        // Not isEqualTo on the lists: its message would print every row of both tables.
        assertThat(difference.isEmpty()).as("rows of %s differ: %s", table, difference).isTrue();
    }

    /**
     * Rows as JSON with map entries in key order (a Parquet map has no order, and Spark cannot
     * compare maps), sorted; arrays keep their order, since the producer is meant to fix it.
     */
    private static List<String> canonicalRows(Dataset<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (String line : rows.toJSON().collectAsList()) {
            try {
                lines.add(JSON.writeValueAsString(JSON.readValue(line, Object.class)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        lines.sort(null);
        return lines;
    }

    private static JsonNode withoutClock(Path manifest) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(manifest.toFile());
        json.remove(List.of("started_at", "finished_at"));
        json.path("stages").forEach(stage -> ((ObjectNode) stage).remove("seconds"));
        return json;
    }

    /** The rows of {@code from} left after taking away {@code taken}'s, as multisets. */
    private static List<String> minus(List<String> from, List<String> taken) {
        Map<String, Integer> left = new HashMap<>();
        taken.forEach(row -> left.merge(row, 1, Integer::sum));
        List<String> rest = new ArrayList<>();
        for (String row : from) {
            if (left.merge(row, -1, Integer::sum) < 0) {
                rest.add(row);
            }
        }
        return rest;
    }

    /** The rows only one side has, a few of each shown in the failure message. */
    private record Difference(List<String> onlyExpected, List<String> onlyActual) {
        boolean isEmpty() {
            return onlyExpected.isEmpty() && onlyActual.isEmpty();
        }

        @Override
        public String toString() {
            return "only in the reference: " + sample(onlyExpected) + "; only in this run: " + sample(onlyActual);
        }

        private static String sample(List<String> rows) {
            return rows.size() + " rows " + rows.stream().limit(SHOWN)
                    .map(r -> r.length() > 400 ? r.substring(0, 400) + "..." : r).toList();
        }
    }
}
