package io.storyline.ingest;

import io.storyline.config.Settings;
import io.storyline.extract.ExtractionRun;
import io.storyline.ingest.read.InputFiles.InputFile;
import io.storyline.ingest.read.ReadContext;
import io.storyline.ingest.read.RecordReader;
import io.storyline.ingest.read.RecordReaders;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the outcomes of a task's input files, one record at a time, so that no file is ever
 * held in memory: each record as read goes through {@code step} (processing it, or nothing when it
 * is processed in another task). A file that cannot be opened, or a reader that fails in a way it
 * could not recover from, becomes an {@code unreadable} reject: one file never fails the task. Logs
 * one progress line per file.
 */
final class FileOutcomes<T> implements Iterator<T> {
    private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);

    private final Iterator<InputFile> files;
    private final Settings.Ingest settings;
    private final Configuration conf;
    private final Instant runDay;
    private final Function<ReadResult, T> step;

    private InputFile file;
    private RecordReader reader;
    private long lastOffset;
    private RecordProgress progress;
    private T next;

    FileOutcomes(Iterator<InputFile> files, Settings.Ingest settings, Configuration conf, Instant runDay,
                 Function<ReadResult, T> step) {
        this.files = files;
        this.settings = settings;
        this.conf = conf;
        this.runDay = runDay;
        this.step = step;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (reader == null && !openNextFile()) {
                return false;
            }
            if (reader != null) {
                next = readOne();
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T result = next;
        next = null;
        progress.count(result);
        return result;
    }

    /** Opens the next file; a file that cannot be opened yields one unreadable reject. */
    private boolean openNextFile() {
        if (!files.hasNext()) {
            return false;
        }
        file = files.next();
        lastOffset = 0;
        progress = new RecordProgress(new Path(file.path()).getName());
        try {
            Instant defaultCrawl = runDay != null ? runDay
                    : Instant.ofEpochMilli(new Path(file.path()).getFileSystem(conf)
                    .getFileStatus(new Path(file.path())).getModificationTime());
            reader = RecordReaders.open(file, new ReadContext(file.path(), settings.maxRecordBytes(), defaultCrawl), conf);
        } catch (IOException | RuntimeException e) {
            next = step.apply(unreadable(0, "cannot open: " + ExtractionRun.describe(e)));
            finishFile(1);
        }
        return true;
    }

    private T readOne() {
        Optional<ReadResult> read;
        try {
            read = reader.next();
        } catch (IOException | RuntimeException e) {
            T damaged = step.apply(unreadable(lastOffset, "reading stopped: " + ExtractionRun.describe(e)));
            finishFile(1);
            return damaged;
        }
        if (read.isEmpty()) {
            finishFile(0);
            return null;
        }
        lastOffset = read.get().provenance().recordOffset();
        return step.apply(read.get());
    }

    private Reject unreadable(long offset, String detail) {
        return new Reject(new Provenance(file.path(), offset, null), null, RejectReason.UNREADABLE, detail);
    }

    /** Closes the file being read, if any: at its end, or when the task ends before it. */
    void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                LOG.warn("closing {}: {}", file.path(), e.toString());
            }
            reader = null;
        }
    }

    /** @param extraRejects a reject made for this file but not handed out yet */
    private void finishFile(int extraRejects) {
        close();
        double seconds = progress.seconds();
        long read = progress.records() + extraRejects;
        LOG.info("ingest: {}: {} records ({} rejected) in {} s, {} records/s", new Path(file.path()).getName(),
                read, progress.rejects() + extraRejects, String.format("%.1f", seconds),
                String.format("%.0f", read / Math.max(seconds, 1e-3)));
    }
}
