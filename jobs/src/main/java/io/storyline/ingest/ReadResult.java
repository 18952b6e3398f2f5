package io.storyline.ingest;

/** What a record reader yields: a record to process, or a reject (an unusable record or byte range). */
public sealed interface ReadResult permits RawRecord, Reject {
    Provenance provenance();
}
