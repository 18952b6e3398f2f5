package io.storyline.ingest.read;

import java.time.Instant;

/**
 * What a reader needs besides the bytes: the file's name for provenance, the size cap, and the
 * crawl time to use when the input does not carry one (the run's --date, else the file's time).
 */
public record ReadContext(String inputFile, long maxRecordBytes, Instant defaultCrawledAt) {}
