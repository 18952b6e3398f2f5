package io.storyline.cli;

import io.storyline.pipeline.RunSummary;
import io.storyline.pipeline.StageSummary.SummaryLine;
import io.storyline.pipeline.StageSummary;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The short summary a run prints: each stage's lines, then the tables it wrote and the manifest. */
final class Summaries {
    private Summaries() {}

    static void print(PrintStream out, RunSummary summary) {
        for (SummaryLine line : merged(summary.stages())) {
            if (line.label() == null) {
                out.println(line.text());
            } else {
                out.printf("%-14s%s%n", line.label(), line.text());
            }
        }
        out.printf("%-14s%s (%s)  manifest %s/_manifest.json%n", "tables", summary.output(), String.join(", ", summary.tables()),
                summary.output());
    }

    /**
     * The stages' lines in run order; of two lines under one label the later stage's stands, in its
     * place (resolve's top entities replace tag's). Unlabelled lines stay with the line before.
     */
    static List<SummaryLine> merged(List<StageSummary> stages) {
        Map<String, Integer> lastStage = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            for (SummaryLine line : stages.get(i).report().lines()) {
                if (line.label() != null) {
                    lastStage.put(line.label(), i);
                }
            }
        }
        List<SummaryLine> lines = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            boolean keep = true;
            for (SummaryLine line : stages.get(i).report().lines()) {
                if (line.label() != null) {
                    keep = lastStage.get(line.label()) == i;
                }
                if (keep) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
