package io.storyline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SparkTestBase;
import io.storyline.config.UsageException;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.EntitiesTable;
import io.storyline.schema.MentionsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.schema.RejectsTable;
import io.storyline.schema.StoriesTable;
import io.storyline.schema.StoryArticlesTable;
import io.storyline.spark.TableStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's data against a run small enough to work out by hand: three stories over three days
 * and three sources, a near-duplicate copy, three entities and three rejects. Every figure below is
 * counted from the rows in {@link #writeTables}.
 */
class ReportWriterTest extends SparkTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S1 = "a100000000000001";
    private static final String S2 = "b100000000000001";
    private static final String S3 = "c100000000000001";
    private static final String HOSTILE = "Sturm trifft Küste </script><img src=x onerror=alert(1)>";
    private static Path run;
    private static Path report;

    @BeforeAll
    static void writeRunAndReport() {
        run = tmp.resolve("run");
        writeTables(run);
        report = tmp.resolve("report");
        write(run, report);
    }

    @Test
    void overviewCountsTheRun() throws IOException {
        JsonNode o = data("overview");
        JsonNode t = o.get("totals");
        assertThat(t.get("documents").asLong()).isEqualTo(6);
        assertThat(t.get("stories").asLong()).isEqualTo(3);
        assertThat(t.get("multi_article_stories").asLong()).isEqualTo(2);
        assertThat(t.get("multilingual_stories").asLong()).isEqualTo(2);
        assertThat(t.get("sources").asLong()).isEqualTo(3);
        assertThat(t.get("entities").asLong()).isEqualTo(3);

        JsonNode docs = o.get("daily").get("documents");
        assertThat(docs.get("days").toString()).isEqualTo("[\"2026-11-16\",\"2026-11-17\",\"2026-11-18\"]");
        assertThat(docs.get("counts").toString()).isEqualTo("{\"de\":[1,1,0],\"en\":[1,1,1],\"fr\":[0,1,0]}");
        // Stories active each day, by their first article's language: S1 (en) on both of its days.
        assertThat(o.get("daily").get("stories").get("counts").toString()).isEqualTo("{\"en\":[1,1,1],\"fr\":[0,1,0]}");
        // two.example's 17th is one de and one fr article: the tie goes to the first language by name.
        assertThat(o.get("daily").get("sources").get("counts").toString()).isEqualTo("{\"de\":[1,1,0],\"en\":[1,1,1]}");

        assertThat(ids(o.get("largest"))).containsExactly(S1, S2, S3);
        // Articles within 24 h of the first: S1's third came 26 h later.
        assertThat(ids(o.get("fastest"))).containsExactly(S1, S2);
        assertThat(o.get("fastest").get(0).get("g").asInt()).isEqualTo(2);
        assertThat(o.get("rejects").toString()).isEqualTo("{\"http_status\":2,\"empty\":1}");
        assertThat(ids(o.get("top_entities")).get(0)).isEqualTo("e100000000000001");
        assertThat(o.get("layout").get("stories").get("rows").asLong()).isEqualTo(3);
        assertThat(o.get("layout").get("stories").get("digits").asInt()).isEqualTo(1);
    }

    @Test
    void storiesAreListedLargestFirstAndEachHasItsArticlesInTimeOrder() throws IOException {
        assertThat(ids(data("stories/0"))).containsExactly(S1, S2, S3);
        JsonNode s1 = data("story/a").get(S1);
        assertThat(s1.get("n").asInt()).isEqualTo(3);
        assertThat(s1.get("src").toString()).isEqualTo("[\"one.example\",\"two.example\"]");
        List<String> docs = new ArrayList<>();
        s1.get("a").forEach(a -> docs.add(a.get("doc").asText()));
        assertThat(docs).containsExactly(S1, "a200000000000002", "a300000000000003");
        JsonNode copy = s1.get("a").get(2);
        assertThat(copy.get("dup").asText()).isEqualTo("a200000000000002");
        assertThat(s1.get("a").get(0).has("dup")).as("to_json leaves out null fields").isFalse();
        // Titles travel as JSON strings: the page sets them as text (ReportBrowserIT shows it does).
        assertThat(s1.get("a").get(1).get("title").asText()).isEqualTo(HOSTILE);
        assertThat(s1.get("e").get(0).toString()).isEqualTo("[\"e100000000000001\",\"Storm\"]");
        assertThat(s1.get("te").get(0).get("type").asText()).isEqualTo("MISC");
        assertThat(data("story/b").has(S2)).isTrue();
        assertThat(data("story/c").has(S3)).isTrue();
    }

    @Test
    void sourcesHaveFirstReportsLagsAndDuplicateShares() throws IOException {
        Map<String, JsonNode> sources = new HashMap<>();
        data("sources/0").forEach(s -> sources.put(s.get("id").asText(), s));
        assertThat(ids(data("sources/0"))).containsExactly("two.example", "one.example", "three.example");
        JsonNode one = sources.get("one.example");
        assertThat(one.get("fr").asInt()).isEqualTo(1);
        assertThat(one.get("lag").asDouble()).isEqualTo(90.0); // 0 in S1, 180 in S2
        assertThat(one.get("days").toString())
                .isEqualTo("[{\"day\":\"2026-11-16\",\"n\":1,\"fr\":1},{\"day\":\"2026-11-17\",\"n\":1,\"fr\":0}]");
        JsonNode two = sources.get("two.example");
        assertThat(two.get("fr").asInt()).isEqualTo(1);
        assertThat(two.get("lag").asDouble()).isEqualTo(15.0); // 30 in S1, 0 in S2
        assertThat(two.get("dup").asDouble()).isEqualTo(0.3333);
        JsonNode three = sources.get("three.example");
        assertThat(three.get("fr").asInt()).isEqualTo(1);
        assertThat(three.has("lag")).isFalse();
        assertThat(three.get("covered").asInt()).isZero();
    }

    @Test
    void entityPagesHaveTheirStoriesDaysAndCompany() throws IOException {
        JsonNode storm = data("entity/e").get("e100000000000001");
        assertThat(storm.get("story_total").asInt()).isEqualTo(2);
        assertThat(ids(storm.get("stories"))).containsExactly(S1, S2);
        assertThat(storm.get("days").toString())
                .isEqualTo("[{\"day\":\"2026-11-16\",\"n\":2},{\"day\":\"2026-11-17\",\"n\":1}]");
        assertThat(ids(storm.get("co"))).containsExactly("e200000000000002", "e300000000000003");
        assertThat(storm.get("co").get(0).get("shared").asInt()).isEqualTo(2);
        assertThat(storm.get("names").get("de").asText()).isEqualTo("Sturm");
        JsonNode paris = data("entity/e").get("e300000000000003");
        assertThat(ids(paris.get("co"))).containsExactly("e100000000000001");
        assertThat(ids(data("entities/0"))).containsExactly("e100000000000001", "e200000000000002", "e300000000000003");
    }

    @Test
    void theSameTablesGiveTheSameFilesAndARewriteDropsStaleData() throws IOException {
        Files.writeString(report.resolve("data/story/f.js"), "storyline.load(\"story/f\", {});");
        Path second = tmp.resolve("report-again");
        write(run, report);
        write(run, second);
        assertThat(report.resolve("data/story/f.js")).doesNotExist();
        assertThat(files(report)).isEqualTo(files(second)).containsKeys("index.html", "app.js", "data/overview.js");
    }

    @Test
    void refusesAFolderThatHoldsSomethingElseAndARunWithoutStories() throws IOException {
        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> write(run, busy)).isInstanceOf(IllegalStateException.class).hasMessageContaining("holds no report");
        assertThat(busy.resolve("notes.txt")).exists();
        Path empty = Files.createDirectories(tmp.resolve("no-stories"));
        assertThatThrownBy(() -> write(empty, tmp.resolve("r"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("no documents table");
    }

    private static void write(Path tables, Path folder) {
        new ReportWriter(spark, new TableStore(spark, tables.toString(), "snappy"),
                new SiteFiles(folder.toString(), spark.sparkContext().hadoopConfiguration()), 5).write();
    }

    /** The JSON a data file hands to the page. */
    private static JsonNode data(String name) throws IOException {
        String text = Files.readString(report.resolve(SiteLayout.path(name)));
        String prefix = "storyline.load(\"" + name + "\", ";
        assertThat(text).startsWith(prefix).endsWith(");\n");
        return JSON.readTree(text.substring(prefix.length(), text.length() - 3));
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                assertThat(p.getFileName().toString()).as("no checksum files in a static site").doesNotEndWith(".crc");
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void writeTables(Path root) {
        TableStore store = new TableStore(spark, root.toString(), "snappy");
        // doc, story, source, lang, time, title, url
        Object[][] articles = {
            {S1, S1, "one.example", "en", "2026-11-16T08:00:00Z", "Storm hits coast", "https://one.example/a"},
            {"a200000000000002", S1, "two.example", "de", "2026-11-16T08:30:00Z", HOSTILE, "javascript:alert(1)"},
            {"a300000000000003", S1, "two.example", "de", "2026-11-17T10:00:00Z", HOSTILE, "https://two.example/c"},
            {S2, S2, "two.example", "fr", "2026-11-17T09:00:00Z", "Tempête à Paris", "https://two.example/b"},
            {"b200000000000002", S2, "one.example", "en", "2026-11-17T12:00:00Z", "Paris storm", "https://one.example/b"},
            {S3, S3, "three.example", "en", "2026-11-18T00:00:00Z", "Quiet day", "https://three.example/"}};
        List<Row> documents = new ArrayList<>();
        List<Row> storyArticles = new ArrayList<>();
        for (Object[] a : articles) {
            Timestamp t = Timestamp.from(Instant.parse((String) a[4]));
            documents.add(row(DocumentsTable.SCHEMA, Map.of("doc_id", a[0], "url", a[6], "source", a[2], "title", a[5],
                    "lang", a[3], "event_time", t, "crawled_at", t, "crawl_date", Date.valueOf(((String) a[4]).substring(0, 10)))));
            storyArticles.add(row(StoryArticlesTable.SCHEMA, Map.of("story_id", a[1], "doc_id", a[0], "lang", a[3],
                    "source", a[2], "event_time", t, "is_representative", a[0].equals(a[1]), "score", 0.9)));
        }
        store.write(DocumentsTable.NAME, df(DocumentsTable.SCHEMA, documents));
        store.write(StoryArticlesTable.NAME, df(StoryArticlesTable.SCHEMA, storyArticles));
        Row storm = RowFactory.create("e100000000000001", "Storm", "MISC", 2L);
        Row coast = RowFactory.create("e200000000000002", "Coast", "LOC", 2L);
        Row paris = RowFactory.create("e300000000000003", "Paris", "LOC", 1L);
        store.write(StoriesTable.NAME, df(StoriesTable.SCHEMA, List.of(
                story(S1, "Storm hits coast", "2026-11-16T08:00:00Z", "2026-11-17T10:00:00Z", 3, 2, List.of("de", "en"), List.of(storm, coast)),
                story(S2, "Paris storm", "2026-11-17T09:00:00Z", "2026-11-17T12:00:00Z", 2, 2, List.of("en", "fr"), List.of(storm, paris)),
                story(S3, "Quiet day", "2026-11-18T00:00:00Z", "2026-11-18T00:00:00Z", 1, 1, List.of("en"), List.of()))));
        store.write(NearDuplicatesTable.NAME, df(NearDuplicatesTable.SCHEMA, List.of(
                RowFactory.create("a200000000000002", "a200000000000002", "a200000000000002", 2, 1.0),
                RowFactory.create("a300000000000003", "a200000000000002", "a200000000000002", 2, 0.9))));
        List<Row> mentions = new ArrayList<>();
        for (String[] m : new String[][] {{S1, "e100000000000001"}, {"a200000000000002", "e100000000000001"},
                {S2, "e100000000000001"}, {S1, "e200000000000002"}, {"a200000000000002", "e200000000000002"},
                {S2, "e300000000000003"}}) {
            mentions.add(row(MentionsTable.SCHEMA, Map.of("doc_id", m[0], "entity_id", m[1], "crawl_date", Date.valueOf("2026-11-16"))));
        }
        store.write(MentionsTable.NAME, df(MentionsTable.SCHEMA, mentions));
        Timestamp first = Timestamp.from(Instant.parse("2026-11-16T08:00:00Z"));
        store.write(EntitiesTable.NAME, df(EntitiesTable.SCHEMA, List.of(
                entity("e100000000000001", "Storm", "MISC", Map.of("en", "Storm", "de", "Sturm", "fr", "Tempête"), 3, 2, first),
                entity("e200000000000002", "Coast", "LOC", Map.of("en", "Coast", "de", "Küste"), 2, 1, first),
                entity("e300000000000003", "Paris", "LOC", Map.of("fr", "Paris"), 1, 1, first))));
        store.write(RejectsTable.NAME, df(RejectsTable.SCHEMA, List.of(
                row(RejectsTable.SCHEMA, Map.of("input_file", "f", "record_offset", 1L, "reason", "http_status")),
                row(RejectsTable.SCHEMA, Map.of("input_file", "f", "record_offset", 2L, "reason", "http_status")),
                row(RejectsTable.SCHEMA, Map.of("input_file", "f", "record_offset", 3L, "reason", "empty")))));
    }

    private static Row story(String id, String title, String first, String last, int articles, int sources,
                             List<String> languages, List<Row> entities) {
        return RowFactory.create(id, title, Timestamp.from(Instant.parse(first)), Timestamp.from(Instant.parse(last)), articles,
                sources, languages, entities, id);
    }

    private static Row entity(String id, String name, String type, Map<String, String> names, long docs, long stories, Timestamp first) {
        return RowFactory.create(id, name, type, names, docs, stories, List.copyOf(new TreeMap<>(names).keySet()), first, first);
    }

    /** A row of {@code schema}: the given values, null for the other nullable fields, a zero value for the rest. */
    private static Row row(StructType schema, Map<String, Object> values) {
        Object[] fields = new Object[schema.size()];
        int i = 0;
        for (StructField field : schema.fields()) {
            Object value = values.get(field.name());
            if (value == null && !field.nullable()) {
                value = field.dataType() == DataTypes.StringType ? ""
                        : field.dataType() == DataTypes.LongType ? 0L
                        : field.dataType() == DataTypes.IntegerType ? 0
                        : field.dataType() == DataTypes.DoubleType ? 0.0
                        : field.dataType() == DataTypes.TimestampType ? new Timestamp(0)
                        : field.dataType() == DataTypes.DateType ? new Date(0) : null;
            }
            fields[i++] = value;
        }
        return RowFactory.create(fields);
    }

    private static org.apache.spark.sql.Dataset<Row> df(StructType schema, List<Row> rows) {
        return spark.createDataFrame(rows, schema);
    }
}
