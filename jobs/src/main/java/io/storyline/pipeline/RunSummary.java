package io.storyline.pipeline;

import java.util.List;

/** What a run produced: each stage's summary in run order, and the tables it wrote (in order, once each). */
public record RunSummary(String output, List<StageSummary> stages, List<String> tables) {

    public RunSummary {
        stages = List.copyOf(stages);
        tables = List.copyOf(tables);
    }

    /** The summary of the stage of that type, or null when it did not run. */
    public <S extends StageSummary> S of(Class<S> type) {
        return stages.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }
}
