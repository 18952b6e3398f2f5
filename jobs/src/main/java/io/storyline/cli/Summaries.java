package io.storyline.cli;

import io.storyline.ingest.IngestStage;
import io.storyline.pipeline.Pipeline;
import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

/** The short summary a run prints: counts, languages, rejects by reason, and where the tables are. */
final class Summaries {
    private Summaries() {}

    static void print(PrintStream out, Pipeline.RunSummary summary) {
        IngestStage.Result ingest = summary.ingest();
        if (ingest != null) {
            printIngest(out, ingest);
        }
        Pipeline.TagSummary tag = summary.tag();
        if (tag != null) {
            out.printf("mentions      %,d of %,d entities in %,d documents%n", tag.mentions(), tag.entities(), tag.documents());
            out.printf("top entities  %s%n", tag.topEntities().stream()
                    .map(e -> e.name() + " (" + e.type() + ", " + e.docCount() + " docs)").collect(Collectors.joining(", ")));
        }
        Pipeline.DedupSummary dedup = summary.dedup();
        if (dedup != null) {
            out.printf("near-dups     %,d groups holding %,d of %,d documents%n", dedup.groups(), dedup.members(),
                    dedup.documents());
        }
        out.printf("tables        %s (%s)  manifest %s/_manifest.json%n", summary.output(),
                String.join(", ", tablesOf(summary)), summary.output());
    }

    private static java.util.List<String> tablesOf(Pipeline.RunSummary summary) {
        java.util.List<String> tables = new java.util.ArrayList<>();
        if (summary.ingest() != null) {
            tables.add("documents");
            tables.add("rejects");
        }
        if (summary.tag() != null) {
            tables.add("mentions");
            tables.add("entities");
        }
        if (summary.dedup() != null) {
            tables.add("near_duplicates");
        }
        return tables;
    }

    private static void printIngest(PrintStream out, IngestStage.Result ingest) {
        out.printf("records read  %,d from %d files%n", ingest.recordsRead(), ingest.files().size());
        out.printf("documents     %,d%n", ingest.documents());
        out.printf("languages     %s%n", byCount(ingest.languages()));
        out.printf("rejects       %,d  %s%n", ingest.rejects(), byCount(ingest.rejectsByReason()));
        if (!ingest.skipped().isEmpty()) {
            out.printf("not read      %d files of unknown format (listed in _manifest.json)%n", ingest.skipped().size());
        }
    }

    private static String byCount(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
