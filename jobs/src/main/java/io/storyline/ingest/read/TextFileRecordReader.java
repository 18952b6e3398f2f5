package io.storyline.ingest.read;

import io.storyline.ingest.Provenance;
import io.storyline.ingest.RawRecord;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.Reject;
import io.storyline.ingest.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One article per file, the title on the first line (the layout of a text folder). The URL is the
 * file's URI, since such files carry none of their own.
 */
public final class TextFileRecordReader implements RecordReader {
    private final InputStream in;
    private final ReadContext context;
    private final String url;
    private boolean done;

    public TextFileRecordReader(InputStream in, String fileUri, ReadContext context) {
        this.in = in;
        this.url = fileUri;
        this.context = context;
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        if (done) {
            return Optional.empty();
        }
        done = true;
        Provenance provenance = new Provenance(context.inputFile(), 0, null);
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, context.maxRecordBytes() + 1));
        if (bytes.length > context.maxRecordBytes()) {
            return Optional.of(new Reject(provenance, url, RejectReason.TOO_LARGE,
                    "file larger than max-record-bytes " + context.maxRecordBytes()));
        }
        String content = decodeUtf8(bytes);
        int newline = content.indexOf('\n');
        String title = (newline < 0 ? content : content.substring(0, newline)).strip();
        String body = newline < 0 ? "" : content.substring(newline + 1);
        return Optional.of(new RawRecord.TextCapture(provenance, url, context.defaultCrawledAt(), body,
                title.isEmpty() ? null : title, null, null));
    }

    private static String decodeUtf8(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
