package io.storyline.bench;

import io.storyline.config.Settings;
import io.storyline.ingest.IngestStage;
import io.storyline.ingest.IngestSummary;
import io.storyline.ingest.read.InputFiles;
import io.storyline.pipeline.Pipeline;
import io.storyline.pipeline.RunRequest;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Ingest throughput against its floor, in one process on the same files: the floor (gunzip and
 * jsoup parse) first, then the real stage into a scratch output.
 */
public final class IngestBenchmark {

    public record Figures(long inputBytes, int files, long floorDocs, double floorSeconds, long records,
                          long documents, double ingestSeconds, int cores, long peakRssBytes) {
        public double docsPerSecondPerCore() {
            return documents / ingestSeconds / cores;
        }

        public double floorDocsPerSecondPerCore() {
            return floorDocs / floorSeconds / cores;
        }

        public double megabytesPerSecond() {
            return inputBytes / 1e6 / ingestSeconds;
        }

        /** Storyline's speed as a share of the floor's (1.0 = as fast as parsing alone). */
        public double shareOfFloor() {
            return (documents / ingestSeconds) / (floorDocs / floorSeconds);
        }
    }

    private IngestBenchmark() {}

    public static Figures run(SparkSession spark, Settings settings, List<String> inputs, Path scratch) {
        List<InputFiles.InputFile> files = InputFiles.expand(inputs, "", spark.sparkContext().hadoopConfiguration()).files();
        long bytes = files.stream().mapToLong(InputFiles.InputFile::size).sum();
        int cores = spark.sparkContext().defaultParallelism();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());

        long started = System.nanoTime();
        long floorDocs = jsc.parallelize(files, files.size()).map(f -> ParseFloor.parseFile(f, conf.value()))
                .reduce(Long::sum);
        double floorSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        IngestSummary result = new Pipeline(spark, settings).run(
                new RunRequest("bench ingest", inputs, "", scratch.toAbsolutePath().toString(), null),
                List.of(new IngestStage(settings))).of(IngestSummary.class);
        double ingestSeconds = (System.nanoTime() - started) / 1e9;
        return new Figures(bytes, files.size(), floorDocs, floorSeconds, result.recordsRead(), result.documents(),
                ingestSeconds, cores, PeakMemory.peakRssBytes());
    }
}
