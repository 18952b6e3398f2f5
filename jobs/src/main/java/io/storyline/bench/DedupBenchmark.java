package io.storyline.bench;

import static org.apache.spark.sql.functions.col;

import io.storyline.config.Settings;
import io.storyline.dedup.DedupStage;
import io.storyline.dedup.Shingler;
import io.storyline.spark.Caches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code bench dedup}: our stage against Spark MLlib's {@code MinHashLSH.approxSimilarityJoin}
 * at the same threshold, on the same documents and the same shingles, in one process. Recall is
 * over the generator's known near-duplicate pairs (republications whose exact Jaccard is at or
 * above the threshold); an all-pairs truth is out of reach at 100k documents.
 */
public final class DedupBenchmark {
    private DedupBenchmark() {}

    /** One method's figures; seconds is null when it did not finish within the time limit. */
    public record Method(Double seconds, double recall, long pairs, long peakHeapBytes) {}

    /** @param mllib null when MLlib was skipped (mllibTables = 0) */
    public record Figures(long docs, long goldPairs, Method storyline, Method mllib, int mllibTables, long peakRssBytes) {
        public Double ratio() {
            return mllib == null || mllib.seconds() == null ? null : mllib.seconds() / storyline.seconds();
        }
    }

    public static Figures run(SparkSession spark, Settings settings, Path synthDir, int mllibTables, long mllibTimeoutSeconds)
            throws Exception {
        Dataset<Row> documents = SyntheticDocuments.load(spark, synthDir).cache();
        long docs = documents.count();
        double threshold = settings.dedup().threshold();
        Set<String> gold = goldPairs(spark, synthDir, documents, threshold);

        Method ours;
        try (HeapSampler heap = new HeapSampler()) {
            long started = System.nanoTime();
            Caches caches = new Caches();
            List<Row> groups = new DedupStage(settings.dedup()).run(documents, caches).nearDuplicates()
                    .select("doc_id", "group_id").collectAsList();
            caches.release();
            double seconds = (System.nanoTime() - started) / 1e9;
            Set<String> pairs = pairsOfGroups(groups);
            ours = new Method(seconds, recall(gold, pairs), pairs.size(), heap.peakBytes());
        }

        if (mllibTables == 0) {
            documents.unpersist();
            return new Figures(docs, gold.size(), ours, null, 0, PeakMemory.peakRssBytes());
        }
        Method mllib;
        try (HeapSampler heap = new HeapSampler()) {
            long started = System.nanoTime();
            ExecutorService executor = Executors.newSingleThreadExecutor();
            String group = "storyline-bench-mllib";
            Future<List<Row>> join = executor.submit(() -> {
                spark.sparkContext().setJobGroup(group, "MinHashLSH approxSimilarityJoin", true);
                return mllibPairs(spark, documents, threshold, mllibTables, settings.dedup().seed());
            });
            Double seconds;
            Set<String> pairs = new HashSet<>();
            try {
                for (Row row : join.get(mllibTimeoutSeconds, TimeUnit.SECONDS)) {
                    pairs.add(pair(row.getString(0), row.getString(1)));
                }
                seconds = (System.nanoTime() - started) / 1e9;
            } catch (TimeoutException e) {
                spark.sparkContext().cancelJobGroup(group);
                seconds = null;
            } finally {
                executor.shutdownNow();
            }
            mllib = new Method(seconds, seconds == null ? Double.NaN : recall(gold, pairs), pairs.size(), heap.peakBytes());
        }
        documents.unpersist();
        return new Figures(docs, gold.size(), ours, mllib, mllibTables, PeakMemory.peakRssBytes());
    }

    /**
     * The fairest vectorisation we know for MLlib: the same shingle hashes as our stage, folded to
     * 30 bits as sparse binary feature indexes (MinHashLSH needs int indexes below its prime).
     */
    static List<Row> mllibPairs(SparkSession spark, Dataset<Row> documents, double threshold, int tables, long seed) {
        StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("features", SQLDataTypes.VectorType());
        Dataset<Row> vectors = spark.createDataFrame(documents.select("doc_id", "text", "lang").javaRDD().mapPartitions(rows -> {
            Shingler shingler = new Shingler();
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                int[] indexes = Arrays.stream(shingler.shingles(row.getString(1), row.getString(2)))
                        .mapToInt(h -> (int) (h >>> 34)).distinct().sorted().toArray();
                if (indexes.length > 0) {
                    double[] ones = new double[indexes.length];
                    Arrays.fill(ones, 1.0);
                    out.add(RowFactory.create(row.getString(0), Vectors.sparse(1 << 30, indexes, ones)));
                }
            }
            return out.iterator();
        }), schema).cache();
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setSeed(seed)
                .setInputCol("features").setOutputCol("hashes").fit(vectors);
        return model.approxSimilarityJoin(vectors, vectors, 1.0 - threshold, "distance")
                .filter(col("datasetA.doc_id").lt(col("datasetB.doc_id")))
                .select(col("datasetA.doc_id"), col("datasetB.doc_id")).collectAsList();
    }

    /** Generator pairs (original, copy) with exact Jaccard ≥ threshold, as doc_id pairs. */
    private static Set<String> goldPairs(SparkSession spark, Path synthDir, Dataset<Row> documents, double threshold) {
        Map<String, String> idOfUrl = new HashMap<>();
        documents.select("url", "doc_id").collectAsList().forEach(r -> idOfUrl.put(r.getString(0), r.getString(1)));
        Set<String> gold = new HashSet<>();
        for (Row row : spark.read().json(synthDir.resolve("gold/near_duplicates.jsonl").toString())
                .filter(col("kind").isin("near", "exact").and(col("jaccard").geq(threshold)))
                .select("original", "copy").collectAsList()) {
            String a = idOfUrl.get(row.getString(0));
            String b = idOfUrl.get(row.getString(1));
            if (a != null && b != null && !a.equals(b)) {
                gold.add(pair(a, b));
            }
        }
        return gold;
    }

    private static Set<String> pairsOfGroups(List<Row> rows) {
        Map<String, List<String>> groups = new HashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(0)));
        Set<String> pairs = new HashSet<>();
        for (List<String> members : groups.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    pairs.add(pair(members.get(i), members.get(j)));
                }
            }
        }
        return pairs;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static double recall(Set<String> gold, Set<String> found) {
        return gold.isEmpty() ? 1.0 : gold.stream().filter(found::contains).count() / (double) gold.size();
    }
}
