package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.bench.DedupEvaluation;
import io.storyline.bench.SyntheticDocuments;
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
        subcommands = {EvalCommand.Dedup.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing evaluation (dedup)");
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
            Path dir = SyntheticDocuments.ensure(options.workFolder()
                    .resolve("synth-" + docs), docs);
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
}
