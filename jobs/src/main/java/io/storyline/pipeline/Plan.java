package io.storyline.pipeline;

import io.storyline.spark.TableStore;
import java.util.List;
import java.util.function.Function;

/**
 * What a stage's Spark side produced: its writes, in order, and the measure the pipeline takes
 * once they are written (counts over the written tables, and what the stage counted on the way).
 */
public record Plan<M>(List<Write> writes, Function<TableStore, M> measure) {

    public Plan {
        writes = List.copyOf(writes);
    }
}
