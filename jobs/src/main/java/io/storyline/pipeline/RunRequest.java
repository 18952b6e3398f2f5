package io.storyline.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run was asked to do. {@code inputs} are crawl files for a run that ingests, else the
 * output folder of an earlier run; {@code date} makes it a daily run (null: all days).
 */
public record RunRequest(String command, List<String> inputs, String inputPrefix, String output, LocalDate date) {

    public RunRequest {
        inputs = List.copyOf(inputs);
    }
}
