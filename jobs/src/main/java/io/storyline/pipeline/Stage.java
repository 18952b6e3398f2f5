package io.storyline.pipeline;

import java.util.List;

/**
 * One stage of the pipeline. The split follows deequ's analyzers: {@link #plan} does the Spark
 * work (the rows of each table the stage writes, and what it must count on the way), and
 * {@link #summarize} turns what the stage measured into its summary without touching Spark.
 *
 * <p>{@link Pipeline} checks the declared reads before any stage runs, writes the planned tables
 * through {@link io.storyline.spark.TableStore} with their declared policies, in order, calls the
 * plan's measure once they are written, and then releases the stage's caches.
 *
 * @param <M> what the stage measures over the tables it wrote
 */
public interface Stage<M> {
    /** The stage's name: its command, its log prefix and its key in the run manifest. */
    String name();

    /** The tables the stage reads, each required or optional. */
    List<TableInput> reads();

    /** The tables the stage writes, each with its policy, in the order they are written. */
    List<TableOutput> writes();

    /** The Spark side: the writes, in order, and how to measure them once written. */
    Plan<M> plan(StageInputs inputs);

    /** The pure side: the summary of what was measured. */
    StageSummary summarize(M measured);
}
