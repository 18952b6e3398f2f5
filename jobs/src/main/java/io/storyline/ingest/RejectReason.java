package io.storyline.ingest;

/**
 * The closed set of reasons a record does not become a document. The {@code rejects} table stores
 * {@link #code()}; docs/tables.md documents each one.
 */
public enum RejectReason {
    /** A WARC record of a type that cannot hold an article: warcinfo, request, metadata, revisit. */
    NON_RESPONSE,
    /** An HTTP status other than 200; the status is in {@code detail}. */
    HTTP_STATUS,
    /** A payload that is neither HTML nor plain text, by declared type or by sniffed bytes. */
    NOT_HTML,
    /** No text at all after extraction. */
    EMPTY,
    /** Fewer words than {@code storyline.ingest.min-words} after cleaning. */
    TOO_SHORT,
    /**
     * A consent, robot-check, ad-blocker, paywall or browser page instead of the article
     * ({@link io.storyline.text.AccessWalls}); {@code detail} names the kind and quotes it.
     */
    ACCESS_WALL,
    /** A record larger than {@code storyline.ingest.max-record-bytes}; not buffered. */
    TOO_LARGE,
    /** A record that parses but is unusable: a JSON line that is not JSON, a missing URL or text. */
    BAD_RECORD,
    /** A byte range that cannot be parsed (damaged gzip member, wrong length, garbage); {@code detail} has the length. */
    UNREADABLE,
    /** A payload whose Content-Encoding cannot be decoded, or whose bytes cannot be decoded as text. */
    DECODE_ERROR,
    /** A gzip/deflate payload that inflates beyond {@code storyline.ingest.max-inflated-bytes}. */
    DECOMPRESSION_LIMIT,
    /** The same {@code doc_id} (canonical URL and content) seen before; {@code detail} names the kept record. */
    DUPLICATE_EXACT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
