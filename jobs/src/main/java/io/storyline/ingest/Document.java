package io.storyline.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One clean article: a row of the {@code documents} table (columns in {@code DocumentsTable}). */
public record Document(
        String docId,
        String url,
        String canonicalUrl,
        String source,
        String host,
        String title,
        String text,
        String lang,
        double langConfidence,
        Instant publishedAt,
        String publishedSource,
        LocalDate publishedDate,
        Double publishedConfidence,
        Instant crawledAt,
        Instant eventTime,
        int wordCount,
        String contentHash,
        Provenance provenance,
        LocalDate crawlDate) implements Finished, Processed, Serializable {}
