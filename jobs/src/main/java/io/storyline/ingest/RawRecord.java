package io.storyline.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A record as read from an input file, before any decoding or extraction. Serializable: when there are
 * fewer files than cores, records are spread over the cores before they are processed ({@code IngestStage}).
 */
public sealed interface RawRecord extends ReadResult, Serializable {

    String url();

    /** When the crawler fetched it; the reading context's default when the input does not say. */
    Instant crawledAt();

    /**
     * An HTTP response (WARC {@code response}) or a WARC {@code resource} (status 200, its WARC
     * Content-Type as the only header). Header names are lower-case. The payload is still
     * Content-Encoded, as it was on the wire.
     */
    record HttpCapture(Provenance provenance, String url, Instant crawledAt, int status,
                       Map<String, List<String>> headers, byte[] payload) implements RawRecord {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** HTML handed over already decoded (a JSON Lines {@code html} field). */
    record HtmlCapture(Provenance provenance, String url, Instant crawledAt, String html,
                       String title, OffsetDateTime publishedAt, String source) implements RawRecord {}

    /**
     * Plain text that still carries page chrome: a WET conversion record, a JSON Lines
     * {@code text} field, or a file of a text folder. Title, publication time (as written, with its
     * offset) and source are set when the input states them.
     */
    record TextCapture(Provenance provenance, String url, Instant crawledAt, String text,
                       String title, OffsetDateTime publishedAt, String source) implements RawRecord {}
}
