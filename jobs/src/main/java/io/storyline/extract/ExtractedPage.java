package io.storyline.extract;

import java.time.Instant;

/**
 * What the extractor found in one HTML page.
 *
 * @param title        the article title, or null
 * @param text         the main text: blocks separated by "\n\n" (list items by "\n"), whitespace collapsed
 * @param published    the publication time with its evidence and confidence, or null when no plausible
 *                     evidence was found
 * @param canonicalUrl rel=canonical, else og:url, resolved against the page URL but not normalised; or null
 */
public record ExtractedPage(String title, String text, PublicationTime published, String canonicalUrl) {
    /** The publication time in UTC, or null. */
    public Instant publishedAt() {
        return published == null ? null : published.instant();
    }

    /** Which evidence gave the publication time (PublicationTime#source), or null. */
    public String publishedSource() {
        return published == null ? null : published.source();
    }
}
