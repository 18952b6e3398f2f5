package io.storyline.http;

import java.util.Objects;

/**
 * The outcome of content sniffing.
 *
 * @param kind what the payload is
 * @param detail why, for people and the rejects table, e.g. "application/pdf sniffed, declared text/html"
 */
public record SniffedContent(ContentKind kind, String detail) {
    public SniffedContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
