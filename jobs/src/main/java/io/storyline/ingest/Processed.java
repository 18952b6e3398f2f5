package io.storyline.ingest;

/**
 * The outcome of reading one record: an extracted article still to be finished, a document finished
 * in the same task ({@code IngestStage}), or a reject.
 */
public sealed interface Processed permits ExtractedArticle, Document, Reject {}
