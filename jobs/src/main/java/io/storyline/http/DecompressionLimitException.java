package io.storyline.http;

import java.io.IOException;

/** The payload, after undoing its Content-Encoding, is larger than the cap: a "too_large" reject, or a gzip bomb. */
public final class DecompressionLimitException extends IOException {
    private final long limit;
    private final String contentEncoding;

    public DecompressionLimitException(long limit, String contentEncoding) {
        super("payload exceeds " + limit + " bytes after content-encoding " + contentEncoding);
        this.limit = limit;
        this.contentEncoding = contentEncoding;
    }

    /** The cap in bytes that was exceeded. */
    public long limit() {
        return limit;
    }

    /** The Content-Encoding that was being undone ("identity" when there was none). */
    public String contentEncoding() {
        return contentEncoding;
    }
}
