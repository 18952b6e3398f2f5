package io.storyline.ingest;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts one task's records and logs how far it is at most every 30 seconds: a task over a large file
 * runs for minutes, and its line says it is moving ("ingest: part-00000.warc.gz: 20480 records so far
 * (3 rejected), 880 records/s"). Spark's own progress comes only as tasks end.
 */
final class RecordProgress {
    private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);
    private static final long EVERY_NANOS = 30_000_000_000L;

    private final String label;
    private final long started = System.nanoTime();
    private long lastLine = started;
    private long records;
    private long rejects;

    RecordProgress(String label) {
        this.label = label;
    }

    /** Counts one outcome, and logs when the last line is 30 seconds old (looked at every 1,024 records). */
    void count(Object outcome) {
        records++;
        if (outcome instanceof Reject) {
            rejects++;
        }
        if ((records & 1023) == 0 && System.nanoTime() - lastLine > EVERY_NANOS) {
            lastLine = System.nanoTime();
            LOG.info("ingest: {}: {} records so far ({} rejected), {} records/s", label, records, rejects,
                    String.format(Locale.ROOT, "%.0f", records / seconds()));
        }
    }

    long records() {
        return records;
    }

    long rejects() {
        return rejects;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
