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

/** What ingest read and wrote, for the log, the manifest and the run's printed summary. */
public record IngestSummary(IngestStage.Result result) implements StageSummary {

    @Override
    public long recordsIn() {
        return result.recordsRead();
    }

    @Override
    public String logLine() {
        return result.recordsRead() + " records -> " + result.documents() + " documents, " + result.rejects() + " rejects";
    }

    @Override
    public Map<String, Long> tableRows() {
        return Map.of(DocumentsTable.NAME, result.documents(), RejectsTable.NAME, result.rejects());
    }

    @Override
    public List<SummaryLine> lines() {
        List<SummaryLine> lines = new ArrayList<>(List.of(
                new SummaryLine("records read", String.format(Locale.ROOT, "%,d from %d files", result.recordsRead(), result.files().size())),
                new SummaryLine("documents", String.format(Locale.ROOT, "%,d", result.documents())),
                new SummaryLine("languages", byCount(result.languages())),
                new SummaryLine("rejects", String.format(Locale.ROOT, "%,d  %s", result.rejects(), byCount(result.rejectsByReason())))));
        if (!result.skipped().isEmpty()) {
            lines.add(new SummaryLine("not read", result.skipped().size() + " files of unknown format (listed in _manifest.json)"));
        }
        return lines;
    }

    @Override
    public void addTo(RunManifest manifest) {
        manifest.inputFiles(result.files(), result.skipped())
                .rejectReasons(result.rejectsByReason())
                .languages(result.languages());
    }

    /** "en 30, ru 12": most first, then by name. */
    private static String byCount(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
