package io.storyline.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import io.storyline.config.Settings;
import io.storyline.spark.Caches;
import io.storyline.tag.TagStage;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bench tag}: the tag stage's mentions over the synthetic crawl's documents (cached first, so
 * that reading them is not timed), with the pipeline fit included, as a daily run does.
 */
public final class TagBenchmark {
    private TagBenchmark() {}

    public record Figures(long docs, long mentions, int cores, double seconds, long peakHeapBytes, long peakRssBytes) {
        public double docsPerSecondPerCore() {
            return docs / seconds / cores;
        }
    }

    public static Figures run(SparkSession spark, Settings settings, Path synthDir) {
        Dataset<Row> documents = SyntheticDocuments.load(spark, synthDir)
                .withColumn("crawl_date", to_date(col("event_time")))
                .repartition(spark.sparkContext().defaultParallelism() * 4)
                .cache();
        long docs = documents.count();
        int cores = spark.sparkContext().defaultParallelism();
        try (HeapSampler heap = new HeapSampler()) {
            long started = System.nanoTime();
            Caches caches = new Caches();
            long mentions = new TagStage(settings.tag()).mentions(documents, caches).count();
            caches.release();
            double seconds = (System.nanoTime() - started) / 1e9;
            documents.unpersist();
            return new Figures(docs, mentions, cores, seconds, heap.peakBytes(), PeakMemory.peakRssBytes());
        }
    }
}
