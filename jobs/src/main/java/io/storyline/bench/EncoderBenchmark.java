package io.storyline.bench;

import static org.apache.spark.sql.functions.col;

import io.storyline.embed.SentenceEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bench encoder}: sentence-encoder throughput on one thread, on title-and-lead texts of the
 * synthetic crawl's documents (the texts the stories stage embeds), handed over in batches of 64.
 */
public final class EncoderBenchmark {
    /** Texts handed to {@link SentenceEncoder#embed} per call, as a task would pass a partition's rows. */
    public static final int BATCH = 64;
    private static final int WARM_UP = 32;

    private EncoderBenchmark() {}

    public record Figures(int texts, double meanChars, int threads, double loadSeconds, double seconds, int dimension) {
        public double textsPerSecondPerThread() {
            return texts / seconds / threads;
        }
    }

    /** Title and lead of the first {@code texts} documents by doc_id (fewer when the crawl has fewer). */
    public static List<String> leads(SparkSession spark, Path synthDir, int texts, int leadChars) {
        var titles = spark.read().json(synthDir.resolve("gold/articles.jsonl").toString()).select("url", "title");
        List<String> leads = new ArrayList<>(texts);
        for (Row row : SyntheticDocuments.load(spark, synthDir).join(titles, "url")
                .orderBy(col("doc_id")).select("title", "text").limit(texts).collectAsList()) {
            leads.add(SentenceEncoder.titleAndLead(row.getString(0), row.getString(1), leadChars));
        }
        return leads;
    }

    /** Times the model's load and the embedding of {@code leads} (after a short warm-up, untimed). */
    public static Figures run(Path model, int threads, List<String> leads) {
        long opening = System.nanoTime();
        try (SentenceEncoder encoder = SentenceEncoder.open(model, threads)) {
            double loadSeconds = (System.nanoTime() - opening) / 1e9;
            encoder.embed(leads.subList(0, Math.min(WARM_UP, leads.size())));
            long started = System.nanoTime();
            for (int from = 0; from < leads.size(); from += BATCH) {
                encoder.embed(leads.subList(from, Math.min(leads.size(), from + BATCH)));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double meanChars = leads.stream().mapToInt(String::length).average().orElse(0);
            return new Figures(leads.size(), meanChars, threads, loadSeconds, seconds, encoder.dimension());
        }
    }
}
