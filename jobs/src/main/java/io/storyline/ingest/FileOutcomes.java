package io.storyline.ingest;

import io.storyline.config.Settings;
import io.storyline.ingest.read.InputFiles.InputFile;
import io.storyline.ingest.read.ReadContext;
import io.storyline.ingest.read.RecordReader;
import io.storyline.ingest.read.RecordReaders;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the outcomes of a task's input files, one record at a time, so that no file is ever
 * held in memory. A file that cannot be opened, or a reader that fails in a way it could not
 * recover from, becomes an {@code unreadable} reject: one file never fails the task. Logs one
 * progress line per file.
 */
final class FileOutcomes implements Iterator<Processed> {
    private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);
    private static final long PROGRESS_EVERY_NANOS = 30_000_000_000L;

    private final Iterator<InputFile> files;
    private final Settings.Ingest settings;
    private final Configuration conf;
    private final Instant runDay;
    private final RecordProcessor processor;

    private InputFile file;
    private RecordReader reader;
    private long lastOffset;
    private long records;
    private long rejects;
    private long started;
    private long lastProgress;
    private Processed next;

    FileOutcomes(Iterator<InputFile> files, Settings.Ingest settings, Configuration conf, Instant runDay) {
        this.files = files;
        this.settings = settings;
        this.conf = conf;
        this.runDay = runDay;
        this.processor = new RecordProcessor(settings);
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
    public Processed next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Processed result = next;
        next = null;
        records++;
        if (result instanceof Reject) {
            rejects++;
        }
        if ((records & 1023) == 0 && System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
            // A large file is one long task: say how it is going, not only when it ends.
            lastProgress = System.nanoTime();
            double seconds = (lastProgress - started) / 1e9;
            LOG.info("ingest: {}: {} records so far ({} rejected), {} records/s", new Path(file.path()).getName(),
                    records, rejects, String.format("%.0f", records / seconds));
        }
        return result;
    }

    /** Opens the next file; a file that cannot be opened yields one unreadable reject. */
    private boolean openNextFile() {
        if (!files.hasNext()) {
            return false;
        }
        file = files.next();
        records = 0;
        rejects = 0;
        lastOffset = 0;
        started = System.nanoTime();
        lastProgress = started;
        try {
            Instant defaultCrawl = runDay != null ? runDay
                    : Instant.ofEpochMilli(new Path(file.path()).getFileSystem(conf)
                    .getFileStatus(new Path(file.path())).getModificationTime());
            reader = RecordReaders.open(file, new ReadContext(file.path(), settings.maxRecordBytes(), defaultCrawl), conf);
        } catch (IOException | RuntimeException e) {
            next = unreadable(0, "cannot open: " + describe(e));
            finishFile(1);
        }
        return true;
    }

    private Processed readOne() {
        Optional<ReadResult> read;
        try {
            read = reader.next();
        } catch (IOException | RuntimeException e) {
            Processed damaged = unreadable(lastOffset, "reading stopped: " + describe(e));
            finishFile(1);
            return damaged;
        }
        if (read.isEmpty()) {
            finishFile(0);
            return null;
        }
        ReadResult result = read.get();
        lastOffset = result.provenance().recordOffset();
        if (result instanceof Reject reject) {
            return reject;
        }
        RawRecord raw = (RawRecord) result;
        try {
            return processor.process(raw);
        } catch (RuntimeException | StackOverflowError e) {
            // One pathological page (deeply nested HTML, a parser bug) must not take the file down.
            return new Reject(raw.provenance(), raw.url(), RejectReason.BAD_RECORD, "processing failed: " + describe(e));
        }
    }

    private Reject unreadable(long offset, String detail) {
        return new Reject(new Provenance(file.path(), offset, null), null, RejectReason.UNREADABLE, detail);
    }

    /** @param extraRejects a reject made for this file but not handed out yet */
    private void finishFile(int extraRejects) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                LOG.warn("closing {}: {}", file.path(), e.toString());
            }
            reader = null;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long read = records + extraRejects;
        LOG.info("ingest: {}: {} records ({} rejected) in {} s, {} records/s", new Path(file.path()).getName(),
                read, rejects + extraRejects, String.format("%.1f", seconds),
                String.format("%.0f", read / Math.max(seconds, 1e-3)));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
