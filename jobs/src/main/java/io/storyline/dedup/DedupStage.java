package io.storyline.dedup;

import static org.apache.spark.sql.functions.col;

import io.storyline.config.Settings;
import io.storyline.pipeline.Plan;
import io.storyline.pipeline.Stage;
import io.storyline.pipeline.StageInputs;
import io.storyline.pipeline.StageSpec;
import io.storyline.pipeline.StageSummary;
import io.storyline.pipeline.TableInput;
import io.storyline.pipeline.TableOutput;
import io.storyline.pipeline.Write;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.spark.Caches;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The dedup stage: {@code documents} in, {@code near_duplicates} out.
 *
 * <p>Each document gets a MinHash signature of its shingles; LSH band keys make candidate pairs;
 * each pair is screened on its signatures and then checked on its exact shingle Jaccard before it
 * becomes an edge; connected components of the edges make groups; and a chaining guard keeps in a
 * group only the members that are themselves near-duplicates of its representative (the earliest
 * article, ties broken by doc_id). {@code similarity} is the exact Jaccard to the representative.
 */
public record DedupStage(Settings.Dedup settings) implements Stage<DedupStage.Summary> {
    private static final StageSpec SPEC = new StageSpec("dedup",
            List.of(TableInput.required(DocumentsTable.NAME, DocumentsTable.SCHEMA, "ingest")),
            List.of(TableOutput.replaceRows(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA)));

    /** A document's shingles and their signature, keyed by its doc_id as a number. */
    record Signed(long id, long eventMicros, long[] shingles, long[] signature) implements Serializable {}

    // Candidates whose signatures estimate a Jaccard this far below the threshold are dropped before
    // the exact check: four standard errors of a 128-permutation estimate at 0.8, so no true pair is lost.
    static final double SIGNATURE_SLACK = 0.15;

    public record Result(Dataset<Row> nearDuplicates, long candidatePairs, long edges) {}

    /** What a dedup run wrote: documents compared, the groups and their members, and the pairs on the way. */
    public record Summary(long documents, long groups, long members, long candidatePairs, long edges) implements StageSummary {
        @Override
        public Report report() {
            return new Report(documents, documents + " documents, " + candidatePairs + " candidate pairs, " + edges
                    + " verified edges -> " + groups + " groups of " + members + " documents", Map.of(NearDuplicatesTable.NAME, members),
                    List.of(new SummaryLine("near-dups", String.format(Locale.ROOT, "%,d groups holding %,d of %,d documents",
                            groups, members, documents))));
        }
    }


    @Override
    public StageSpec spec() {
        return SPEC;
    }

    /** The documents in scope are grouped anew; a daily run keeps the groups of documents outside its span. */
    @Override
    public Plan<Summary> plan(StageInputs in) {
        Dataset<Row> documents = in.documentsInScope();
        Result result = run(documents, in.caches());
        Dataset<Row> nearDuplicates = result.nearDuplicates().repartition(col("group_id"))
                .sortWithinPartitions("group_id", "doc_id");
        Write write = in.scope() == null ? Write.all(NearDuplicatesTable.NAME, nearDuplicates)
                : Write.rows(NearDuplicatesTable.NAME, nearDuplicates, "doc_id", output -> documents);
        return new Plan<>(List.of(write), output -> {
            Dataset<Row> written = output.read(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA);
            return new Summary(documents.count(), written.select("group_id").distinct().count(), written.count(),
                    result.candidatePairs(), result.edges());
        });
    }

    /**
     * @param documents rows with at least doc_id, text, lang and event_time
     * @param caches where the signed documents and the edges are kept until the groups are written
     */
    public Result run(Dataset<Row> documents, Caches caches) {
        Settings.Dedup s = settings;
        // Banding targets a lower threshold than the verification, so that pairs just above the
        // threshold are still candidates (P = 0.998 at 0.8 for the defaults), and exact Jaccard decides.
        LshBanding banding = LshBanding.forThreshold(s.candidateThreshold(), s.permutations());
        Shingler shingler = new Shingler();
        MinHasher hasher = new MinHasher(s.permutations(), s.seed());
        JavaRDD<Row> rows = documents.select("doc_id", "text", "lang", "event_time").javaRDD();
        int parallelism = documents.sparkSession().sparkContext().defaultParallelism();
        // Partitioned by id once and kept: the joins below then shuffle only their small side
        // (candidate pairs, labels), never every document's shingles again.
        JavaPairRDD<Long, Signed> byId = caches.keep(rows
                .map(row -> sign(row, shingler, hasher))
                // No shingles (no text to compare): the document is its own group.
                .filter(d -> d != null)
                .mapToPair(d -> new Tuple2<>(d.id(), d))
                .partitionBy(new HashPartitioner(Math.max(rows.getNumPartitions(), parallelism))));
        JavaRDD<Signed> signed = byId.values();

        // Kept only until the edges are counted: the edges are kept, and nothing reads the pairs after.
        JavaPairRDD<Long, Long> candidates = candidatePairs(signed, banding, s.maxBucketSize())
                .persist(StorageLevel.MEMORY_AND_DISK());
        double threshold = s.threshold();
        JavaPairRDD<Long, Long> edges = caches.keep(candidates
                .join(byId)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                .join(byId)
                .filter(e -> isEdge(e._2()._1(), e._2()._2(), threshold))
                .mapToPair(e -> new Tuple2<>(e._2()._1().id(), e._1())));
        long candidateCount = candidates.count();
        long edgeCount = edges.count();
        candidates.unpersist();

        JavaPairRDD<Long, Long> labels = caches.keep(ConnectedComponents.label(edges, s.components()));
        JavaRDD<Row> groups = labels
                .join(byId)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                .groupByKey()
                .flatMap(group -> guardedGroup(group._2(), threshold).iterator());
        Dataset<Row> nearDuplicates = documents.sparkSession().createDataFrame(groups, NearDuplicatesTable.SCHEMA);
        return new Result(nearDuplicates, candidateCount, edgeCount);
    }

