package io.storyline.ingest;

import java.io.Serializable;
import io.storyline.extract.PublicationTime;
import java.time.Instant;

/**
 * An article taken out of its record, before the batch-level steps (the per-source template pass
 * for plain text, normalisation, language, ids). {@code plainText} marks inputs that still carry
 * page chrome as lines (WET, JSON Lines text, text folders).
 */
public record ExtractedArticle(
        Provenance provenance,
        String url,
        String canonicalUrl,
        String host,
        String source,
        String title,
        String text,
        PublicationTime published,
        Instant crawledAt,
        boolean plainText) implements Processed, Serializable {

    public ExtractedArticle withText(String newText) {
        return new ExtractedArticle(provenance, url, canonicalUrl, host, source, title, newText, published,
                crawledAt, plainText);
    }
}
