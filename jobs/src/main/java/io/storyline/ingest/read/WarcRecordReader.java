package io.storyline.ingest.read;

import io.storyline.ingest.Provenance;
import io.storyline.ingest.RawRecord;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.Reject;
import io.storyline.ingest.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC, WARC.gz (one gzip member per record, or gzip over the whole file) and WET files with
 * jwarc, and survives damage.
 *
 * <p>A record is emitted only after jwarc has read past its end and found the next record (or the
 * end of the file): a wrong Content-Length shows up as a bad trailer only then, and the record
 * must become an {@code unreadable} reject instead of a document with foreign bytes in it. After
 * damage, the reader scans forward for the next place a record parses (a gzip member header, or a
 * {@code WARC/} line in an uncompressed file) and reports the skipped bytes as one reject.
 */
public final class WarcRecordReader implements RecordReader {
    private static final int SCAN_CHUNK = 64 * 1024;

    private final SeekableByteChannel channel;
    private final ReadContext context;
    private final long fileSize;
    private final Deque<ReadResult> ready = new ArrayDeque<>();
    private WarcReader reader;
    private final boolean gzip;
    private Pending pending;
    private boolean finished;
    private final java.util.List<String> warnings = new java.util.ArrayList<>();

    /** A record converted but not yet confirmed by a clean read of what follows it. */
    private record Pending(long offset, ReadResult result) {}

    public WarcRecordReader(SeekableByteChannel channel, ReadContext context) throws IOException {
        this.channel = channel;
        this.context = context;
        this.fileSize = channel.size();
        this.gzip = fileSize > 0 && startsWithGzipMagic(0);
        if (fileSize == 0) {
            finished = true;
        } else if (!openAt(0)) {
            resyncAfter(0, "no WARC record at the start of the file");
        }
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        while (ready.isEmpty() && !finished) {
            advance();
        }
        return Optional.ofNullable(ready.poll());
    }

    /** Reads one more record from jwarc and settles the pending one. */
    private void advance() throws IOException {
        if (reader == null) {
            flushPending();
            finished = true;
            return;
        }
        long previousStart = pending == null ? -1 : pending.offset;
        Optional<WarcRecord> record;
        warnings.clear();
        try {
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            long failedAt = reader.position();
            if (pending != null && (failedAt == previousStart || !warnings.isEmpty())) {
                // jwarc failed (or warned) while finishing the pending record, its trailer or the
                // rest of its block: that record is damaged, not only what follows it.
                Pending damaged = pending;
                pending = null;
                resyncAfter(damaged.offset, describe(e) + " in the record at offset " + damaged.offset);
            } else {
                flushPending();
                resyncAfter(failedAt, describe(e));
            }
            return;
        }
        long offset = reader.position();
        if (!warnings.isEmpty() && pending != null) {
            // jwarc read on, but warned about the end of the pending record (a bad trailer): its
            // Content-Length is wrong, so its bytes cannot be trusted, and a length too long may
            // have swallowed the records after it. Scan again from the damaged record's start.
            Pending damaged = pending;
            pending = null;
            resyncAfter(damaged.offset, String.join("; ", warnings) + " in the record at offset " + damaged.offset);
            return;
        }
        flushPending();
        if (record.isEmpty()) {
            reader = null;
            finished = true;
            return;
        }
        pending = new Pending(offset, convert(record.get(), offset));
    }

    private void flushPending() {
        if (pending != null) {
            ready.add(pending.result);
            pending = null;
        }
    }

    /**
     * Skips a damaged region that starts at {@code damageStart}: finds the next offset where a
     * record parses, and reports the bytes in between as one unreadable reject.
     */
    private void resyncAfter(long damageStart, String why) throws IOException {
        reader = null;
        long candidate = damageStart + 1;
        while (true) {
            candidate = findCandidate(candidate);
            if (candidate < 0) {
                addUnreadable(damageStart, fileSize, why);
                finished = true;
                return;
            }
            if (openAt(candidate)) {
                addUnreadable(damageStart, candidate, why);
                return;
            }
            candidate++;
        }
    }

    /**
     * The region {@code [from, to)} as one reject: a bad record with its id, URL and length problem
     * when it starts with a WARC header whose Content-Length is wrong, else unreadable bytes.
     */
    private void addUnreadable(long from, long to, String why) throws IOException {
        Optional<DamagedRecordHeader> header = DamagedRecordHeader.of(channel, gzip, from, to);
        if (header.isPresent()) {
            DamagedRecordHeader h = header.get();
            ready.add(new Reject(new Provenance(context.inputFile(), from, h.recordId()), h.url(), RejectReason.BAD_RECORD,
                    printable(h.problem()) + " (" + (to - from) + " bytes from offset " + from + ")"));
            return;
        }
        ready.add(new Reject(new Provenance(context.inputFile(), from, null), null, RejectReason.UNREADABLE,
                (to - from) + " bytes unreadable from offset " + from + ": " + printable(why)));
    }

