package io.storyline.pipeline;

/**
 * One stage of the pipeline. The split follows deequ's analyzers: {@link #plan} does the Spark
 * work (the rows of each table the stage writes, and the measure of what it wrote), and the
 * measured summary's {@link StageSummary#report} is pure.
 *
 * <p>{@link Pipeline} checks the declared reads before any stage runs, writes the planned tables
 * through {@link io.storyline.spark.TableStore} with their declared policies, in order, takes the
 * plan's measure once they are written, and then releases the stage's caches.
 *
 * @param <S> what the stage measures over the tables it wrote
 */
public interface Stage<S extends StageSummary> {
    /** Its name and the tables it reads and writes. */
    StageSpec spec();

    /** The Spark side: the writes, in order, and how to measure them once written. */
    Plan<S> plan(StageInputs inputs);
}
