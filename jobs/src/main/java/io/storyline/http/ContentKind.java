package io.storyline.http;

/** What ingest does with a payload: extract from HTML, take plain text as is, or reject. */
public enum ContentKind {
    HTML,
    TEXT,
    OTHER
}
