package io.storyline.ingest;

import java.io.Serializable;

/** A record, or an unreadable byte range, that did not become a document, and why. */
public record Reject(Provenance provenance, String url, RejectReason reason, String detail)
        implements ReadResult, Processed, Finished, Serializable {}
