package io.storyline.pipeline;

import java.util.List;

/**
 * What a stage declares: its name (its command, its log prefix and its key in the run manifest),
 * the tables it reads, each required or optional, and the tables it writes, each with its policy,
 * in the order it writes them.
 */
public record StageSpec(String name, List<TableInput> reads, List<TableOutput> writes) {

    public StageSpec {
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
    }
}
