package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.bench.DedupEvaluation;
import io.storyline.bench.EntityEvaluation;
import io.storyline.bench.EntityScore;
import io.storyline.bench.StoryEvaluation;
import io.storyline.bench.StoryScores;
import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.spark.SparkSessions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: quality measurements that print figures (and one JSON object with --json). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Quality measurements.",
        subcommands = {EvalCommand.Dedup.class, EvalCommand.Entities.class, EvalCommand.Stories.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing evaluation (dedup, entities, stories)");
    }

    @Command(name = "dedup", mixinStandardHelpOptions = true,
            description = "Near-duplicate pairs against the brute-force exact Jaccard of all pairs of a synthetic crawl.")
    static final class Dedup implements Callable<Integer> {
        @Option(names = "--docs", paramLabel = "N", description = "Documents in the synthetic crawl (default 10000).")
        long docs = 10_000;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() throws IOException {
            if (docs < 2) {
                throw new UsageException("--docs must be at least 2");
            }
            Settings settings = options.settings();
            Path dir = MeasurementOptions.syntheticCrawl(options.workFolder(), docs);
            DedupEvaluation.Figures f = SparkSessions.runWithSparkSession("storyline eval dedup", options.master,
                    spark -> DedupEvaluation.run(spark, settings, dir));
            if (options.json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("docs", f.docs()).put("threshold", f.threshold()).put("precision", f.score().precision())
                        .put("recall", f.score().recall()).put("pairs_true", f.score().truePairs())
                        .put("pairs_found", f.score().foundPairs());
                System.out.println(o);
            } else {
                System.out.printf(Locale.ROOT, "documents        %,d (synthetic, %s)%n", f.docs(), dir);
                System.out.printf(Locale.ROOT, "threshold        %.2f (exact Jaccard of word 5-gram shingles)%n", f.threshold());
                System.out.printf(Locale.ROOT, "true pairs       %,d (brute force over all pairs, %.1f s)%n", f.score().truePairs(), f.truthSeconds());
                System.out.printf(Locale.ROOT, "found pairs      %,d (pairs within groups; stage %.1f s)%n", f.score().foundPairs(), f.stageSeconds());
                System.out.printf(Locale.ROOT, "precision        %.4f%n", f.score().precision());
                System.out.printf(Locale.ROOT, "recall           %.4f%n", f.score().recall());
            }
            return 0;
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Mentions, base forms and cross-lingual links against a SlavicNER-layout corpus (raw/ and ner/).")
    static final class Entities implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The corpus folder (holding raw/ and ner/).")
        Path data;

        @Option(names = "--topic", paramLabel = "NAME", description = "Evaluate only this topic (repeatable; default all).")
        java.util.Set<String> topics = new java.util.TreeSet<>();

        @Option(names = "--errors", paramLabel = "FILE", description = "Also write every gold and found mention (both, missed, extra) as TSV.")
        Path errors;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() {
            Settings settings = options.settings();
            EntityEvaluation.Figures f = SparkSessions.runWithSparkSession("storyline eval entities", options.master,
                    spark -> EntityEvaluation.run(spark, settings, data, topics, errors));
            EntityScore.Result r = f.score();
            if (options.json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode o = mapper.createObjectNode();
                ObjectNode langs = o.putObject("languages");
                r.languages().forEach((lang, l) -> langs.putObject(lang).put("span_f1", l.span().f1())
                        .put("typed_f1", l.typed().f1()).put("base_form_accuracy", l.baseFormAccuracy()));
                o.put("span_f1", r.overall().span().f1()).put("typed_f1", r.overall().typed().f1())
                        .put("base_form_accuracy", r.overall().baseFormAccuracy()).put("linking_f1", r.linkingF1())
                        .put("keys", f.keys()).put("merged_keys", f.mergedKeys());
                System.out.println(o);
            } else {
                System.out.printf(Locale.ROOT, "documents %,d, tagged and resolved in %.1f s; %,d of %,d entity keys merged%n",
                        f.documents(), f.tagSeconds(), f.mergedKeys(), f.keys());
                System.out.printf(Locale.ROOT, "%-8s %7s %7s  %-20s  %-20s  %s%n", "lang", "gold", "found",
                        "span P / R / F1", "typed P / R / F1", "base forms");
                r.languages().forEach((lang, l) -> printRow(lang, l));
                printRow("all", r.overall());
                System.out.printf(Locale.ROOT, "linking  B-cubed P %.3f  R %.3f  F1 %.3f (entity keys vs gold cross-lingual ids, matched mentions)%n",
                        r.linkingPrecision(), r.linkingRecall(), r.linkingF1());
            }
            return 0;
        }

        private static void printRow(String lang, EntityScore.Figures l) {
            System.out.printf(Locale.ROOT, "%-8s %7d %7d  %.3f / %.3f / %.3f   %.3f / %.3f / %.3f   %.3f of %d%n", lang,
                    l.span().gold(), l.span().found(), l.span().precision(), l.span().recall(), l.span().f1(),
                    l.typed().precision(), l.typed().recall(), l.typed().f1(), l.baseFormAccuracy(), l.matched());
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "A finished run's stories against gold story labels (pairwise, B-cubed, cross-lingual pairs).")
    static final class Stories implements Callable<Integer> {
        @Option(names = "--tables", required = true, paramLabel = "DIR", description = "The run's --output folder.")
        Path tables;

        @Option(names = "--gold", required = true, paramLabel = "FILE",
                description = "JSON: {url: gold story id}, the samples/gold.json layout, or a synthetic crawl's gold/articles.jsonl.")
        Path gold;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() {
            if (!java.nio.file.Files.isRegularFile(gold)) {
                throw new UsageException("gold file not found: " + gold);
            }
            StoryEvaluation.Report r = SparkSessions.runWithSparkSession("storyline eval stories", options.master,
                    spark -> StoryEvaluation.run(spark, tables, gold));
            StoryScores.Figures f = r.figures();
            if (options.json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("bcubed_p", f.bcubedP()).put("bcubed_r", f.bcubedR()).put("bcubed_f1", f.bcubedF1())
                        .put("pairwise_f1", f.pairwiseF1()).put("xling_p", f.xlingP()).put("xling_r", f.xlingR())
                        .put("xling_f1", f.xlingF1()).put("docs", f.docs());
                System.out.println(o);
                return 0;
            }
            System.out.printf(Locale.ROOT, "documents        %,d evaluated (%,d gold URLs; %,d absent from documents; %,d documents without gold)%n",
                    f.docs(), r.goldUrls(), r.missingUrls().size(), r.unlabelledDocs());
            System.out.printf(Locale.ROOT, "b-cubed          P %.4f  R %.4f  F1 %.4f%n", f.bcubedP(), f.bcubedR(), f.bcubedF1());
            System.out.printf(Locale.ROOT, "pairwise         P %.4f  R %.4f  F1 %.4f  (%,d gold pairs)%n", f.pairwiseP(), f.pairwiseR(),
                    f.pairwiseF1(), f.goldPairs());
            System.out.printf(Locale.ROOT, "cross-lingual    P %.4f  R %.4f  F1 %.4f  (%,d gold pairs)%n", f.xlingP(), f.xlingR(),
                    f.xlingF1(), f.xlingGoldPairs());
            System.out.printf(Locale.ROOT, "gold split       %d stories over 2+ predicted stories%n", f.goldStoriesSplit());
            System.out.printf(Locale.ROOT, "merged           %d predicted stories holding 2+ gold stories%n", f.predictedStoriesMerged());
            if (!r.hardNegatives().isEmpty()) {
                System.out.printf(Locale.ROOT, "hard negatives   %d of %d pairs merged %s%n", r.hardNegativesMerged().size(),
                        r.hardNegatives().size(), r.hardNegativesMerged().isEmpty() ? "" : r.hardNegativesMerged());
            }
            for (String url : r.missingUrls()) {
                System.out.println("absent           " + url);
            }
            return 0;
        }
    }
}
