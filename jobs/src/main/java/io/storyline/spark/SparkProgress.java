package io.storyline.spark;

import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of one pipeline stage while it runs, from the driver's view of Spark's tasks: a line at
 * most every interval with tasks done, input records read and their rate. A stage such as tag can
 * run half an hour between its "starting" and its summary line; this says it is moving, on a
 * cluster too (the driver hears of every executor's tasks).
 */
public final class SparkProgress extends SparkListener implements AutoCloseable {
    /** How often a long stage logs. */
    public static final long DEFAULT_INTERVAL_SECONDS = 60;

    private static final Logger LOG = LoggerFactory.getLogger(SparkProgress.class);

    private final SparkContext context;
    private final String stage;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long lastLine = started;
    private long records;
    private long tasksDone;
    private long tasksSubmitted;
    private long lines;

    private SparkProgress(SparkContext context, String stage, long intervalSeconds) {
        this.context = context;
        this.stage = stage;
        this.intervalNanos = intervalSeconds * 1_000_000_000L;
    }

    /** Listens until closed. */
    public static SparkProgress start(SparkContext context, String stage, long intervalSeconds) {
        SparkProgress progress = new SparkProgress(context, stage, intervalSeconds);
        context.addSparkListener(progress);
        return progress;
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        tasksSubmitted += submitted.stageInfo().numTasks();
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        tasksDone++;
        if (end.taskMetrics() != null) {
            records += end.taskMetrics().inputMetrics().recordsRead();
        }
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos) {
            lastLine = now;
            lines++;
            LOG.info("{}", line(stage, tasksDone, tasksSubmitted, records, (now - started) / 1e9));
        }
    }

    /**
     * One progress line. Records and their rate only where Spark counted some: a source it does not meter (ingest
     * reads its archives itself) would otherwise show "0 records/s" while it works through thousands.
     */
    static String line(String stage, long tasksDone, long tasksSubmitted, long records, double seconds) {
        String tasks = String.format(Locale.ROOT, "%s: %d of %d tasks so far", stage, tasksDone, tasksSubmitted);
        if (records == 0) {
            return String.format(Locale.ROOT, "%s in %.0f s", tasks, seconds);
        }
        return String.format(Locale.ROOT, "%s, %,d input records read in %.0f s (%.0f records/s)", tasks, records, seconds,
                records / Math.max(seconds, 1e-9));
    }

    /** Input records read by the stage's finished tasks so far. */
    public synchronized long records() {
        return records;
    }

    /** Progress lines logged so far. */
    public synchronized long lines() {
        return lines;
    }

    @Override
    public void close() {
        context.removeSparkListener(this);
    }
}
