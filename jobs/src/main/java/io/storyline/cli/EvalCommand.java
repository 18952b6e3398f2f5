package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.bench.DedupEvaluation;
import io.storyline.bench.EntityEvaluation;
import io.storyline.bench.EntityScore;
import io.storyline.bench.LanguageEvaluation;
import io.storyline.bench.StoryEvaluation;
import io.storyline.bench.StoryScores;
import io.storyline.bench.StorySets;
import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.spark.SparkSessions;
import io.storyline.stories.StoriesStage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: quality measurements that print figures (and one JSON object with --json). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Quality measurements.",
        subcommands = {EvalCommand.Dedup.class, EvalCommand.Entities.class, EvalCommand.Language.class,
                EvalCommand.Stories.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing evaluation (dedup, entities, language, stories)");
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

        @Option(names = "--predictions", paramLabel = "DIR",
                description = "Score another tool's mentions, written in the ner/ layout under DIR, instead of running the tag stage.")
        Path predictions;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() {
            if (predictions != null) {
                printPredictionScores(EntityEvaluation.scorePredictions(data, topics, predictions, errors));
                return 0;
            }
            Settings settings = options.settings();
            EntityEvaluation.Figures f = SparkSessions.runWithSparkSession("storyline eval entities", options.master,
                    spark -> EntityEvaluation.run(spark, settings, data, topics, errors));
            EntityScore.Result r = f.score();
            if (options.json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode o = mapper.createObjectNode();
                ObjectNode langs = o.putObject("languages");
                r.languages().forEach((lang, l) -> langs.putObject(lang).put("span_f1", l.span().f1())
                        .put("typed_f1", l.typed().f1()).put("base_form_accuracy", l.baseFormAccuracy())
                        .put("entity_type_accuracy", l.entityTypeAccuracy()));
                o.put("span_f1", r.overall().span().f1()).put("typed_f1", r.overall().typed().f1())
                        .put("mention_type_accuracy", r.overall().mentionTypeAccuracy())
                        .put("entity_type_accuracy", r.overall().entityTypeAccuracy())
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
                System.out.printf(Locale.ROOT, "types    of matched mentions, right by the mention's own type %.3f, by its entity's (entities table) %.3f%n",
                        r.overall().mentionTypeAccuracy(), r.overall().entityTypeAccuracy());
            }
            return 0;
        }

        /** Span and typed figures only: another tool gives no base forms or cross-lingual ids. */
        private void printPredictionScores(EntityScore.Result r) {
            if (options.json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode o = mapper.createObjectNode();
                ObjectNode langs = o.putObject("languages");
                r.languages().forEach((lang, l) -> langs.putObject(lang).put("span_f1", l.span().f1()).put("typed_f1", l.typed().f1()));
                o.put("span_f1", r.overall().span().f1()).put("typed_f1", r.overall().typed().f1());
                System.out.println(o);
                return;
            }
            System.out.printf(Locale.ROOT, "%-8s %7s %7s  %-20s  %s%n", "lang", "gold", "found", "span P / R / F1", "typed P / R / F1");
            r.languages().forEach((lang, l) -> printSpanRow(lang, l));
            printSpanRow("all", r.overall());
        }

        private static void printSpanRow(String lang, EntityScore.Figures l) {
            System.out.printf(Locale.ROOT, "%-8s %7d %7d  %.3f / %.3f / %.3f   %.3f / %.3f / %.3f%n", lang,
                    l.span().gold(), l.span().found(), l.span().precision(), l.span().recall(), l.span().f1(),
                    l.typed().precision(), l.typed().recall(), l.typed().f1());
        }

        private static void printRow(String lang, EntityScore.Figures l) {
            System.out.printf(Locale.ROOT, "%-8s %7d %7d  %.3f / %.3f / %.3f   %.3f / %.3f / %.3f   %.3f of %d%n", lang,
                    l.span().gold(), l.span().found(), l.span().precision(), l.span().recall(), l.span().f1(),
                    l.typed().precision(), l.typed().recall(), l.typed().f1(), l.baseFormAccuracy(), l.matched());
        }
    }

    @Command(name = "language", mixinStandardHelpOptions = true,
            description = {"Language identification, as ingest runs it, on real news of known language in ../shared/data",
                    "(stories-dev: en de es tr pl ar fr; entities-dev: bg cs pl sl ru uk), with each language's",
                    "quarter of texts densest in names scored apart."})
    static final class Language implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ../shared/data).")
        Path data = Path.of("../shared/data");

        @Option(names = "--part", paramLabel = "PART", description = "dev, held-out or all (default all).")
        String part = "all";

        @Option(names = "--conf", paramLabel = "FILE", description = "A HOCON file overriding conf/storyline.conf.")
        java.io.File conf;

        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;

        @Override
        public Integer call() {
            StorySets.Part chosen = switch (part) {
                case "dev" -> StorySets.Part.DEV;
                case "held-out" -> StorySets.Part.HELD_OUT;
                case "all" -> null;
                default -> throw new UsageException("--part must be dev, held-out or all, not '" + part + "'");
            };
            LanguageEvaluation.Figures f = LanguageEvaluation.run(LanguageEvaluation.samples(data),
                    LanguageEvaluation.foreignNamePool(data), chosen,
                    Settings.load(conf).ingest().languageIdentifier());
            if (json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("accuracy", f.total().accuracy()).put("undetermined", f.total().undetermined())
                        .put("wrong", f.total().wrong()).put("texts", f.total().total())
                        .put("name_dense_accuracy", f.totalNameDense().accuracy())
                        .put("name_dense_undetermined", f.totalNameDense().undetermined())
                        .put("foreign_names_accuracy", f.totalForeignNames().accuracy())
                        .put("foreign_names_undetermined", f.totalForeignNames().undetermined())
                        .put("ms_per_text", f.millisPerText());
                ObjectNode langs = o.putObject("languages");
                f.all().forEach((lang, c) -> langs.putObject(lang).put("texts", c.total()).put("accuracy", c.accuracy())
                        .put("undetermined", c.undetermined()).put("wrong", c.wrong())
                        .put("name_dense_accuracy", f.nameDense().get(lang).accuracy())
                        .put("foreign_names_accuracy", f.foreignNames().get(lang).accuracy())
                        .put("foreign_names_undetermined", f.foreignNames().get(lang).undetermined()));
                System.out.println(o);
                return 0;
            }
            System.out.printf(Locale.ROOT, "%-6s %6s %9s %5s %6s   %-22s  %s%n", "lang", "texts", "accuracy", "und",
                    "wrong", "name-dense: acc (und)", "names foreign: acc (und)");
            f.all().forEach((lang, c) -> printRow(lang, c, f.nameDense().get(lang), f.foreignNames().get(lang)));
            printRow("all", f.total(), f.totalNameDense(), f.totalForeignNames());
            System.out.printf(Locale.ROOT, "%.2f ms per text; wrong answers: %s%n", f.millisPerText(), f.confusions());
            return 0;
        }

        private static void printRow(String lang, LanguageEvaluation.Counts c, LanguageEvaluation.Counts dense,
                                     LanguageEvaluation.Counts foreign) {
            System.out.printf(Locale.ROOT, "%-6s %6d %9.4f %5d %6d   %.4f (%3d of %4d)    %.4f (%d)%n", lang, c.total(),
                    c.accuracy(), c.undetermined(), c.wrong(), dense.accuracy(), dense.undetermined(), dense.total(),
                    foreign.accuracy(), foreign.undetermined());
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"A finished run's stories against gold story labels (pairwise, B-cubed, cross-lingual pairs),",
                    "or, with --set, the whole pipeline over a labelled set of real news from ../shared/data/stories-dev."})
    static final class Stories implements Callable<Integer> {
        @Option(names = "--tables", paramLabel = "DIR", description = "The run's --output folder.")
        Path tables;

        @Option(names = "--gold", paramLabel = "FILE",
                description = "JSON: {url: gold story id}, the samples/gold.json layout, or a synthetic crawl's gold/articles.jsonl.")
        Path gold;

        @Option(names = "--set", paramLabel = "NAME", split = ",",
                description = "Labelled sets to run and score: news-clusters (B-cubed over events), semeval-train (rated pairs).")
        List<String> sets = new ArrayList<>();

        @Option(names = "--data", paramLabel = "DIR", description = "The folder holding the sets (default ../shared/data/stories-dev).")
        Path data = Path.of("../shared/data/stories-dev");

        @Option(names = "--reuse", description = "Keep the earlier stages' tables of a set already run under --work; run only stories again.")
        boolean reuse;

        @Option(names = "--sweep", paramLabel = "KEY=V1,V2,...",
                description = "With --set: run the stories stage once per combination of these settings (keys under storyline., "
                        + "e.g. stories.window-days=3,7), the earlier stages once, and print one line of figures per combination.")
        List<String> sweep = new ArrayList<>();

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() throws IOException {
            if (!sets.isEmpty()) {
                if (tables != null || gold != null) {
                    throw new UsageException("--set runs its own pipeline: give either --set or --tables with --gold");
                }
                return callSets();
            }
            if (tables == null || gold == null) {
                throw new UsageException("give --tables and --gold, or --set");
            }
            if (!java.nio.file.Files.isRegularFile(gold)) {
                throw new UsageException("gold file not found: " + gold);
            }
            StoryEvaluation.Report r = SparkSessions.runWithSparkSession("storyline eval stories", options.master,
                    spark -> StoryEvaluation.run(spark, tables, gold));
            StoryScores.Figures f = r.figures();
            if (options.json) {
                System.out.println(figures(f));
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

        private Integer callSets() throws IOException {
            List<StorySets.Name> names = sets.stream().map(StorySets.Name::of).distinct().toList();
            Path work = options.workFolder();
            if (!sweep.isEmpty()) {
                return callSweep(names, work);
            }
            Settings settings = options.settings();
            List<StoryEvaluation.SetReport> reports = SparkSessions.runWithSparkSession("storyline eval stories",
                    options.master, spark -> {
                        List<StoryEvaluation.SetReport> out = new ArrayList<>();
                        for (StorySets.Name name : names) {
                            out.add(StoryEvaluation.runSet(spark, settings, name, data, work, reuse));
                        }
                        return out;
                    });
            ObjectNode json = new ObjectMapper().createObjectNode();
            for (StoryEvaluation.SetReport r : reports) {
                StoriesStage.Summary stories = r.run().of(StoriesStage.Summary.class);
                if (options.json) {
                    ObjectNode o = json.putObject(r.set().folder()).put("articles", r.articles()).put("stories", stories.stories());
                    r.clusters().forEach((part, report) -> o.set(part, figures(report.figures())));
                    r.pairs().forEach((group, p) -> o.putObject(group).put("same", p.same()).put("together", p.together())
                            .put("recall", p.recall()).put("different", p.different()).put("apart", p.apart())
                            .put("specificity", p.specificity()));
                    continue;
                }
                System.out.printf(Locale.ROOT, "%s: %,d articles -> %,d documents, %,d stories (%,d with 2+ articles); run in %s%n",
                        r.set().folder(), r.articles(), stories.documents(), stories.stories(), stories.multiArticle(), work);
                if (!r.clusters().isEmpty()) {
                    System.out.printf(Locale.ROOT, "  %-9s %5s  %-24s %-24s %s%n", "part", "docs", "b-cubed P / R / F1",
                            "pairwise P / R / F1", "gold split / merged");
                    r.clusters().forEach((part, report) -> {
                        StoryScores.Figures f = report.figures();
                        System.out.printf(Locale.ROOT, "  %-9s %5d  %.3f / %.3f / %.3f    %.3f / %.3f / %.3f    %d / %d%n", part,
                                f.docs(), f.bcubedP(), f.bcubedR(), f.bcubedF1(), f.pairwiseP(), f.pairwiseR(), f.pairwiseF1(),
                                f.goldStoriesSplit(), f.predictedStoriesMerged());
                    });
                }
                if (!r.pairs().isEmpty()) {
                    System.out.printf(Locale.ROOT, "  %-16s %5s %9s %7s   %9s %6s %11s%n", "pairs", "same", "together", "recall",
                            "different", "apart", "specificity");
                    r.pairs().forEach((group, p) -> System.out.printf(Locale.ROOT, "  %-16s %5d %9d %7.3f   %9d %6d %11.3f%n",
                            group, p.same(), p.together(), p.recall(), p.different(), p.apart(), p.specificity()));
                }
            }
            if (options.json) {
                System.out.println(json);
            }
            return 0;
        }

        /** One line per combination of the swept settings: the earlier stages run once per set, stories once per line. */
        private Integer callSweep(List<StorySets.Name> names, Path work) {
            List<String> combinations = List.of("");
            for (String axis : sweep) {
                int eq = axis.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--sweep takes KEY=V1,V2,... (got " + axis + ")");
                }
                String key = axis.substring(0, eq).strip();
                List<String> next = new ArrayList<>();
                for (String combination : combinations) {
                    for (String value : axis.substring(eq + 1).split(",")) {
                        next.add(combination + (combination.isEmpty() ? "" : ", ") + key + "=" + value.strip());
                    }
                }
                combinations = next;
            }
            List<String> lines = combinations;
            SparkSessions.runWithSparkSession("storyline eval stories", options.master, spark -> {
                for (int i = 0; i < lines.size(); i++) {
                    // Values quoted: a path or an empty value; the settings read numbers from strings.
                    String overrides = "storyline { " + lines.get(i).replaceAll("=([^,]*)(, |$)", " = \"$1\"\n") + " }";
                    Settings settings = Settings.load(options.conf, overrides);
                    StringBuilder row = new StringBuilder(lines.get(i));
                    for (StorySets.Name name : names) {
                        StoryEvaluation.SetReport r = StoryEvaluation.runSet(spark, settings, name, data, work, reuse || i > 0);
                        row.append("  | ").append(name.folder()).append(' ').append(brief(r));
                    }
                    System.out.println(row);
                    System.out.flush();
                }
                return null;
            });
            return 0;
        }

        /** B-cubed F1 by part, or pair recall / specificity by part and for de-en. */
        private static String brief(StoryEvaluation.SetReport r) {
            StringBuilder out = new StringBuilder();
            r.clusters().forEach((part, report) -> out.append(String.format(Locale.ROOT, " %s P %.3f R %.3f F1 %.3f;", part,
                    report.figures().bcubedP(), report.figures().bcubedR(), report.figures().bcubedF1())));
            for (String group : List.of("dev", "held-out", "all de-en")) {
                StorySets.PairFigures p = r.pairs().get(group);
                if (p != null) {
                    out.append(String.format(Locale.ROOT, " %s R %.3f S %.3f;", group, p.recall(), p.specificity()));
                }
            }
            return out.toString();
        }

        private static ObjectNode figures(StoryScores.Figures f) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("bcubed_p", f.bcubedP()).put("bcubed_r", f.bcubedR()).put("bcubed_f1", f.bcubedF1())
                    .put("pairwise_p", f.pairwiseP()).put("pairwise_r", f.pairwiseR())
                    .put("pairwise_f1", f.pairwiseF1()).put("xling_p", f.xlingP()).put("xling_r", f.xlingR())
                    .put("xling_f1", f.xlingF1()).put("docs", f.docs());
            return o;
        }
    }
}