    /** Parser messages quote the damaged bytes; keep the detail short and printable. */
    static String printable(String s) {
        String cleaned = s.replaceAll("\\\\x[0-9a-f]{2,8}|\\p{Cntrl}", "?").replaceAll("\\?{3,}", "???");
        return cleaned.length() <= 160 ? cleaned : cleaned.substring(0, 160) + "...";
    }

    /** Opens jwarc at {@code offset} and reads its first record; false when none parses there. */
    private boolean openAt(long offset) {
        try {
            channel.position(offset);
            WarcReader candidate = new WarcReader(channel);
            candidate.setLenient(true);
            candidate.onWarning(warnings::add);
            Optional<WarcRecord> first = candidate.next();
            if (first.isEmpty()) {
                return false;
            }
            reader = candidate;
            long recordOffset = candidate.position();
            pending = new Pending(recordOffset, convert(first.get(), recordOffset));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The next offset at or after {@code from} that could start a record, or -1. */
    private long findCandidate(long from) throws IOException {
        byte[] pattern = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "WARC/".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(SCAN_CHUNK + pattern.length);
        long base = from;
        while (base < fileSize) {
            buffer.clear();
            channel.position(base);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill the window
            }
            buffer.flip();
            int limit = buffer.limit();
            for (int i = 0; i + pattern.length <= limit; i++) {
                if (matches(buffer, i, pattern) && (gzip || atLineStart(base + i))) {
                    return base + i;
                }
            }
            if (limit < pattern.length) {
                return -1;
            }
            base += Math.max(1, limit - pattern.length + 1);
        }
        return -1;
    }

    private boolean atLineStart(long offset) throws IOException {
        if (offset == 0) {
            return true;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.position(offset - 1);
        channel.read(one);
        return one.get(0) == '\n';
    }

    private static boolean matches(ByteBuffer buffer, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (buffer.get(at + j) != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithGzipMagic(long offset) throws IOException {
        ByteBuffer two = ByteBuffer.allocate(2);
        channel.position(offset);
        channel.read(two);
        return two.position() == 2 && two.get(0) == 0x1f && two.get(1) == (byte) 0x8b;
    }

    private ReadResult convert(WarcRecord record, long offset) {
        // ARC records have no WARC-Record-ID, and jwarc throws when asked for it.
        String recordId = record.headers().first("WARC-Record-ID").orElse(null);
        Provenance provenance = new Provenance(context.inputFile(), offset, recordId);
        String url = targetOf(record);
        String type = record.type();
        try {
            if (!(record instanceof WarcResponse || record instanceof WarcResource || record instanceof WarcConversion)) {
                return new Reject(provenance, url, RejectReason.NON_RESPONSE, type + " record");
            }
            long size = record.body().size();
            if (size > context.maxRecordBytes()) {
                return new Reject(provenance, url, RejectReason.TOO_LARGE,
                        "record block of " + size + " bytes exceeds max-record-bytes " + context.maxRecordBytes());
            }
            if (url == null) {
                return new Reject(provenance, null, RejectReason.BAD_RECORD, type + " record without WARC-Target-URI");
            }
            Instant crawledAt = record.date() != null ? record.date() : context.defaultCrawledAt();
            if (!(record instanceof WarcConversion) && !url.regionMatches(true, 0, "http", 0, 4)) {
                // dns:, metadata:// (wget's own logs), file: and the like are not web pages.
                return new Reject(provenance, url, RejectReason.NOT_HTML, type + " record for a non-HTTP URL");
            }
            if (record instanceof WarcConversion) {
                String text = new String(readBody(record.body().stream()), StandardCharsets.UTF_8);
                return new RawRecord.TextCapture(provenance, url, crawledAt, text, null, null, null);
            }
            if (record instanceof WarcResource resource) {
                Map<String, List<String>> headers = new LinkedHashMap<>();
                headers.put("content-type", List.of(resource.contentType().toString()));
                return new RawRecord.HttpCapture(provenance, url, crawledAt, 200, headers,
                        readBody(resource.body().stream()));
            }
            WarcResponse response = (WarcResponse) record;
            HttpResponse http = response.http();
            return new RawRecord.HttpCapture(provenance, url, crawledAt, http.status(),
                    lowerCaseHeaders(http.headers()), readBody(http.body().stream()));
        } catch (IOException | RuntimeException e) {
            return new Reject(provenance, url, RejectReason.BAD_RECORD, type + " record: " + describe(e));
        }
    }

    private byte[] readBody(InputStream stream) throws IOException {
        // The WARC length was checked against the cap before reading, so this is bounded.
        return stream.readAllBytes();
    }

    private static String targetOf(WarcRecord record) {
        return record.headers().first("WARC-Target-URI").map(String::strip)
                .map(WarcRecordReader::stripAngleBrackets).filter(s -> !s.isEmpty()).orElse(null);
    }

    // WARC 1.0 examples wrap the target URI in angle brackets; some crawlers copied that.
    static String stripAngleBrackets(String uri) {
        return uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
    }

    private static Map<String, List<String>> lowerCaseHeaders(MessageHeaders headers) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.map().forEach((name, values) ->
                lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).addAll(values));
        return lower;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null ? type : printable(type + ": " + message.lines().findFirst().orElse(""));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
