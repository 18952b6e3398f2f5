package io.storyline.bench;

import io.storyline.ingest.RawRecord;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.read.InputFiles.InputFile;
import io.storyline.ingest.read.ReadContext;
import io.storyline.ingest.read.RecordReader;
import io.storyline.ingest.read.RecordReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.jsoup.Jsoup;

/**
 * The floor the ingest benchmark compares against: gunzip and parse each record's HTML with
 * jsoup, and nothing else (no charset detection, extraction, language or tables).
 */
final class ParseFloor {
    private ParseFloor() {}

    /** Parses every HTTP record of a file; returns how many were parsed. */
    static long parseFile(InputFile file, Configuration conf) {
        long parsed = 0;
        try (RecordReader reader = RecordReaders.open(file, new ReadContext(file.path(), Long.MAX_VALUE, Instant.EPOCH), conf)) {
            Optional<ReadResult> next;
            while ((next = reader.next()).isPresent()) {
                if (next.get() instanceof RawRecord.HttpCapture http) {
                    Jsoup.parse(new String(http.payload(), StandardCharsets.UTF_8), http.url());
                    parsed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsed;
    }
}
