package io.storyline.ingest.read;

import io.storyline.http.CharsetDetector;
import io.storyline.ingest.Provenance;
import io.storyline.ingest.RawRecord;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.Reject;
import io.storyline.ingest.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * One article per file, the title on the first line (the layout of a text folder). The URL is the
 * file's URI, since such files carry none of their own. The charset is detected (a BOM, else ICU),
 * so a folder of windows-1251 files reads as well as UTF-8 ones.
 */
public final class TextFileRecordReader implements RecordReader {
    private static final CharsetDetector CHARSETS = new CharsetDetector();
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
        String content = CharsetDetector.decode(bytes, bytes.length, CHARSETS.detect(bytes, bytes.length, null).charset());
        int newline = content.indexOf('\n');
        String title = (newline < 0 ? content : content.substring(0, newline)).strip();
        String body = newline < 0 ? "" : content.substring(newline + 1);
        return Optional.of(new RawRecord.TextCapture(provenance, url, context.defaultCrawledAt(), body,
                title.isEmpty() ? null : title, null, null));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
