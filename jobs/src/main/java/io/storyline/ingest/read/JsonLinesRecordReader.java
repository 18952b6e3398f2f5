package io.storyline.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.extract.DateParser;
import io.storyline.ingest.Provenance;
import io.storyline.ingest.RawRecord;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.Reject;
import io.storyline.ingest.RejectReason;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * JSON Lines, one article per line: {@code url}, and {@code text} or {@code html}, plus optional {@code title},
 * {@code description}, {@code published_at}, {@code crawled_at} and {@code source}. A {@code description} (a lead
 * kept apart from the body) comes before the text when the text does not begin with it, and is the text when there
 * is no other. The field names of news-please, the extractor CC-NEWS is usually read with, are read too:
 * {@code maintext}, {@code date_publish} and {@code date_download}; its {@code source_domain} is a host, so the
 * source comes from the URL, as for every record without {@code source}. Offsets are byte offsets of the line in
 * the (decompressed) stream. A line that is not usable is a {@code bad_record} reject; it never affects the lines
 * around it.
 */
public final class JsonLinesRecordReader implements RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final ReadContext context;
    private long offset;
    private long lineNumber;
    private boolean finished;

    public JsonLinesRecordReader(InputStream in, ReadContext context) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.context = context;
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        while (!finished) {
            long lineStart = offset;
            Line line;
            try {
                line = readLine();
            } catch (IOException e) {
                // A damaged gzip stream cannot be resumed: the rest of the file is one unreadable range.
                finished = true;
                return Optional.of(new Reject(new Provenance(context.inputFile(), lineStart, null), null,
                        RejectReason.UNREADABLE, "unreadable from offset " + lineStart + ": "
                        + WarcRecordReader.describe(e)));
            }
            if (line == null) {
                finished = true;
                return Optional.empty();
            }
            lineNumber++;
            Provenance provenance = new Provenance(context.inputFile(), lineStart, "line:" + lineNumber);
            if (line.tooLong) {
                return Optional.of(new Reject(provenance, null, RejectReason.TOO_LARGE,
                        "line longer than max-record-bytes " + context.maxRecordBytes()));
            }
            String textLine = new String(line.bytes, StandardCharsets.UTF_8).strip();
            if (textLine.isEmpty()) {
                continue;
            }
            return Optional.of(parse(textLine, provenance));
        }
        return Optional.empty();
    }

    private ReadResult parse(String line, Provenance provenance) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return new Reject(provenance, null, RejectReason.BAD_RECORD, "not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return new Reject(provenance, null, RejectReason.BAD_RECORD, "not a JSON object");
        }
        String url = string(node, "url");
        if (url == null) {
            return new Reject(provenance, null, RejectReason.BAD_RECORD, "no url field");
        }
        String text = string(node, "text", "maintext");
        String html = string(node, "html");
        String lead = string(node, "description");
        if (lead != null && html == null) {
            if (text == null) {
                text = lead;
            } else if (!text.strip().startsWith(lead.strip())) {
                text = lead.strip() + "\n\n" + text;
            }
        }
        if (text == null && html == null) {
            return new Reject(provenance, url, RejectReason.BAD_RECORD, "neither text nor html");
        }
        String published = string(node, "published_at", "date_publish");
        String crawled = string(node, "crawled_at", "date_download");
        OffsetDateTime publishedAt = DateParser.parseLocal(published);
        Instant crawledAt = DateParser.parse(crawled);
        if ((published != null && publishedAt == null) || (crawled != null && crawledAt == null)) {
            return new Reject(provenance, url, RejectReason.BAD_RECORD,
                    "unparseable time: " + (publishedAt == null && published != null ? published : crawled));
        }
        if (crawledAt == null) {
            crawledAt = context.defaultCrawledAt();
        }
        String title = string(node, "title");
        String source = string(node, "source");
        if (html != null) {
            return new RawRecord.HtmlCapture(provenance, url, crawledAt, html, title, publishedAt, source);
        }
        return new RawRecord.TextCapture(provenance, url, crawledAt, text, title, publishedAt, source);
    }

    /** The first of the fields (a name and its aliases) that has a value. */
    private static String string(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            String s = value.isTextual() ? value.asText() : value.toString();
            if (!s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private record Line(byte[] bytes, boolean tooLong) {}

    /** Reads up to the next LF; bytes past the cap are skipped, not buffered. */
    private Line readLine() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
        boolean tooLong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) != -1) {
            any = true;
            offset++;
            if (b == '\n') {
                break;
            }
            if (buffer.size() >= context.maxRecordBytes()) {
                tooLong = true;
            } else {
                buffer.write(b);
            }
        }
        if (!any) {
            return null;
        }
        return new Line(tooLong ? new byte[0] : buffer.toByteArray(), tooLong);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
