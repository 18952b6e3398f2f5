package io.storyline.extract;

import java.time.Instant;

/**
 * What the extractor found in one HTML page.
 *
 * @param title           the article title, or null
 * @param text            the main text: blocks separated by "\n\n" (list items by "\n"), whitespace collapsed
 * @param publishedAt     the publication time in UTC, or null when no plausible evidence was found
 * @param publishedSource which evidence gave {@code publishedAt}: "json-ld", "meta", "time-element",
 *                        "itemprop" or "url"; null when {@code publishedAt} is null
 * @param canonicalUrl    rel=canonical, else og:url, resolved against the page URL but not normalised; or null
 */
public record ExtractedPage(String title, String text, Instant publishedAt, String publishedSource, String canonicalUrl) {}
