package io.storyline.bench;

import io.storyline.config.Settings;
import io.storyline.dedup.DedupStage;
import io.storyline.dedup.PairTruth;
import io.storyline.dedup.Shingler;
import io.storyline.spark.Caches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code eval dedup}: the stage's groups against the exact Jaccard of every pair of documents,
 * computed by brute force, on a synthetic crawl. Precision and recall are over pairs: a group of m
 * documents predicts its m(m-1)/2 pairs.
 */
public final class DedupEvaluation {
    private DedupEvaluation() {}

    public record Figures(long docs, double threshold, PairTruth.Score score, double stageSeconds, double truthSeconds) {}

    public static Figures run(SparkSession spark, Settings settings, Path synthDir) {
        Dataset<Row> documents = SyntheticDocuments.load(spark, synthDir).cache();
        long started = System.nanoTime();
        Caches caches = new Caches();
        List<Row> groups = new DedupStage(settings.dedup()).run(documents, caches).nearDuplicates()
                .select("doc_id", "group_id").collectAsList();
        caches.release();
        double stageSeconds = (System.nanoTime() - started) / 1e9;

        List<Row> docs = documents.select("doc_id", "text", "lang").orderBy("doc_id").collectAsList();
        Map<String, Integer> index = new HashMap<>();
        List<long[]> shingles = new ArrayList<>(docs.size());
        Shingler shingler = new Shingler();
        for (Row row : docs) {
            index.put(row.getString(0), index.size());
            shingles.add(shingler.shingles(row.getString(1), row.getString(2)));
        }
        started = System.nanoTime();
        Set<PairTruth.Pair> truth = PairTruth.pairsAtOrAbove(shingles, settings.dedup().threshold());
        double truthSeconds = (System.nanoTime() - started) / 1e9;

        Map<String, List<Integer>> members = new HashMap<>();
        for (Row row : groups) {
            members.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(index.get(row.getString(0)));
        }
        Set<PairTruth.Pair> predicted = PairTruth.pairsWithinGroups(new ArrayList<>(members.values()));
        documents.unpersist();
        return new Figures(docs.size(), settings.dedup().threshold(), PairTruth.Score.of(truth, predicted),
                stageSeconds, truthSeconds);
    }
}
