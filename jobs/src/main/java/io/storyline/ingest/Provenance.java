package io.storyline.ingest;

import java.io.Serializable;

/** Where a record came from: the input file, the byte offset of the record in it, and its record id. */
public record Provenance(String inputFile, long recordOffset, String recordId) implements Serializable {}
