package io.storyline.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_timestamp;

import io.storyline.synth.SyntheticCrawl;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Documents straight from a synthetic crawl's gold texts, for the dedup measurements: the main
 * text the generator wrote, with doc_id computed as ingest computes it. Skipping ingest keeps the
 * 100k and 1M benchmarks about dedup alone.
 */
public final class SyntheticDocuments {
    private SyntheticDocuments() {}

    /** Generates the crawl into {@code dir} unless it is already there. */
    public static Path ensure(Path dir, long docs) {
        if (!Files.exists(dir.resolve("gold/summary.json"))) {
            SyntheticCrawl.write(dir, SyntheticCrawl.Options.defaults(docs));
        }
        return dir;
    }

    /** Rows with doc_id, url, text, lang and event_time (and the gold story and dup_of). */
    public static Dataset<Row> load(SparkSession spark, Path dir) {
        Dataset<Row> articles = spark.read().json(dir.resolve("gold/articles.jsonl").toString())
                .select("url", "lang", "published_at", "story", "dup_of");
        Dataset<Row> texts = spark.read().json(dir.resolve("gold/texts.jsonl.gz").toString()).select("url", "text");
        Dataset<Row> joined = articles.join(texts, "url").withColumn("content_hash", sha2(col("text"), 256));
        // As DocumentFinisher.docId: 64 bits of SHA-256 over canonical URL, newline, content hash.
        return joined
                .withColumn("doc_id", substring(sha2(concat(col("url"), lit("\n"), col("content_hash")), 256), 1, 16))
                .withColumn("event_time", to_timestamp(col("published_at")))
                .select("doc_id", "url", "text", "lang", "event_time", "story", "dup_of");
    }
}
