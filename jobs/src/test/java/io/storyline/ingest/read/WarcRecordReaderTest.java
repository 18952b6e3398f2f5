package io.storyline.ingest.read;

import static io.storyline.ingest.read.TestWarcs.BAD_LENGTHS;
import static io.storyline.ingest.read.TestWarcs.gzip;
import static io.storyline.ingest.read.TestWarcs.recordId;
import static io.storyline.ingest.read.TestWarcs.response;
import static io.storyline.ingest.read.TestWarcs.withLengthLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import io.storyline.ingest.RawRecord;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.Reject;
import io.storyline.ingest.RejectReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcRecordReaderTest {
    @TempDir
    Path tmp;

    static List<ReadResult> readAll(Path file, long maxRecordBytes) throws IOException {
        ReadContext context = new ReadContext(file.toString(), maxRecordBytes, Instant.parse("2026-11-21T00:00:00Z"));
        List<ReadResult> results = new ArrayList<>();
        try (WarcRecordReader reader = new WarcRecordReader(FileChannel.open(file), context)) {
            Optional<ReadResult> next;
            while ((next = reader.next()).isPresent()) {
                results.add(next.get());
            }
        }
        return results;
    }

    static List<ReadResult> readAll(Path file) throws IOException {
        return readAll(file, 10 << 20);
    }

    static List<String> summary(List<ReadResult> results) {
        return results.stream().map(r -> r instanceof Reject j
                ? j.reason().code() + "@" + j.provenance().recordOffset()
                : "record:" + ((RawRecord) r).url()).toList();
    }



    @Test
    void commonCrawlExcerptYieldsEveryMemberAtItsGzipOffset() throws IOException {
        Path file = SharedData.require("data/warc-samples/resiliparse.warc.gz");
        List<ReadResult> results = readAll(file);
        byte[] bytes = Files.readAllBytes(file);

        assertThat(results).hasSize(50);
        assertThat(results).filteredOn(r -> r instanceof RawRecord.HttpCapture).hasSize(16);
        assertThat(results).filteredOn(r -> r instanceof Reject j && j.reason() == RejectReason.NON_RESPONSE).hasSize(34);
        long previous = -1;
        for (ReadResult r : results) {
            long offset = r.provenance().recordOffset();
            assertThat(offset).isGreaterThan(previous);
            assertThat(bytes[(int) offset]).isEqualTo((byte) 0x1f);
            assertThat(bytes[(int) offset + 1]).isEqualTo((byte) 0x8b);
            previous = offset;
        }
    }

    @Test
    void truncatedRecordIsABadRecordWithItsIdAndTheNextRecordIsStillRead() throws IOException {
        List<ReadResult> results = readAll(SharedData.require("data/warc-samples/warcio/example-trunc.warc"));
        assertThat(summary(results)).containsExactly(
                "non_response@0", "non_response@488", "bad_record@1197", "non_response@2566");
        Reject truncated = (Reject) results.get(2);
        assertThat(truncated.provenance().recordId()).startsWith("<urn:");
        assertThat(truncated.detail()).containsPattern("^Content-Length \\d+ is \\d+ bytes too (short|long)")
                .endsWith("(1369 bytes from offset 1197)");
    }

    @Test
    void arcFileIsRead() throws IOException {
        List<ReadResult> results = readAll(SharedData.require("data/warc-samples/warcio/example.arc.gz"));
        assertThat(summary(results)).containsExactly("non_response@0", "record:http://example.com/");
    }

    @Test
    void garbageBetweenMembersAndTruncatedLastMemberLoseOnlyThemselves() throws IOException {
        byte[] first = gzip(response("https://news.example/a", "<p>first</p>", 0));
        byte[] garbage = "this is not gzip at all \u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
        byte[] second = gzip(response("https://news.example/b", "<p>second</p>", 0));
        byte[] third = gzip(response("https://news.example/c", "<p>third</p>", 0));
        byte[] truncatedFourth = Arrays.copyOf(gzip(response("https://news.example/d", "<p>fourth</p>", 0)), 40);
        Path file = tmp.resolve("damaged.warc.gz");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : List.of(first, garbage, second, third, truncatedFourth)) {
            out.writeBytes(part);
        }
        Files.write(file, out.toByteArray());

        List<ReadResult> results = readAll(file);

        int secondAt = first.length + garbage.length;
        int fourthAt = secondAt + second.length + third.length;
        assertThat(summary(results)).containsExactly(
                "record:https://news.example/a",
                "unreadable@" + first.length,
                "record:https://news.example/b",
                "record:https://news.example/c",
                "unreadable@" + fourthAt);
        assertThat(((Reject) results.get(1)).detail()).startsWith(garbage.length + " bytes unreadable");
        assertThat(results.get(2).provenance().recordOffset()).isEqualTo(secondAt);
    }

    @Test
    void wrongContentLengthMakesThatRecordABadRecordButNotItsNeighbours() throws IOException {
        Path file = tmp.resolve("wrong-length.warc.gz");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(gzip(response("https://news.example/a", "<p>a</p>", 0)));
        out.writeBytes(gzip(response("https://news.example/b", "<p>b</p>", -3)));
        out.writeBytes(gzip(response("https://news.example/c", "<p>c</p>", 0)));
        Files.write(file, out.toByteArray());

        assertThat(summary(readAll(file))).satisfiesExactly(
                a -> assertThat(a).isEqualTo("record:https://news.example/a"),
                b -> assertThat(b).startsWith("bad_record@"),
                c -> assertThat(c).isEqualTo("record:https://news.example/c"));
    }


    @Test
    void everyKindOfBadLengthIsABadRecordWithItsIdUrlAndReason() throws IOException {
        String id = recordId("https://news.example/b");
        for (boolean compressed : new boolean[] {true, false}) {
            for (String[] kind : BAD_LENGTHS) {
                Path file = tmp.resolve("bad-length" + (compressed ? ".warc.gz" : ".warc"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[][] records = {response("https://news.example/a", "<p>a</p>", 0),
                        withLengthLine("https://news.example/b", "<p>b</p>", kind[0]), response("https://news.example/c", "<p>c</p>", 0)};
                for (byte[] r : records) {
                    out.writeBytes(compressed ? gzip(r) : r);
                }
                Files.write(file, out.toByteArray());
                String what = (compressed ? "gzip " : "plain ") + kind[0];

                List<ReadResult> results = readAll(file);

                assertThat(summary(results)).as(what).hasSize(3);
                assertThat(summary(results).get(0)).as(what).isEqualTo("record:https://news.example/a");
                assertThat(summary(results).get(2)).as(what).isEqualTo("record:https://news.example/c");
                assertThat(results.get(1)).as(what).isInstanceOfSatisfying(Reject.class, r -> {
                    assertThat(r.reason()).isEqualTo(RejectReason.BAD_RECORD);
                    assertThat(r.provenance().recordId()).isEqualTo(id);
                    assertThat(r.url()).isEqualTo("https://news.example/b");
                    assertThat(r.detail()).contains(kind[1]);
                });
            }
        }
    }

    @Test
    void uncompressedWarcResyncsAtTheNextWarcLine() throws IOException {
        Path file = tmp.resolve("plain.warc");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(response("https://news.example/a", "<p>a</p>", 0));
        out.writeBytes("junk junk junk\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(response("https://news.example/b", "<p>b</p>", 0));
        Files.write(file, out.toByteArray());
        int junkAt = response("https://news.example/a", "<p>a</p>", 0).length;

        assertThat(summary(readAll(file))).containsExactly(
                "record:https://news.example/a", "unreadable@" + junkAt, "record:https://news.example/b");
    }

    @Test
    void recordAboveTheSizeCapIsRejectedAsTooLarge() throws IOException {
        Path file = tmp.resolve("big.warc.gz");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(gzip(response("https://news.example/big", "<p>" + "x".repeat(5000) + "</p>", 0)));
        out.writeBytes(gzip(response("https://news.example/small", "<p>s</p>", 0)));
        Files.write(file, out.toByteArray());

        List<ReadResult> results = readAll(file, 1000);
        assertThat(summary(results)).containsExactly("too_large@0", "record:https://news.example/small");
        assertThat(((Reject) results.get(0)).url()).isEqualTo("https://news.example/big");
    }

    @Test
    void fileThatIsNotWarcIsOneUnreadableRange() throws IOException {
        Path file = tmp.resolve("notes.warc");
        Files.writeString(file, "hello, I am not a WARC file\n");
        assertThat(summary(readAll(file))).containsExactly("unreadable@0");
    }

    @Test
    void wetConversionRecordIsText() throws IOException {
        List<ReadResult> results = readAll(SharedData.require("data/warc-samples/whirlwind.warc.wet"));
        assertThat(results).hasSize(2);
        assertThat(results.get(1)).isInstanceOfSatisfying(RawRecord.TextCapture.class, t -> {
            assertThat(t.url()).isEqualTo("https://an.wikipedia.org/wiki/Escopete");
            assertThat(t.text()).contains("Escopete");
        });
    }
}
