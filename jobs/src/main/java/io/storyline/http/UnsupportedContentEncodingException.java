package io.storyline.http;

import java.io.IOException;

/** The payload uses a Content-Encoding we cannot undo (br, zstd, compress, ...): a "decode_error" reject. */
public final class UnsupportedContentEncodingException extends IOException {
    private final String contentEncoding;

    public UnsupportedContentEncodingException(String contentEncoding) {
        super("unsupported content-encoding " + contentEncoding);
        this.contentEncoding = contentEncoding;
    }

    /** The encoding token as sent, lower-cased. */
    public String contentEncoding() {
        return contentEncoding;
    }
}