    /** A document row (doc_id, text, lang, event_time) signed, or null when it has no shingles. */
    static Signed sign(Row row, Shingler shingler, MinHasher hasher) {
        long[] shingles = shingler.shingles(row.getAs("text"), row.getAs("lang"));
        long[] signature = hasher.signature(shingles);
        if (MinHasher.isEmpty(signature)) {
            return null;
        }
        Instant eventTime = row.getAs("event_time");
        return new Signed(idOf(row.getAs("doc_id")), micros(eventTime), shingles, signature);
    }

    /**
     * A candidate pair is an edge when its exact shingle Jaccard reaches the threshold. The
     * signatures screen first: the estimate is cheap, the exact intersection is not.
     */
    static boolean isEdge(Signed a, Signed b, double threshold) {
        return MinHasher.estimatedJaccard(a.signature(), b.signature()) >= threshold - SIGNATURE_SLACK
                && Shingler.exactJaccard(a.shingles(), b.shingles()) >= threshold;
    }

    /**
     * Pairs of documents sharing a band key. A bucket larger than {@code maxBucket} (template-only
     * pages, boilerplate notices) links each member to the bucket's smallest id only: linear, not
     * quadratic, so one hot bucket cannot blow up a task, and members stay reachable.
     */
    static JavaPairRDD<Long, Long> candidatePairs(JavaRDD<Signed> signed, LshBanding banding, int maxBucket) {
        return signed.flatMapToPair(d -> {
                    long[] keys = banding.bandKeys(d.signature());
                    List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
                    for (long key : keys) {
                        out.add(new Tuple2<>(key, d.id()));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(bucket -> pairsOf(bucket._2(), maxBucket).iterator())
                .distinct();
    }

    static List<Tuple2<Long, Long>> pairsOf(Iterable<Long> bucket, int maxBucket) {
        List<Long> ids = new ArrayList<>();
        bucket.forEach(ids::add);
        if (ids.size() < 2) {
            return List.of();
        }
        Collections.sort(ids);
        List<Tuple2<Long, Long>> pairs = new ArrayList<>();
        if (ids.size() > maxBucket) {
            for (int i = 1; i < ids.size(); i++) {
                pairs.add(new Tuple2<>(ids.get(0), ids.get(i)));
            }
            return pairs;
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                pairs.add(new Tuple2<>(ids.get(i), ids.get(j)));
            }
        }
        return pairs;
    }

    /**
     * The chaining guard: the representative is the earliest member (ties by id); a member stays
     * only if its own signature is a near-duplicate of the representative's, so no group is held
     * together by a chain of pairs whose ends differ. Members that fail become singletons.
     */
    static List<Row> guardedGroup(Iterable<Signed> members, double threshold) {
        List<Signed> all = new ArrayList<>();
        members.forEach(all::add);
        all.sort((a, b) -> a.eventMicros() != b.eventMicros() ? Long.compare(a.eventMicros(), b.eventMicros())
                : Long.compareUnsigned(a.id(), b.id()));
        Signed representative = all.get(0);
        List<Signed> kept = new ArrayList<>();
        List<Double> similarity = new ArrayList<>();
        for (Signed member : all) {
            double j = member == representative ? 1.0
                    : Shingler.exactJaccard(member.shingles(), representative.shingles());
            if (j >= threshold) {
                kept.add(member);
                similarity.add(j);
            }
        }
        if (kept.size() < 2) {
            return List.of();
        }
        String rep = hex(representative.id());
        List<Row> rows = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            rows.add(RowFactory.create(hex(kept.get(i).id()), rep, rep, kept.size(), similarity.get(i)));
        }
        return rows;
    }

    static long idOf(String docId) {
        return Long.parseUnsignedLong(docId, 16);
    }

    static String hex(long id) {
        return String.format(Locale.ROOT, "%016x", id);
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }
}
