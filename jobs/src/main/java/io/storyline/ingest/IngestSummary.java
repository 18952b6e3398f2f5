package io.storyline.ingest;

import io.storyline.pipeline.StageSummary;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.RejectsTable;
import io.storyline.spark.RunManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What ingest read and wrote: records read = documents + rejects, always. */
public record IngestSummary(long recordsRead, long documents, long rejects, Map<String, Long> rejectsByReason,
                            Map<String, Long> languages, List<String> files, List<String> skipped) implements StageSummary {

    public IngestSummary {
        if (documents + rejects != recordsRead) {
            // The accounting is the stage's contract; a gap is a bug to surface, never to hide.
            throw new IllegalStateException("ingest accounting broken: " + recordsRead + " records read, "
                    + documents + " documents + " + rejects + " rejects");
        }
    }

    @Override
    public Report report() {
        List<SummaryLine> lines = new ArrayList<>(List.of(
                new SummaryLine("records read", String.format(Locale.ROOT, "%,d from %d files", recordsRead, files.size())),
                new SummaryLine("documents", String.format(Locale.ROOT, "%,d", documents)),
                new SummaryLine("languages", byCount(languages)),
                new SummaryLine("rejects", String.format(Locale.ROOT, "%,d  %s", rejects, byCount(rejectsByReason)))));
        if (!skipped.isEmpty()) {
            lines.add(new SummaryLine("not read", skipped.size() + " files of unknown format (listed in _manifest.json)"));
        }
        return new Report(recordsRead, recordsRead + " records -> " + documents + " documents, " + rejects + " rejects",
                Map.of(DocumentsTable.NAME, documents, RejectsTable.NAME, rejects), lines);
    }

    @Override
    public void addTo(RunManifest manifest) {
        manifest.inputFiles(files, skipped).rejectReasons(rejectsByReason).languages(languages);
    }

    /** "en 30, ru 12": most first, then by name. */
    private static String byCount(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
