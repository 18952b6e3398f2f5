package io.storyline.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import io.storyline.config.Settings;
import io.storyline.schema.MentionsTable;
import io.storyline.spark.Caches;
import io.storyline.spark.TableStore;
import io.storyline.tag.TagStage;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bench tag}: the tag stage's mentions over the synthetic crawl's documents (cached first, so
 * that reading them is not timed), with the pipeline fit included, as a daily run does. The mentions
 * table is written as a run writes it: a count alone would let Spark skip the columns nobody reads,
 * and the work behind them.
 */
public final class TagBenchmark {
    private TagBenchmark() {}

    public record Figures(long docs, long mentions, int cores, double seconds, long peakHeapBytes, long peakRssBytes) {
        public double docsPerSecondPerCore() {
            return docs / seconds / cores;
        }
    }

    public static Figures run(SparkSession spark, Settings settings, Path synthDir, Path tablesDir) {
        Dataset<Row> documents = SyntheticDocuments.load(spark, synthDir)
                .withColumn("crawl_date", to_date(col("event_time")))
                .repartition(spark.sparkContext().defaultParallelism() * 4)
                .cache();
        long docs = documents.count();
        int cores = spark.sparkContext().defaultParallelism();
        try (HeapSampler heap = new HeapSampler()) {
            long started = System.nanoTime();
            Caches caches = new Caches();
            TableStore store = new TableStore(spark, tablesDir.toString(), settings.output().compression());
            store.write(MentionsTable.NAME, new TagStage(settings.tag()).mentions(documents, caches), MentionsTable.PARTITION);
            caches.release();
            double seconds = (System.nanoTime() - started) / 1e9;
            documents.unpersist();
            long mentions = store.read(MentionsTable.NAME, MentionsTable.SCHEMA).count();
            return new Figures(docs, mentions, cores, seconds, heap.peakBytes(), PeakMemory.peakRssBytes());
        }
    }
}
