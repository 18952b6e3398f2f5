package io.storyline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.ingest.RawRecord;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.Reject;
import io.storyline.ingest.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineAndFileReadersTest {
    private static final Instant RUN_DAY = Instant.parse("2026-11-21T00:00:00Z");

    static List<ReadResult> readAll(RecordReader reader) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        Optional<ReadResult> next;
        while ((next = reader.next()).isPresent()) {
            results.add(next.get());
        }
        return results;
    }

    static List<ReadResult> jsonLines(byte[] bytes, long maxRecordBytes) throws IOException {
        return readAll(new JsonLinesRecordReader(new ByteArrayInputStream(bytes),
                new ReadContext("feed.jsonl", maxRecordBytes, RUN_DAY)));
    }

    @Test
    void eachUnusableLineIsItsOwnRejectAndNeighboursSurvive() throws IOException {
        String feed = String.join("\n",
                "{\"url\":\"https://a.example.com/1\",\"text\":\"first\",\"published_at\":\"2026-11-20T08:00:00+01:00\"}",
                "{not json",
                "",
                "{\"text\":\"no url\"}",
                "{\"url\":\"https://a.example.com/4\"}",
                "{\"url\":\"https://a.example.com/5\",\"text\":\"t\",\"published_at\":\"last Tuesday\"}",
                "[1,2]",
                "{\"url\":\"https://a.example.com/7\",\"html\":\"<p>seven</p>\",\"crawled_at\":\"2026-11-19\"}") + "\n";
        List<ReadResult> results = jsonLines(feed.getBytes(StandardCharsets.UTF_8), 1 << 20);

        assertThat(results).hasSize(7);
        assertThat(results.get(0)).isInstanceOfSatisfying(RawRecord.TextCapture.class, t -> {
            assertThat(t.publishedAt().toInstant()).isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
            assertThat(t.crawledAt()).isEqualTo(RUN_DAY);
            assertThat(t.provenance().recordId()).isEqualTo("line:1");
        });
        assertThat(results.subList(1, 6)).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(Reject.class,
                j -> assertThat(j.reason()).isEqualTo(RejectReason.BAD_RECORD)));
        assertThat(((Reject) results.get(1)).detail()).startsWith("not JSON");
        assertThat(((Reject) results.get(2)).detail()).isEqualTo("no url field");
        assertThat(((Reject) results.get(3)).detail()).isEqualTo("neither text nor html");
        assertThat(((Reject) results.get(4)).detail()).contains("last Tuesday");
        assertThat(results.get(6)).isInstanceOfSatisfying(RawRecord.HtmlCapture.class, h -> {
            assertThat(h.crawledAt()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
            assertThat(h.provenance().recordOffset()).isEqualTo(feed.indexOf("{\"url\":\"https://a.example.com/7\""));
        });
    }

    @Test
    void aNewsPleaseRecordReadsWithItsLeadBeforeItsBody() throws IOException {
        // As news-please writes an article of CC-NEWS: the deprecated "text" null, the body in "maintext", the lead apart.
        String record = "{\"authors\": [\"Jane Doe\"], \"date_download\": \"2019-08-29 20:15:06\", \"date_modify\": null, "
                + "\"date_publish\": \"2019-08-29 11:02:00\", \"description\": \"The port reopened on Thursday.\", "
                + "\"language\": \"en\", \"maintext\": \"Ships queued for a day.\\nThe strike ended at noon.\", "
                + "\"source_domain\": \"www.harbour-example.com\", \"text\": null, \"title\": \"Port reopens\", "
                + "\"url\": \"https://www.harbour-example.com/port\"}";
        String withLead = record.replace("Ships queued for a day.", "The port reopened on Thursday. Ships queued for a day.");

        String leadOnly = record.replace("\"maintext\": \"Ships queued for a day.\\nThe strike ended at noon.\"", "\"maintext\": null");

        List<ReadResult> results = jsonLines((record + "\n" + withLead + "\n" + leadOnly + "\n").getBytes(StandardCharsets.UTF_8), 1 << 20);

        assertThat(results.get(0)).isInstanceOfSatisfying(RawRecord.TextCapture.class, t -> {
            assertThat(t.text()).isEqualTo("The port reopened on Thursday.\n\nShips queued for a day.\nThe strike ended at noon.");
            assertThat(t.title()).isEqualTo("Port reopens");
            assertThat(t.publishedAt().toInstant()).isEqualTo(Instant.parse("2019-08-29T11:02:00Z"));
            assertThat(t.crawledAt()).isEqualTo(Instant.parse("2019-08-29T20:15:06Z"));
            assertThat(t.source()).as("the URL names the source, not the host news-please gives").isNull();
        });
        assertThat(results.get(1)).isInstanceOfSatisfying(RawRecord.TextCapture.class, t ->
                assertThat(t.text()).as("a body that begins with its lead keeps it once")
                        .isEqualTo("The port reopened on Thursday. Ships queued for a day.\nThe strike ended at noon."));
        assertThat(results.get(2)).isInstanceOfSatisfying(RawRecord.TextCapture.class, t ->
                assertThat(t.text()).as("without a body the lead is the text").isEqualTo("The port reopened on Thursday."));
    }

    @Test
    void overlongLineIsTooLargeWithoutBeingBuffered() throws IOException {
        String feed = "{\"url\":\"https://a.example.com/big\",\"text\":\"" + "x".repeat(5000) + "\"}\n"
                + "{\"url\":\"https://a.example.com/ok\",\"text\":\"fine\"}\n";
        List<ReadResult> results = jsonLines(feed.getBytes(StandardCharsets.UTF_8), 1000);
        assertThat(results).hasSize(2);
        assertThat(((Reject) results.get(0)).reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(results.get(1)).isInstanceOf(RawRecord.TextCapture.class);
    }

    @Test
    void cutOffGzipFeedKeepsItsCompleteLinesAndReportsTheRest() throws IOException {
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            feed.append("{\"url\":\"https://a.example.com/").append(i).append("\",\"text\":\"article ").append(i).append("\"}\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(feed.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        List<ReadResult> results = readAll(new JsonLinesRecordReader(new GZIPInputStream(new ByteArrayInputStream(cut)),
                new ReadContext("feed.jsonl.gz", 1 << 20, RUN_DAY)));
        Reject last = (Reject) results.get(results.size() - 1);
        assertThat(last.reason()).isEqualTo(RejectReason.UNREADABLE);
        assertThat(results.subList(0, results.size() - 1)).isNotEmpty()
                .allSatisfy(r -> assertThat(r).isInstanceOf(RawRecord.TextCapture.class));
    }

    @Test
    void anEmptyGzippedArchiveIsRefusedAndAnEmptyPlainOneHasNoRecords(@TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path gzipped = java.nio.file.Files.createFile(dir.resolve("cut.warc.gz"));
        java.nio.file.Path plain = java.nio.file.Files.createFile(dir.resolve("empty.warc"));
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        assertThatThrownBy(() -> RecordReaders.open(new InputFiles.InputFile(gzipped.toUri().toString(), InputFormat.WARC, 0),
                new ReadContext(gzipped.toString(), 1 << 20, RUN_DAY), conf))
                .isInstanceOf(java.io.EOFException.class).hasMessage("empty file: 0 bytes, not a gzip stream");
        try (RecordReader reader = RecordReaders.open(new InputFiles.InputFile(plain.toUri().toString(), InputFormat.WARC, 0),
                new ReadContext(plain.toString(), 1 << 20, RUN_DAY), conf)) {
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void windows1251TextFileDecodes() throws IOException {
        String article = "Снегопад в Москве\nМосква пережила самый сильный снегопад за последние десять лет, "
                + "сообщили в городской службе погоды. Аэропорты задержали более ста рейсов.\n";
        List<ReadResult> results = readAll(new TextFileRecordReader(
                new ByteArrayInputStream(article.getBytes(Charset.forName("windows-1251"))), "file:/data/ru/1.txt",
                new ReadContext("/data/ru/1.txt", 1 << 20, RUN_DAY)));
        assertThat(results).singleElement().isInstanceOfSatisfying(RawRecord.TextCapture.class, t -> {
            assertThat(t.title()).isEqualTo("Снегопад в Москве");
            assertThat(t.text()).contains("самый сильный снегопад");
            assertThat(t.url()).isEqualTo("file:/data/ru/1.txt");
        });
    }
}
