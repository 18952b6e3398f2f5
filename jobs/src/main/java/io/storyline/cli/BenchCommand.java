package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.bench.DedupBenchmark;
import io.storyline.bench.EncoderBenchmark;
import io.storyline.bench.IngestBenchmark;
import io.storyline.bench.StoriesBenchmark;
import io.storyline.bench.TagBenchmark;
import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.embed.SentenceEncoder;
import io.storyline.report.ReportWriter;
import io.storyline.spark.SparkSessions;
import io.storyline.synth.SyntheticCrawl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: benchmarks that print figures (and one JSON object with --json). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Dedup.class, BenchCommand.Tag.class, BenchCommand.Stories.class,
                BenchCommand.Encoder.class, BenchCommand.Report.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing benchmark (ingest, dedup, tag, stories, encoder, report)");
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest throughput on a synthetic crawl against a floor (gunzip + jsoup parse), same run.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--docs", paramLabel = "N", description = "Generate a synthetic crawl of N documents (default 20000).")
        long docs = 20_000;

        @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
                description = "Benchmark on these inputs instead of generating a crawl.")
        List<String> inputs;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() throws IOException {
            if (docs < 1) {
                throw new UsageException("--docs must be at least 1");
            }
            Settings settings = options.settings();
            Path scratch = options.workFolder();
            List<String> benchInputs = inputs;
            if (benchInputs == null) {
                Path crawl = scratch.resolve("synth-" + docs);
                if (!Files.isDirectory(crawl.resolve("crawl"))) {
                    SyntheticCrawl.write(crawl, SyntheticCrawl.Options.defaults(docs));
                }
                benchInputs = List.of(crawl.resolve("crawl").toString());
            }
            List<String> finalInputs = benchInputs;
            IngestBenchmark.Figures f = SparkSessions.runWithSparkSession("storyline bench ingest", options.master,
                    spark -> IngestBenchmark.run(spark, settings, finalInputs, scratch.resolve("tables")));
            if (options.json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("docs", f.documents()).put("records", f.records()).put("files", f.files())
                        .put("input_mb", f.inputBytes() / 1e6).put("cores", f.cores())
                        .put("ingest_s", f.ingestSeconds()).put("docs_per_s_per_core", f.docsPerSecondPerCore())
                        .put("mb_per_s", f.megabytesPerSecond()).put("floor_s", f.floorSeconds())
                        .put("floor_docs_per_s_per_core", f.floorDocsPerSecondPerCore())
                        .put("share_of_floor", f.shareOfFloor()).put("peak_rss_mb", f.peakRssBytes() / 1e6);
                System.out.println(o);
            } else {
                System.out.printf(Locale.ROOT, "input            %d files, %.1f MB, %d records%n", f.files(), f.inputBytes() / 1e6, f.records());
                System.out.printf(Locale.ROOT, "ingest           %d documents in %.1f s on %d cores: %.0f docs/s/core, %.1f MB/s%n",
                        f.documents(), f.ingestSeconds(), f.cores(), f.docsPerSecondPerCore(), f.megabytesPerSecond());
                System.out.printf(Locale.ROOT, "floor            %d pages gunzipped + jsoup-parsed in %.1f s: %.0f docs/s/core%n",
                        f.floorDocs(), f.floorSeconds(), f.floorDocsPerSecondPerCore());
                System.out.printf(Locale.ROOT, "share of floor   %.2f (ingest speed / floor speed)%n", f.shareOfFloor());
                System.out.printf(Locale.ROOT, "peak RSS         %.0f MB (driver and executors: one JVM in local mode)%n", f.peakRssBytes() / 1e6);
            }
            return 0;
        }
    }

    @Command(name = "dedup", mixinStandardHelpOptions = true,
            description = "The dedup stage against MLlib's MinHashLSH.approxSimilarityJoin on the same synthetic documents.")
    static final class Dedup implements Callable<Integer> {
        @Option(names = "--docs", paramLabel = "N", description = "Documents (default 100000).")
        long docs = 100_000;

        @Option(names = "--mllib-tables", paramLabel = "L", description = "MinHashLSH hash tables (default 5, as MLlib's example).")
        int mllibTables = 5;

        @Option(names = "--mllib-timeout", paramLabel = "SECONDS",
                description = "Stop MLlib after this long and report it as not finished (default 3600).")
        long mllibTimeout = 3600;

        @Option(names = "--skip-mllib", description = "Time only our stage (for the 1M scaling run).")
        boolean skipMllib;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() throws IOException {
            if (docs < 2 || mllibTables < 1 || mllibTimeout < 1) {
                throw new UsageException("--docs must be at least 2, --mllib-tables and --mllib-timeout at least 1");
            }
            Settings settings = options.settings();
            Path dir = MeasurementOptions.syntheticCrawl(options.workFolder(), docs);
            DedupBenchmark.Figures f = SparkSessions.runWithSparkSession("storyline bench dedup", options.master, spark -> {
                try {
                    return DedupBenchmark.run(spark, settings, dir, skipMllib ? 0 : mllibTables, mllibTimeout);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Double mllibSeconds = f.mllib() == null ? null : f.mllib().seconds();
            if (options.json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("docs", f.docs()).put("storyline_s", f.storyline().seconds());
                if (mllibSeconds == null) {
                    o.putNull("mllib_s").putNull("ratio").putNull("mllib_recall");
                    o.put("mllib_skipped", skipMllib);
                } else {
                    o.put("mllib_s", mllibSeconds).put("ratio", f.ratio()).put("mllib_recall", f.mllib().recall());
                }
                o.put("storyline_recall", f.storyline().recall())
                        .put("storyline_peak_heap_mb", f.storyline().peakHeapBytes() / 1e6)
                        .put("peak_rss_mb", f.peakRssBytes() / 1e6)
                        .put("gold_pairs", f.goldPairs()).put("mllib_tables", f.mllibTables());
                if (f.mllib() != null) {
                    o.put("mllib_peak_heap_mb", f.mllib().peakHeapBytes() / 1e6);
                }
                System.out.println(o);
            } else {
                System.out.printf(Locale.ROOT, "documents        %,d; gold pairs %,d (republications with exact Jaccard >= threshold)%n",
                        f.docs(), f.goldPairs());
                System.out.printf(Locale.ROOT, "storyline        %.1f s, recall %.4f, %,d pairs, peak heap %.0f MB (process peak RSS %.0f MB)%n",
                        f.storyline().seconds(), f.storyline().recall(), f.storyline().pairs(), f.storyline().peakHeapBytes() / 1e6,
                        f.peakRssBytes() / 1e6);
                if (skipMllib) {
                    System.out.println("mllib            skipped");
                } else if (mllibSeconds == null) {
                    System.out.printf(Locale.ROOT, "mllib (%d tables) did not finish in %d s; ratio > %.1f, peak heap %.0f MB%n",
                            f.mllibTables(), mllibTimeout, mllibTimeout / f.storyline().seconds(), f.mllib().peakHeapBytes() / 1e6);
                } else {
                    System.out.printf(Locale.ROOT, "mllib (%d tables) %.1f s, recall %.4f, %,d pairs, peak heap %.0f MB%n",
                            f.mllibTables(), mllibSeconds, f.mllib().recall(), f.mllib().pairs(), f.mllib().peakHeapBytes() / 1e6);
                    System.out.printf(Locale.ROOT, "ratio            %.1fx (mllib time / storyline time)%n", f.ratio());
                }
            }
            return 0;
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Tag-stage throughput (documents/s/core) and peak memory on the synthetic crawl's documents.")
    static final class Tag implements Callable<Integer> {
        @Option(names = "--docs", paramLabel = "N", description = "Documents (default 20000).")
        long docs = 20_000;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() throws IOException {
            if (docs < 1) {
                throw new UsageException("--docs must be at least 1");
            }
            Settings settings = options.settings();
            Path work = options.workFolder();
            Path dir = MeasurementOptions.syntheticCrawl(work, docs);
            TagBenchmark.Figures f = SparkSessions.runWithSparkSession("storyline bench tag", options.master,
                    spark -> TagBenchmark.run(spark, settings, dir, work.resolve("tag-tables")));
            if (options.json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("docs", f.docs()).put("mentions", f.mentions()).put("cores", f.cores()).put("tag_s", f.seconds())
                        .put("docs_per_s_per_core", f.docsPerSecondPerCore()).put("peak_heap_mb", f.peakHeapBytes() / 1e6)
                        .put("peak_rss_mb", f.peakRssBytes() / 1e6);
                System.out.println(o);
            } else {
                System.out.printf(Locale.ROOT, "tag              %,d documents -> %,d mentions in %.1f s on %d cores: %.1f docs/s/core%n",
                        f.docs(), f.mentions(), f.seconds(), f.cores(), f.docsPerSecondPerCore());
                System.out.printf(Locale.ROOT, "peak heap        %.0f MB (process peak RSS %.0f MB)%n", f.peakHeapBytes() / 1e6,
                        f.peakRssBytes() / 1e6);
            }
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "The stories stage alone on synthetic documents: time, peak memory, and B-cubed against the synthetic gold.")
    static final class Stories implements Callable<Integer> {
        @Option(names = "--docs", paramLabel = "N", description = "Documents (default 100000).")
        long docs = 100_000;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() throws IOException {
            if (docs < 2) {
                throw new UsageException("--docs must be at least 2");
            }
            Settings settings = options.settings();
            Path work = options.workFolder();
            Path dir = MeasurementOptions.syntheticCrawl(work, docs);
            Path scratch = work.resolve("stories-" + docs);
            StoriesBenchmark.Figures f = SparkSessions.runWithSparkSession("storyline bench stories", options.master,
                    spark -> StoriesBenchmark.run(spark, settings, dir, scratch));
            if (options.json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("docs", f.docs()).put("representatives", f.representatives()).put("candidate_pairs", f.candidatePairs())
                        .put("edges", f.edges()).put("stories", f.stories()).put("stories_s", f.seconds())
                        .put("cpu_s", f.cpuSeconds()).put("peak_heap_mb", f.peakHeapBytes() / 1e6)
                        .put("peak_live_heap_mb", f.peakLiveHeapBytes() / 1e6).put("peak_rss_mb", f.peakRssBytes() / 1e6);
                if (f.quality() != null) {
                    o.put("bcubed_p", f.quality().bcubedP()).put("bcubed_r", f.quality().bcubedR())
                            .put("bcubed_f1", f.quality().bcubedF1()).put("xling_r", f.quality().xlingR());
                }
                System.out.println(o);
            } else {
                System.out.printf(Locale.ROOT, "documents        %,d (%,d representatives of near-duplicate groups)%n", f.docs(), f.representatives());
                System.out.printf(Locale.ROOT, "candidates       %,d pairs, %,d edges -> %,d stories%n", f.candidatePairs(), f.edges(), f.stories());
                System.out.printf(Locale.ROOT, "stories stage    %.1f s (%.1f s of CPU), peak heap %.0f MB in use, %.0f MB live after GC"
                        + " (process peak RSS %.0f MB)%n", f.seconds(), f.cpuSeconds(), f.peakHeapBytes() / 1e6,
                        f.peakLiveHeapBytes() / 1e6, f.peakRssBytes() / 1e6);
                if (f.quality() != null) {
                    System.out.printf(Locale.ROOT, "vs synth gold    B-cubed P %.4f R %.4f F1 %.4f; cross-lingual pairs R %.4f%n",
                            f.quality().bcubedP(), f.quality().bcubedR(), f.quality().bcubedF1(), f.quality().xlingR());
                }
            }
            return 0;
        }
    }

    @Command(name = "encoder", mixinStandardHelpOptions = true,
            description = "Sentence-encoder throughput (texts/s on one thread) on title-and-lead texts of synthetic documents.")
    static final class Encoder implements Callable<Integer> {
        @Option(names = "--texts", paramLabel = "N", description = "Texts (default 2000): the first N synthetic documents.")
        int texts = 2_000;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() throws IOException {
            if (texts < 1) {
                throw new UsageException("--texts must be at least 1");
            }
            Settings settings = options.settings();
            Path model = settings.stories().encoder().modelPath()
                    .orElseThrow(() -> new UsageException("storyline.stories.encoder.model is empty: no encoder to measure"));
            SentenceEncoder.unavailable(model).ifPresent(line -> {
                throw new UsageException("no sentence encoder model at " + model + " (run bin/models)");
            });
            Path dir = MeasurementOptions.syntheticCrawl(options.workFolder(), texts);
            int leadChars = settings.stories().encoder().leadChars();
            // Spark only reads the documents; it is stopped before the timing, which runs on this thread.
            List<String> leads = SparkSessions.runWithSparkSession("storyline bench encoder", options.master,
                    spark -> EncoderBenchmark.leads(spark, dir, texts, leadChars));
            EncoderBenchmark.Figures f = EncoderBenchmark.run(model, settings.stories().encoder().threads(), leads);
            if (options.json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("texts", f.texts()).put("mean_chars", f.meanChars()).put("lead_chars", leadChars)
                        .put("threads", f.threads()).put("batch", EncoderBenchmark.BATCH).put("dimension", f.dimension())
                        .put("load_s", f.loadSeconds()).put("encode_s", f.seconds())
                        .put("texts_per_s_per_thread", f.textsPerSecondPerThread()).put("model", model.toString());
                System.out.println(o);
            } else {
                System.out.printf(Locale.ROOT, "model            %s (%d dimensions), loaded in %.1f s%n", model, f.dimension(), f.loadSeconds());
                System.out.printf(Locale.ROOT, "texts            %,d title-and-lead texts, %.0f characters on average (lead-chars %d)%n",
                        f.texts(), f.meanChars(), leadChars);
                System.out.printf(Locale.ROOT, "encoder          %.1f s on %d thread(s), batches of %d: %.1f texts/s per thread%n",
                        f.seconds(), f.threads(), EncoderBenchmark.BATCH, f.textsPerSecondPerThread());
            }
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Writes the report of a finished run several times in one session: the first write pays the JVM's "
                    + "and Spark's warm-up (as bin/storyline report does), the later ones are the report's own cost (as in run --report).")
    static final class Report implements Callable<Integer> {
        @Option(names = "--tables", required = true, paramLabel = "DIR", description = "The run's --output folder.")
        String tables;

        @Option(names = "--runs", paramLabel = "N", description = "Writes of the report (default 3).")
        int runs = 3;

        @picocli.CommandLine.Mixin
        MeasurementOptions options;

        @Override
        public Integer call() throws IOException {
            if (runs < 1) {
                throw new UsageException("--runs must be at least 1");
            }
            Path folder = options.workFolder().resolve("report");
            var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            ObjectNode o = new ObjectMapper().createObjectNode();
            var writes = o.putArray("writes");
            SparkSessions.runWithSparkSession("storyline bench report", options.master, spark -> {
                for (int i = 0; i < runs; i++) {
                    long cpuBefore = cpu.getProcessCpuTime();
                    long started = System.nanoTime();
                    var result = ReportCommand.write(spark, tables, folder.toString(), ReportWriter.DEFAULT_TOP,
                            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                    double seconds = (System.nanoTime() - started) / 1e9;
                    double cpuSeconds = (cpu.getProcessCpuTime() - cpuBefore) / 1e9;
                    writes.addObject().put("seconds", seconds).put("cpu_seconds", cpuSeconds).put("files", result.files());
                    if (!options.json) {
                        System.out.printf(Locale.ROOT, "write %d          %.1f s, %.0f CPU-s (%,d stories, %,d entities, %,d sources, %,d files)%n",
                                i + 1, seconds, cpuSeconds, result.stories(), result.entities(), result.sources(), result.files());
                    }
                }
                return null;
            });
            try (var files = Files.walk(folder)) {
                List<Path> all = files.filter(Files::isRegularFile).toList();
                long total = 0;
                Path largest = all.get(0);
                for (Path file : all) {
                    total += Files.size(file);
                    largest = Files.size(file) > Files.size(largest) ? file : largest;
                }
                o.put("files", all.size()).put("total_mb", total / 1e6).put("largest", folder.relativize(largest).toString())
                        .put("largest_mb", Files.size(largest) / 1e6).put("report", folder.toString());
                if (options.json) {
                    System.out.println(o);
                } else {
                    System.out.printf(Locale.ROOT, "report           %s: %,d files, %.1f MB, largest %s (%.2f MB)%n", folder,
                            all.size(), total / 1e6, folder.relativize(largest), Files.size(largest) / 1e6);
                }
            }
            return 0;
        }
    }
}
