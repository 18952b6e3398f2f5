package io.storyline.ingest;

/** The outcome of processing one record: an extracted article, or a reject. */
public sealed interface Processed permits ExtractedArticle, Reject {}
