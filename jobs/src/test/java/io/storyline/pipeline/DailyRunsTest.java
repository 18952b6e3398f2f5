package io.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import io.storyline.SparkTestBase;
import io.storyline.cli.StageCatalog;
import io.storyline.pipeline.RunRequest;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.RejectsTable;
import io.storyline.schema.StoryArticlesTable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Incremental daily runs on the sample crawl split into one WARC per crawl day (17, 18 and 19
 * November: the Moscow snowfall story and a near-duplicate pair cross these days), backfilled out
 * of order (17, 19, 18).
 */
class DailyRunsTest extends SparkTestBase {
    private static final List<LocalDate> DAYS = List.of(
            LocalDate.parse("2026-11-17"), LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-19"));
    private static Map<LocalDate, Path> dayFiles;

    @BeforeAll
    static void splitTheSampleCrawl() throws IOException {
        dayFiles = splitByDay(SharedData.samples("crawl/sample-news.warc.gz"), tmp.resolve("days"));
    }

    @Test
    void backfilledDaysEqualOneRunOverAllOfThemAndAReRunReplacesOnlyItsDay() throws IOException {
        Path whole = tmp.resolve("whole");
        run(whole, null, DAYS.stream().map(dayFiles::get).toList());
        Path daily = tmp.resolve("backfill");
        run(daily, DAYS.get(0), List.of(dayFiles.get(DAYS.get(0))));
        Map<String, String> snowfallOnDay17 = storiesOf(daily, "moscow-snowfall");
        run(daily, DAYS.get(2), List.of(dayFiles.get(DAYS.get(2))));
        run(daily, DAYS.get(1), List.of(dayFiles.get(DAYS.get(1))));
        assertThat(spark.sparkContext().getPersistentRDDs().isEmpty()).as("no stage's cached RDD outlives its stage").isTrue();
        assertThat(spark.sharedState().cacheManager().isEmpty()).as("nor any cached Dataset").isTrue();
        assertSameTables(daily, whole);

        // The snowfall story began on the 17th; the 18th's articles joined it under the same id.
        Map<String, String> snowfall = storiesOf(daily, "moscow-snowfall");
        assertThat(snowfallOnDay17).isNotEmpty();
        assertThat(Set.copyOf(snowfallOnDay17.values())).hasSize(1);
        assertThat(snowfall).hasSizeGreaterThan(snowfallOnDay17.size()).containsAllEntriesOf(snowfallOnDay17);
        assertThat(Set.copyOf(snowfall.values())).containsExactlyElementsOf(Set.copyOf(snowfallOnDay17.values()));
        assertThat(rows(whole, DocumentsTable.NAME)).hasSizeGreaterThan(20);

        // Re-running a day changes nothing and duplicates nothing.
        run(daily, DAYS.get(1), List.of(dayFiles.get(DAYS.get(1))));
        assertThat(spark.sparkContext().getPersistentRDDs().isEmpty()).as("no stage's cached RDD outlives its stage").isTrue();
        assertThat(spark.sharedState().cacheManager().isEmpty()).as("nor any cached Dataset").isTrue();
        assertSameTables(daily, whole);

        // Day 18 again from another input: day 18 then holds just that input's documents and
        // rejects, and the other days are untouched.
        Map<String, Long> before = documentsPerDay(daily);
        Path otherInput = Files.createDirectories(tmp.resolve("other-input"));
        Files.copy(SharedData.samples("crawl/sample-bad.warc.gz"), otherInput.resolve("sample-bad.warc.gz"));
        run(daily, DAYS.get(1), List.of(otherInput));
        Map<String, Long> after = documentsPerDay(daily);
        assertThat(after.get(DAYS.get(0).toString())).isEqualTo(before.get(DAYS.get(0).toString()));
        assertThat(after.get(DAYS.get(2).toString())).isEqualTo(before.get(DAYS.get(2).toString()));
        for (String table : List.of(DocumentsTable.NAME, RejectsTable.NAME)) {
            List<Row> ofDay = spark.read().parquet(daily.resolve(table).toString())
                    .filter(new Column("crawl_date").equalTo(java.sql.Date.valueOf(DAYS.get(1)))).collectAsList();
            assertThat(ofDay).as(table).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.<String>getAs("input_file")).endsWith("sample-bad.warc.gz"));
        }
    }

    @Test
    void aPageCrawledAgainOnALaterDayCountsOnceWithOrWithoutADate() {
        // The 17th's pages crawled again, unchanged, on the 18th beside the 18th's own: the folder holds them twice,
        // and its linking tables and entities must be those of one run over the distinct pages, its mentions counted once.
        Path once = tmp.resolve("once");
        run(once, null, List.of(dayFiles.get(DAYS.get(0)), dayFiles.get(DAYS.get(1))));
        Path twice = tmp.resolve("recrawled");
        run(twice, DAYS.get(0), List.of(dayFiles.get(DAYS.get(0))));
        run(twice, DAYS.get(1), List.of(dayFiles.get(DAYS.get(0)), dayFiles.get(DAYS.get(1))));
        Dataset<Row> documents = spark.read().parquet(twice.resolve(DocumentsTable.NAME).toString());
        assertThat(documents.select("doc_id").distinct().count()).isEqualTo(rows(once, DocumentsTable.NAME).size())
                .isLessThan(documents.count());
        assertSameLinks(twice, once);

        // The linking stages again over both days, without --date: the same.
        new Pipeline(spark, settings).run(new RunRequest("dedup, stories", List.of(twice.toString()), "", twice.toString(), null),
                StageCatalog.of(settings, StageCatalog.DEDUP, StageCatalog.STORIES));
        assertSameLinks(twice, once);
    }

    private static void assertSameLinks(Path actual, Path expected) {
        for (String table : List.of(StoryArticlesTable.NAME, "near_duplicates", "stories", "entities")) {
            assertThat(rows(actual, table)).as(table).isEqualTo(rows(expected, table));
        }
    }

    /** URL to story_id of the documents the samples' gold puts in {@code goldStory}. */
    private static Map<String, String> storiesOf(Path out, String goldStory) {
        Set<String> urls = new HashSet<>();
        try {
            JsonNode gold = new ObjectMapper().readTree(SharedData.samples("gold.json").toFile());
            gold.get("articles").forEach(a -> {
                if (goldStory.equals(a.get("story").asText())) {
                    urls.add(a.get("url").asText());
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Dataset<Row> documents = spark.read().parquet(out.resolve(DocumentsTable.NAME).toString());
        Dataset<Row> articles = spark.read().parquet(out.resolve(StoryArticlesTable.NAME).toString());
        Map<String, String> storyByUrl = new TreeMap<>();
        documents.join(articles, "doc_id").select("url", "story_id").collectAsList().stream()
                .filter(r -> urls.contains(r.getString(0)))
                .forEach(r -> storyByUrl.put(r.getString(0), r.getString(1)));
        return storyByUrl;
    }

    private static void assertSameTables(Path actual, Path expected) {
        assertThat(tables(actual)).isEqualTo(tables(expected));
        for (String table : tables(expected)) {
            assertThat(rows(actual, table)).as(table).isEqualTo(rows(expected, table));
        }
    }

    private static void run(Path output, LocalDate day, List<Path> inputs) {
        new Pipeline(spark, settings).run(new RunRequest("run",
                inputs.stream().map(Path::toString).toList(), "", output.toString(), day),
                StageCatalog.all(settings));
    }

    private static Map<String, Long> documentsPerDay(Path out) {
        Map<String, Long> perDay = new TreeMap<>();
        spark.read().schema(DocumentsTable.SCHEMA).parquet(out.resolve(DocumentsTable.NAME).toString())
                .groupBy("crawl_date").count().collectAsList()
                .forEach(r -> perDay.put(r.get(0).toString(), r.getLong(1)));
        return perDay;
    }

    private static List<String> tables(Path out) {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A table's rows as sorted strings, columns in name order, binary columns in hex. A reject's
     * crawl_date is the run's --date, which a run without one does not have, so rejects are
     * compared without it.
     */
    private static List<String> rows(Path out, String table) {
        Dataset<Row> rows = spark.read().parquet(out.resolve(table).toString());
        if (table.equals(RejectsTable.NAME)) {
            rows = rows.drop("crawl_date");
        }
        Dataset<Row> read = rows;
        String[] columns = Arrays.stream(read.columns()).sorted()
                .map(c -> read.schema().apply(c).dataType() instanceof org.apache.spark.sql.types.BinaryType ? "hex(" + c + ") as " + c : c)
                .toArray(String[]::new);
        return read.selectExpr(columns).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** One WARC.gz per UTC day of WARC-Date, keeping each record's bytes as they are. */
    private static Map<LocalDate, Path> splitByDay(Path warc, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<LocalDate, WarcWriter> writers = new HashMap<>();
        Map<LocalDate, Path> files = new TreeMap<>();
        try (WarcReader reader = new WarcReader(FileChannel.open(warc))) {
            for (WarcRecord record : reader) {
                LocalDate day = record.date().atZone(ZoneOffset.UTC).toLocalDate();
                if (!DAYS.contains(day)) {
                    continue;
                }
                WarcWriter writer = writers.get(day);
                if (writer == null) {
                    Path dayFolder = Files.createDirectories(folder.resolve(day.toString()));
                    Path file = dayFolder.resolve("news-" + day + ".warc.gz");
                    writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            WarcCompression.GZIP);
                    writers.put(day, writer);
                    files.put(day, dayFolder);
                }
                writer.write(record);
            }
        }
        for (WarcWriter writer : writers.values()) {
            writer.close();
        }
        return files;
    }
}
