package io.storyline.pipeline;

import io.storyline.spark.RunManifest;
import java.util.List;
import java.util.Map;

/** What a stage produced: its log line, its part of the run manifest and of the printed run summary. */
public interface StageSummary {
    /** Records the stage took in, for its rate. */
    long recordsIn();

    /** The stage's closing log line, before the time and rate. */
    String logLine();

    /** Rows per table it wrote, for the manifest. */
    Map<String, Long> tableRows();

    /** Its lines of the printed run summary. */
    List<SummaryLine> lines();

    /** Anything more the manifest records (ingest: files, rejects by reason, languages). */
    default void addTo(RunManifest manifest) {}

    /**
     * A line of the printed summary under a label ("documents", "top entities"); a later stage's
     * line with the same label replaces an earlier one (resolve's top entities replace tag's). A
     * null label prints the text as it is, under the line before.
     */
    record SummaryLine(String label, String text) {}
}
