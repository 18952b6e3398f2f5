package io.storyline.ingest.read;

import io.storyline.ingest.ReadResult;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Streams the records of one input file, one at a time. Damage never ends the file early when
 * something readable follows it: an unreadable byte range comes out as a reject, and reading
 * resumes at the next record.
 */
public interface RecordReader extends Closeable {

    /** The next record or reject, or empty at the end of the file. */
    Optional<ReadResult> next() throws IOException;
}
