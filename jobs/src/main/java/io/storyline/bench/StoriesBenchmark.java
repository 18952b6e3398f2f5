package io.storyline.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import io.storyline.config.Settings;
import io.storyline.schema.MentionsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.spark.Caches;
import io.storyline.stories.StoriesStage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * {@code bench stories}: the stories stage alone on a synthetic crawl's documents. The documents
 * come from the generator's texts (as for the dedup benchmarks), the near-duplicate groups from its
 * gold (original = representative), and there are no mentions: the time is the stage's own, over
 * numbers, dates, Latin tokens and content terms. Inputs are written to Parquet first, so the
 * timed part reads Parquet and writes both tables, as in a run.
 */
public final class StoriesBenchmark {
    /** Above this many documents the B-cubed figures (computed on the driver) are skipped. */
    static final long SCORED_DOCS = 200_000;

    public record Figures(long docs, long representatives, long candidatePairs, long edges, long stories, double seconds,
                          double cpuSeconds, long peakHeapBytes, long peakLiveHeapBytes, long peakRssBytes,
                          StoryScores.Figures quality) {}

    private StoriesBenchmark() {}

    public static Figures run(SparkSession spark, Settings settings, Path synth, Path scratch) {
        Dataset<Row> loaded = SyntheticDocuments.load(spark, synth);
        Dataset<Row> meta = spark.read().json(synth.resolve("gold/articles.jsonl").toString()).select("url", "source", "title");
        String docsPath = scratch.resolve("documents").toString();
        loaded.join(meta, "url").withColumn("crawl_date", to_date(col("event_time")))
                .write().mode(SaveMode.Overwrite).parquet(docsPath);
        Dataset<Row> documents = spark.read().parquet(docsPath);
        // The gold's republications: each copy with its original, the group's representative.
        Dataset<Row> copies = documents.filter(col("dup_of").isNotNull()).select(col("doc_id"), col("dup_of").as("url_of"));
        Dataset<Row> originals = documents.select(col("url").as("url_of"), col("doc_id").as("representative_doc_id"));
        Dataset<Row> pairs = copies.join(originals, "url_of").select("doc_id", "representative_doc_id");
        Dataset<Row> members = pairs.unionByName(pairs.select(col("representative_doc_id").as("doc_id"), col("representative_doc_id")))
                .distinct()
                .withColumn("group_size", count(lit(1)).over(Window.partitionBy("representative_doc_id")).cast("int"))
                .select(col("doc_id"), col("representative_doc_id").as("group_id"), col("representative_doc_id"),
                        col("group_size"), lit(1.0).as("similarity"));
        String dupPath = scratch.resolve("near_duplicates").toString();
        spark.createDataFrame(members.javaRDD(), NearDuplicatesTable.SCHEMA).write().mode(SaveMode.Overwrite).parquet(dupPath);
        Dataset<Row> nearDuplicates = spark.read().schema(NearDuplicatesTable.SCHEMA).parquet(dupPath);
        Dataset<Row> mentions = spark.createDataFrame(List.of(), MentionsTable.SCHEMA);
        long docs = documents.count();

        long started = System.nanoTime();
        StoriesStage.Result result;
        long peakHeap;
        long peakLive;
        double cpu;
        long stories;
        try (HeapSampler heap = new HeapSampler()) {
            Caches caches = new Caches();
            result = new StoriesStage(settings.stories()).run(spark.read().parquet(docsPath), mentions, nearDuplicates, caches);
            result.storyArticles().write().mode(SaveMode.Overwrite).parquet(scratch.resolve("story_articles").toString());
            result.stories().write().mode(SaveMode.Overwrite).parquet(scratch.resolve("stories").toString());
            stories = spark.read().parquet(scratch.resolve("stories").toString()).count();
            caches.release();
            peakHeap = heap.peakBytes();
            peakLive = heap.peakLiveBytes();
            cpu = heap.cpuSeconds();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StoryScores.Figures quality = null;
        if (docs <= SCORED_DOCS) {
            List<StoryScores.Item> items = new ArrayList<>();
            for (Row r : spark.read().parquet(scratch.resolve("story_articles").toString()).join(documents, "doc_id")
                    .select(col("story"), col("story_id"), documents.col("lang"), coalesce(col("dup_of"), col("url"))).collectAsList()) {
                // An article outside every gold story is a story of one with its near-copies (dup_of: its original's URL).
                String gold = r.isNullAt(0) ? "alone:" + r.getString(3) : r.getString(0);
                items.add(new StoryScores.Item(gold, r.getString(1), r.getString(2)));
            }
            quality = StoryScores.score(items);
        }
        return new Figures(docs, result.representatives(), result.candidatePairs(), result.edges(), stories, seconds, cpu, peakHeap,
                peakLive, PeakMemory.peakRssBytes(), quality);
    }
}
