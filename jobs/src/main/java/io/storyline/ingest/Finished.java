package io.storyline.ingest;

/** The outcome of finishing an article: a document, or a reject (too short, empty). */
public sealed interface Finished permits Document, Reject {}
