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
            if (summary.resolve() == null) {
                printTopEntities(out, tag.topEntities());
            }
        }
        Pipeline.DedupSummary dedup = summary.dedup();
        if (dedup != null) {
            out.printf("near-dups     %,d groups holding %,d of %,d documents%n", dedup.groups(), dedup.members(),
                    dedup.documents());
        }
        Pipeline.ResolveSummary resolve = summary.resolve();
        if (resolve != null) {
            out.printf("resolved      %,d of %,d entity keys joined another's entity: %,d entities%n", resolve.mergedKeys(),
                    resolve.keys(), resolve.entities());
            printTopEntities(out, resolve.topEntities());
        }
        Pipeline.StoriesSummary stories = summary.stories();
        if (stories != null) {
            printStories(out, stories);
        }
        Pipeline.TablesSummary tables = summary.tables();
        if (tables != null) {
            out.printf("timelines     %,d source-days%s%n", tables.sourceDays(),
                    tables.entities() < 0 ? "" : String.format(", story counts for %,d entities", tables.entities()));
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
        if (summary.resolve() != null && !tables.contains("mentions")) {
            tables.add("mentions");
            tables.add("entities");
        }
        if (summary.stories() != null) {
            tables.add("stories");
            tables.add("story_articles");
        }
        if (summary.tables() != null) {
            tables.add("source_timelines");
            if (summary.tables().entities() >= 0 && !tables.contains("entities")) {
                tables.add("entities");
            }
        }
        return tables;
    }

    private static void printTopEntities(PrintStream out, java.util.List<Pipeline.TopEntity> top) {
        out.printf("top entities  %s%n", top.stream()
                .map(e -> e.name() + " (" + e.type() + ", " + e.docCount() + " docs)").collect(Collectors.joining(", ")));
    }

    private static void printStories(PrintStream out, Pipeline.StoriesSummary stories) {
        out.printf("stories       %,d from %,d documents: %,d with 2+ articles, %,d of them in 2+ languages%n",
                stories.stories(), stories.documents(), stories.multiArticle(), stories.multiLanguage());
        for (org.apache.spark.sql.Row row : stories.top()) {
            String title = row.isNullAt(1) ? "(no title)" : row.getString(1);
            out.printf("  %3d  %s%n       languages %s; sources %s%n", row.getInt(2),
                    title.length() > 90 ? title.substring(0, 89) + "…" : title,
                    String.join(", ", row.<String>getList(3)), String.join(", ", row.<String>getList(4)));
        }
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
