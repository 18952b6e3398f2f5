package io.storyline.pipeline;

import io.storyline.spark.RunManifest;
import java.util.List;
import java.util.Map;

/** What a stage measured over the tables it wrote; its report is pure. */
public interface StageSummary {
    /** The stage's log line, manifest entry and lines of the printed run summary. */
    Report report();

    /** Anything more the manifest records (ingest: files, rejects by reason, languages). */
    default void addTo(RunManifest manifest) {}

    /**
     * @param recordsIn records the stage took in, for its rate
     * @param logLine the stage's closing log line, before the time and rate
     * @param tableRows rows per table it wrote, for the manifest
     * @param lines its lines of the printed run summary
     */
    record Report(long recordsIn, String logLine, Map<String, Long> tableRows, List<SummaryLine> lines) {}

    /**
     * A line of the printed summary under a label ("documents", "top entities"); a later stage's
     * line with the same label replaces an earlier one (resolve's top entities replace tag's). A
     * null label prints the text as it is, under the line before.
     */
    record SummaryLine(String label, String text) {}
}
