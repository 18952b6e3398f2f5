package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import io.storyline.SparkTestBase;
import io.storyline.cli.StageCatalog;
import io.storyline.ingest.read.InputFiles;
import io.storyline.ingest.read.ReadContext;
import io.storyline.ingest.read.RecordReader;
import io.storyline.ingest.read.RecordReaders;
import io.storyline.ingest.read.TestWarcs;
import io.storyline.pipeline.Pipeline;
import io.storyline.pipeline.RunRequest;
import io.storyline.spark.RunManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class IngestStageTest extends SparkTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path ingest(String name, LocalDate date, String... inputs) {
        Path out = tmp.resolve(name);
        new Pipeline(spark, settings).run(new RunRequest("ingest", List.of(inputs), "", out.toString(), date),
                StageCatalog.of(settings, StageCatalog.INGEST));
        return out;
    }

    private static Dataset<Row> table(Path out, String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    private static Map<String, Long> rejectsByReason(Dataset<Row> rejects) {
        return rejects.groupBy("reason").count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    }

    @Test
    void sampleCrawlAccountsForEveryRecordAsTheGoldSays() throws IOException {
        Path out = ingest("samples", null, SharedData.samples("crawl").toString());
        JsonNode gold = JSON.readTree(SharedData.samples("gold.json").toFile());
        Dataset<Row> documents = table(out, "documents");
        Dataset<Row> rejects = table(out, "rejects");

        for (var file : iterable(gold.get("counts").fields())) {
            if (file.getKey().equals("total")) {
                continue;
            }
            String name = Path.of(file.getKey()).getFileName().toString();
            long docs = documents.filter(documents.col("input_file").endsWith(name)).count();
            Dataset<Row> fileRejects = rejects.filter(rejects.col("input_file").endsWith(name));
            assertThat(docs).as("documents of " + name).isEqualTo(file.getValue().get("documents").asLong());
            Map<String, Long> expected = new HashMap<>();
            file.getValue().get("rejects").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
            assertThat(rejectsByReason(fileRejects)).as("rejects of " + name).isEqualTo(expected);
        }
        JsonNode manifest = JSON.readTree(out.resolve(RunManifest.FILE).toFile());
        assertThat(manifest.at("/tables/documents/rows").asLong()).isEqualTo(52);
        assertThat(manifest.at("/tables/rejects/rows").asLong()).isEqualTo(74);
        assertThat(manifest.at("/stages/ingest/records_in").asLong()).isEqualTo(126);
    }

    @Test
    void sampleDocumentsCarryGoldMetadataAndMainText() throws IOException {
        Path out = ingest("samples-metadata", null, SharedData.samples("crawl").toString());
        JsonNode gold = JSON.readTree(SharedData.samples("gold.json").toFile());
        Map<String, Row> byUrl = new HashMap<>();
        for (Row row : table(out, "documents").collectAsList()) {
            byUrl.put(row.getAs("canonical_url"), row);
        }
        for (JsonNode article : gold.get("articles")) {
            String url = article.get("url").asText();
            Row doc = byUrl.get(url);
            assertThat(doc).as(url).isNotNull();
            assertThat((String) doc.getAs("lang")).as("lang of " + url).isEqualTo(article.get("lang").asText());
            assertThat((String) doc.getAs("source")).as("source of " + url).isEqualTo(article.get("source").asText());
            assertThat((String) doc.getAs("title")).as("title of " + url).isEqualTo(article.get("title").asText());
            JsonNode published = article.get("published_at");
            Instant publishedAt = doc.getAs("published_at");
            if (published.isNull()) {
                assertThat(publishedAt).as("published_at of " + url).isNull();
            } else {
                assertThat(publishedAt).as("published_at of " + url).isEqualTo(Instant.parse(published.asText()));
            }
            assertThat((Instant) doc.getAs("event_time")).isEqualTo(publishedAt != null ? publishedAt : doc.getAs("crawled_at"));
            assertThat((String) doc.getAs("doc_id")).matches("[0-9a-f]{16}");
        }
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        for (var segments : iterable(gold.get("segments").fields())) {
            String text = ((String) byUrl.get(segments.getKey()).getAs("text")).replaceAll("\\s+", " ");
            segments.getValue().get("with").forEach(s -> {
                if (!text.contains(s.asText().replaceAll("\\s+", " "))) {
                    missed.add(segments.getKey() + " lacks: " + s.asText());
                }
            });
            segments.getValue().get("without").forEach(s -> {
                if (text.contains(s.asText().replaceAll("\\s+", " "))) {
                    leaked.add(s.asText());
                }
            });
        }
        assertThat(missed).isEmpty();
        // The plain-text syndication note below the feed article, worded like a sentence of it, goes with the
        // page's tail (LineCleaner's AFTER_ARTICLE).
        assertThat(leaked).isEmpty();
    }

    @Test
    void sameInputInAnotherOrderGivesIdenticalTables() {
        Path crawl = SharedData.samples("crawl");
        Path a = ingest("order-a", null, crawl.resolve("sample-news.warc.gz").toString(),
                crawl.resolve("feed.jsonl").toString(), crawl.resolve("sample-bad.warc.gz").toString());
        Path b = ingest("order-b", null, crawl.resolve("sample-bad.warc.gz").toString(),
                crawl.resolve("sample-news.warc.gz").toString(), crawl.resolve("feed.jsonl").toString());
        for (String table : List.of("documents", "rejects")) {
            Dataset<Row> left = table(a, table);
            Dataset<Row> right = table(b, table);
            assertThat(left.count()).isPositive();
            assertThat(left.exceptAll(right).count()).as(table + " rows only in run a").isZero();
            assertThat(right.exceptAll(left).count()).as(table + " rows only in run b").isZero();
        }
    }

    @Test
    void rerunIntoTheSameOutputReplacesTheTables() {
        Path out = ingest("rerun", LocalDate.parse("2026-11-21"), SharedData.samples("crawl").toString());
        ingest("rerun", LocalDate.parse("2026-11-21"), SharedData.samples("crawl").toString());
        assertThat(table(out, "documents").count()).isEqualTo(52);
        assertThat(table(out, "documents").select("crawl_date").distinct().collectAsList())
                .extracting(r -> r.get(0)).containsExactly(LocalDate.parse("2026-11-21"));
        assertThat(out.resolve("_staging")).doesNotExist();
    }

    @Test
    void inputWhereEveryRecordIsRejectedGivesEmptyTablesNotAFailure() throws IOException {
        Path feed = Files.createDirectories(tmp.resolve("all-bad")).resolve("bad.jsonl");
        Files.writeString(feed, "{oops\n{\"url\":\"https://a.example.org/1\",\"text\":\"too short\"}\n");
        Path out = ingest("all-bad-out", null, feed.toString());
        assertThat(spark.read().schema(io.storyline.schema.DocumentsTable.SCHEMA).parquet(out.resolve("documents").toString()).count()).isZero();
        assertThat(rejectsByReason(table(out, "rejects"))).isEqualTo(Map.of("bad_record", 1L, "too_short", 1L));
    }

    @Test
    void accessWallsBecomeRejectsThatSayWhatTheyAreAndTheArticleBesideThemStays() throws IOException {
        String article = "The city council met on Monday evening and agreed, after a long debate that lasted well into the night, "
                + "to rebuild the old stone bridge over the river. The bridge will be closed to cars for two years, and a ferry "
                + "will carry cyclists and pedestrians across in the meantime, the mayor said after the vote.";
        // One paragraph longer than the line cleaner's cookie rule reads (80 words), as consent platforms write them.
        String consentPage = "<html><head><title>Council votes on bridge</title></head><body><main><h1>Council votes on bridge</h1>"
                + "<p>We use cookies and similar technologies to give you the best experience on our website, to measure how our "
                + "pages are used and to show you advertising that is relevant to you, on this site and on others. By clicking "
                + "\\\"Accept\\\" you agree to the processing of your personal data by us and by our partners, including in "
                + "countries outside the European Union, for these purposes. You can withdraw your consent at any time in the "
                + "privacy settings at the bottom of every page, and you can read more about it in our privacy policy.</p>"
                + "<button>Accept</button></main></body></html>";
        String robotCheck = "We have noticed unusual traffic from your network, so we need to check that you are a person.\\n"
                + "Please confirm that you are human by completing the CAPTCHA below, and then click \\\"I'm not a robot\\\" to go on.\\n"
                + "If you keep seeing this page, your IP address has been blocked for a while because of unusual traffic from your "
                + "network; write to our support team with the reference number shown below.";
        Path feed = Files.createDirectories(tmp.resolve("walls")).resolve("walls.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"url\":\"https://news.example/bridge\",\"title\":\"Council votes on bridge\",\"text\":\"" + article + "\"}",
                "{\"url\":\"https://news.example/bridge-2\",\"html\":\"" + consentPage + "\"}",
                "{\"url\":\"https://news.example/bridge-3\",\"text\":\"" + robotCheck + "\"}") + "\n");
        Path out = ingest("walls-out", null, feed.toString());
        assertThat(table(out, "documents").count()).isEqualTo(1);
        assertThat(table(out, "rejects").select("url", "reason", "detail").collectAsList())
                .extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2).substring(0, r.getString(2).indexOf(':')))
                .containsExactlyInAnyOrder("https://news.example/bridge-2 access_wall consent wall",
                        "https://news.example/bridge-3 access_wall robot check");
    }

    @Test
    void everyKindOfBadWarcLengthIsAccountedForWithItsRecordIdAndItsNeighboursSurvive() throws IOException {
        String paragraph = "<p>The city council met on Monday evening and agreed, after a long debate that lasted well into"
                + " the night, to rebuild the old stone bridge over the river and to close it to cars for two years.</p>";
        java.io.ByteArrayOutputStream warc = new java.io.ByteArrayOutputStream();
        List<String> badIds = new ArrayList<>();
        for (int k = 0; k < TestWarcs.BAD_LENGTHS.length; k++) {
            String good = "https://news.example/good-" + k;
            String bad = "https://news.example/bad-" + k;
            warc.writeBytes(TestWarcs.gzip(TestWarcs.response(good, "<html><body>" + paragraph.repeat(3) + "</body></html>", 0)));
            warc.writeBytes(TestWarcs.gzip(TestWarcs.withLengthLine(bad, "<p>bad</p>", TestWarcs.BAD_LENGTHS[k][0])));
            badIds.add(TestWarcs.recordId(bad));
        }
        Path file = Files.createDirectories(tmp.resolve("bad-lengths")).resolve("bad-lengths.warc.gz");
        Files.write(file, warc.toByteArray());

        Path out = ingest("bad-lengths-out", LocalDate.parse("2026-11-20"), file.toString());

        assertThat(table(out, "documents").count()).as("every good neighbour").isEqualTo(TestWarcs.BAD_LENGTHS.length);
        List<Row> rejects = table(out, "rejects").orderBy("record_offset").collectAsList();
        assertThat(rejects).extracting(r -> (String) r.getAs("reason")).containsOnly("bad_record");
        assertThat(rejects).extracting(r -> (String) r.getAs("record_id")).containsExactlyElementsOf(badIds);
        for (int k = 0; k < rejects.size(); k++) {
            assertThat((String) rejects.get(k).getAs("url")).isEqualTo("https://news.example/bad-" + k);
            assertThat((String) rejects.get(k).getAs("detail")).contains(TestWarcs.BAD_LENGTHS[k][1]);
        }
    }

    @Test
    void seedFolderBecomesFiveCleanDocuments() {
        Path out = ingest("seeds", LocalDate.parse("2015-11-26"), SharedData.require("seeds").toString());
        List<Row> docs = table(out, "documents").orderBy("url").collectAsList();
        assertThat(docs).extracting(r -> (String) r.getAs("lang")).containsExactly("ru", "ru", "bg", "en", "en");
        String gazeta = docs.get(1).getAs("text");
        assertThat(gazeta).contains("Президент России Владимир Путин и президент Франции Франсуа Олланд")
                .doesNotContain("cookies").doesNotContain("Подписывайтесь").doesNotContain("Все новости");
        String bulgarian = docs.get(2).getAs("text");
        assertThat(bulgarian).doesNotContain("Коментари").doesNotContain("НАЙ-ЧЕТЕНИ");
        assertThat(docs).allSatisfy(r -> assertThat((String) r.getAs("source")).isEqualTo("seeds"));
    }

    @Test
    void everySharedWarcFileIsFullyAccountedFor() throws IOException {
        Path dir = SharedData.require("data/warc-samples");
        Path out = ingest("warc-samples", null, dir.toString());
        Map<String, Long> rowsPerFile = new HashMap<>();
        for (String table : List.of("documents", "rejects")) {
            table(out, table).groupBy("input_file").count().collectAsList()
                    .forEach(r -> rowsPerFile.merge(r.getString(0), r.getLong(1), Long::sum));
        }
        InputFiles.Expansion expansion = InputFiles.expand(List.of(dir.toString()), "", new Configuration());
        assertThat(expansion.files()).hasSize(16);
        for (InputFiles.InputFile file : expansion.files()) {
            long read = 0;
            try (RecordReader reader = RecordReaders.open(file,
                    new ReadContext(file.path(), settings.ingest().maxRecordBytes(), Instant.EPOCH), new Configuration())) {
                while (reader.next().isPresent()) {
                    read++;
                }
            }
            assertThat(rowsPerFile.getOrDefault(file.path(), 0L)).as(file.path()).isEqualTo(read).isPositive();
        }
        Map<String, Long> reasons = rejectsByReason(table(out, "rejects"));
        assertThat(reasons).containsKeys("non_response", "bad_record");
        assertThat(table(out, "documents").filter("lang = 'und'").count()).isLessThan(table(out, "documents").count());
    }

    @Test
    void pathListsGlobsAndGzippedJsonLinesAreInputsToo() throws IOException {
        Path lists = Files.createDirectories(tmp.resolve("lists"));
        Path crawl = SharedData.samples("crawl");
        Files.writeString(lists.resolve("warc.paths"), "# Common Crawl style: relative entries\nsample-news.warc.gz\nsample-bad.warc.gz\n");
        Path viaList = tmp.resolve("via-list");
        new Pipeline(spark, settings).run(new RunRequest("ingest", List.of(lists.resolve("warc.paths").toString()),
                crawl.toString(), viaList.toString(), null), StageCatalog.of(settings, StageCatalog.INGEST));
        Path viaGlob = ingest("via-glob", null, crawl.resolve("sample-*.warc.gz").toString());
        assertThat(table(viaList, "documents").count()).isEqualTo(48);
        assertThat(table(viaGlob, "documents").exceptAll(table(viaList, "documents")).count()).isZero();

        Path gz = Files.createDirectories(tmp.resolve("gz")).resolve("feed.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(crawl.resolve("feed.jsonl")));
        }
        Path viaGzip = ingest("via-gzip", null, gz.toString());
        assertThat(table(viaGzip, "documents").count()).isEqualTo(4);
        assertThat(rejectsByReason(table(viaGzip, "rejects"))).isEqualTo(Map.of("bad_record", 1L));
    }

    @Test
    void lineRepeatedAcrossOneSourceIsDroppedAsTemplate() throws IOException {
        Path feed = Files.createDirectories(tmp.resolve("template")).resolve("daily.jsonl");
        String footer = "Daily Example is published by Example Media Group, 12 Harbour Street, Portsmouth";
        List<String> lines = new ArrayList<>();
        String[] topics = {"the harbour budget and the cost of dredging the old channel",
            "a new cycle lane along the seafront that shop owners oppose",
            "the closure of the swimming pool at Eastney after a roof inspection",
            "plans for four hundred homes on the former gas works site",
            "a strike by bin collectors over pay and weekend shifts"};
        String[] voices = {"Residents", "Shopkeepers", "Parents", "Neighbours", "Union officials"};
        for (int i = 0; i < 5; i++) {
            String body = "The council met on Tuesday to discuss " + topics[i] + ", after weeks of public argument.\n"
                    + voices[i] + " told the meeting that the decision on " + topics[i]
                    + " came too late, and several asked the mayor to publish every report behind it.\n"
                    + "Officers will bring a revised paper on " + topics[i] + " to the cabinet in the new year, "
                    + "with options that range from doing nothing to a full public consultation.\n"
                    + (i < 2 ? "Shared by two documents only, this line is not template.\n" : "")
                    + footer;
            lines.add(JSON.writeValueAsString(Map.of("url", "https://daily.example.org/news/" + i,
                    "text", body, "title", "Harbour story " + i, "source", "daily.example.org")));
        }
        // The first article captured three more times, unchanged: its copies count once, or its own lines would be
        // in four of eight documents and go as template.
        for (int copy = 0; copy < 3; copy++) {
            lines.add(lines.get(0));
        }
        // Another source that quotes the footer once keeps it: a template is its own source's.
        lines.add(JSON.writeValueAsString(Map.of("url", "https://other.example.net/media/1",
                "text", "A media column on who owns the local press, and why readers should care about it.\n"
                        + "Three groups now print nine of every ten local papers sold on the south coast, and two of them "
                        + "share one printing plant, one advertising desk and, since the spring, one editor for the weekend.\n"
                        + "The column quotes the masthead of a rival paper in full, as printed on its last page:\n" + footer
                        + "\nNone of the three groups would say how many journalists they employ, and none has opened "
                        + "a newsroom in the region since the pandemic closed the last two that were left.",
                "title", "Who owns the press", "source", "other.example.net")));
        Files.write(feed, lines);
        List<Row> docs = table(ingest("template-out", null, feed.toString()), "documents").collectAsList();
        assertThat(docs).hasSize(6).filteredOn(r -> "daily.example.org".equals(r.getAs("source")))
                .hasSize(5).allSatisfy(r -> assertThat((String) r.getAs("text")).doesNotContain("Example Media Group"));
        assertThat(docs).filteredOn(r -> "other.example.net".equals(r.getAs("source")))
                .singleElement().satisfies(r -> assertThat((String) r.getAs("text")).contains("Example Media Group"));
        assertThat(docs).filteredOn(r -> ((String) r.getAs("text")).contains("not template")).hasSize(2);
        assertThat(docs).filteredOn(r -> ((String) r.getAs("url")).endsWith("/news/0")).singleElement()
                .satisfies(r -> assertThat((String) r.getAs("text")).contains("the cost of dredging the old channel"));
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
