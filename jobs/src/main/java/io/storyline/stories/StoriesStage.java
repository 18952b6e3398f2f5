package io.storyline.stories;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.storyline.config.Settings;
import io.storyline.dedup.ConnectedComponents;
import io.storyline.schema.StoriesTable;
import io.storyline.schema.StoryArticlesTable;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The stories stage: {@code documents} + {@code mentions} + {@code near_duplicates} in,
 * {@code story_articles} and {@code stories} out.
 *
 * <p>Near-duplicate groups collapse to their representative. Each representative gets features
 * ({@link Features}) and a TF-IDF vector over the whole input ({@link StoryVector}); blocking on
 * its rarest features gives candidate pairs within the time window ({@link Blocking}); pairs at or
 * above the edge threshold make a graph whose connected components are clustered one by one
 * ({@link StoryClusterer}). Members of a near-duplicate group inherit their representative's story.
 * The output depends only on the set of input rows: every order that matters is a sort.
 */
public final class StoriesStage {
    /** Top entities kept per story. */
    static final int TOP_ENTITIES = 5;

    /** How much an oversized component's edge threshold rises per cut. */
    static final double CUT_STEP = 0.05;

    /** Cuts stop here: pairs this similar are the same story whatever the component's size. */
    static final double MAX_CUT = 0.9;

    /** What the stage produced, with the counts the manifest and the log report. */
    public record Result(Dataset<Row> storyArticles, Dataset<Row> stories, long representatives, long candidatePairs,
                         long edges) {}

    /** A representative with its feature counts, before weighting. */
    record Counted(long key, long time, String lang, Features.Counts counts) implements Serializable {}

    private static final StructType FEATURE_ROWS = new StructType()
            .add("doc", DataTypes.LongType, false)
            .add("time", DataTypes.LongType, false)
            .add("lang", DataTypes.StringType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("tfs", DataTypes.createArrayType(DataTypes.FloatType, false), false);

    private static final StructType ASSIGNMENTS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("story_id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false);

    private static final Logger LOG = LoggerFactory.getLogger(StoriesStage.class);

    private final SparkSession spark;
    private final Settings.Stories settings;

    public StoriesStage(SparkSession spark, Settings.Stories settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /**
     * @param documents the documents table
     * @param mentions the mentions table (doc_id, entity_id, type, base_form at least)
     * @param nearDuplicates the near_duplicates table
     */
    public Result run(Dataset<Row> documents, Dataset<Row> mentions, Dataset<Row> nearDuplicates) {
        Settings.Stories s = settings;
        Dataset<Row> members = nearDuplicates.filter(col("doc_id").notEqual(col("representative_doc_id")))
                .select("doc_id", "representative_doc_id");
        Dataset<Row> representatives = documents.select("doc_id", "lang", "title", "text", "event_time")
                .join(members.select("doc_id"), documents.col("doc_id").equalTo(members.col("doc_id")), "left_anti");
        Dataset<Row> entities = entityEvidence(documents, mentions);
        JavaRDD<Counted> counted = representatives.join(entities, representatives.col("doc_id").equalTo(entities.col("doc_id")), "left")
                .select(representatives.col("doc_id"), col("lang"), col("title"), col("text"), col("event_time"),
                        col("cross"), col("local"), col("persons"))
                .javaRDD()
                .map(StoriesStage::countFeatures)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long docs = counted.count();
        LOG.info("stories: features of {} representatives", docs);

        JavaRDD<Blocking.Doc> weighted = weigh(counted, docs).persist(StorageLevel.MEMORY_AND_DISK());
        Similarity similarity = new Similarity(s);
        Blocking blocking = new Blocking(similarity.windowSeconds(), s.blockSize());
        Map<Blocking.BlockKey, Integer> salts = new HashMap<>(weighted
                .flatMap(d -> blocking.hotBuckets(d).iterator())
                .mapToPair(k -> new Tuple2<>(k, 1L))
                .reduceByKey(Long::sum)
                .filter(e -> e._2() > s.blockSize())
                .mapValues(blocking::subBlocks)
                .collectAsMap());
        Broadcast<Map<Blocking.BlockKey, Integer>> saltsB = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(salts);
        counted.unpersist();

        // Candidate pairs are scored and filtered in one pass, never kept: only edges are. The
        // accumulator counts them for the log and the manifest (a retried task would count twice).
        LongAccumulator candidates = spark.sparkContext().longAccumulator("stories candidate pairs");
        double edgeThreshold = s.edgeThreshold();
        JavaRDD<StoryClusterer.Edge> edges = weighted
                .flatMapToPair(d -> blocking.place(d, saltsB.value()).stream()
                        .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .groupByKey()
                .flatMap(block -> {
                    List<Blocking.Item> items = new ArrayList<>();
                    block._2().forEach(items::add);
                    List<StoryClusterer.Edge> kept = new ArrayList<>();
                    List<Blocking.Item[]> pairs = blocking.pairs(block._1().feature(), items);
                    for (Blocking.Item[] p : pairs) {
                        Blocking.Doc a = p[0].doc();
                        Blocking.Doc b = p[1].doc();
                        double sim = similarity.pair(a.vector(), a.lang(), a.time(), b.vector(), b.lang(), b.time());
                        if (sim >= edgeThreshold) {
                            kept.add(new StoryClusterer.Edge(a.key(), b.key(), sim));
                        }
                    }
                    candidates.add(pairs.size());
                    return kept.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        long edgeCount = edges.count();
        long candidateCount = candidates.value();
        LOG.info("stories: {} candidate pairs from {} hot blocks salted -> {} edges", candidateCount, salts.size(), edgeCount);

        JavaRDD<StoryClusterer.Assignment> assignments = cluster(weighted, edges, similarity);
        weighted.unpersist();
        edges.unpersist();
        Dataset<Row> assigned = spark.createDataFrame(assignments.map(a -> RowFactory.create(hex(a.key()), hex(a.storyKey()), a.score())),
                ASSIGNMENTS);
        Dataset<Row> storyArticles = storyArticles(documents, representatives.select("doc_id"), members, assigned);
        Dataset<Row> stories = stories(documents, mentions, storyArticles);
        return new Result(storyArticles, stories, docs, candidateCount, edgeCount);
    }

    /**
     * Per document, its mentions' entity keys split into those the input has in two or more
     * languages ({@code cross}) and those it has in one ({@code local}), and its persons' base forms
     * (persons count by the sound of their surname: Фоглер and Vogler, which entity keys may not link).
     */
    private static Dataset<Row> entityEvidence(Dataset<Row> documents, Dataset<Row> mentions) {
        Dataset<Row> languages = mentions.select("doc_id", "entity_id").join(documents.select("doc_id", "lang"), "doc_id")
                .groupBy("entity_id").agg(countDistinct("lang").as("languages"));
        Column person = col("type").equalTo("PER");
        Column crossLingual = col("languages").geq(2).and(person.unary_$bang());
        Column local = col("languages").lt(2).and(person.unary_$bang());
        return mentions.select("doc_id", "entity_id", "type", "base_form").join(languages, "entity_id")
                .groupBy("doc_id").agg(
                        collect_list(when(crossLingual, col("entity_id"))).as("cross"),
                        collect_list(when(local, col("entity_id"))).as("local"),
                        collect_list(when(col("type").equalTo("PER"), col("base_form"))).as("persons"));
    }

    private static Counted countFeatures(Row row) {
        List<String> cross = row.isNullAt(5) ? List.of() : row.getList(5);
        List<String> local = row.isNullAt(6) ? List.of() : row.getList(6);
        List<String> persons = row.isNullAt(7) ? List.of() : row.getList(7);
        Instant time = row.getAs(4);
        Features.Counts counts = Features.of(row.getString(1), row.getString(2), row.getString(3), cross, local, persons);
        return new Counted(idOf(row.getString(0)), time.getEpochSecond(), row.getString(1), counts);
    }

    /** TF-IDF vectors: document frequencies over all representatives, joined back to each feature. */
    private JavaRDD<Blocking.Doc> weigh(JavaRDD<Counted> counted, long docs) {
        Dataset<Row> features = spark.createDataFrame(counted.map(c -> RowFactory.create(c.key(), c.time(), c.lang(),
                c.counts().keys(), c.counts().tf())), FEATURE_ROWS);
        Dataset<Row> exploded = features.select(col("doc"), explode(arrays_zip(col("keys"), col("tfs"))).as("f"))
                .select(col("doc"), col("f.keys").as("key"), col("f.tfs").as("tf"));
        Dataset<Row> df = exploded.groupBy("key").agg(count(lit(1)).as("df"));
        Dataset<Row> perDoc = exploded.join(df, "key")
                .groupBy("doc").agg(collect_list(struct(col("key"), col("tf"), col("df"))).as("features"));
        Dataset<Row> joined = features.select("doc", "time", "lang").join(perDoc, "doc");
        int vectorSize = settings.vectorSize();
        int blockingFeatures = settings.blockingFeatures();
        int blockSize = settings.blockSize();
        return joined.javaRDD().map(row -> {
            List<Row> fs = new ArrayList<>(row.getList(3));
            fs.sort((a, b) -> Long.compare(a.getLong(0), b.getLong(0)));
            long[] keys = new long[fs.size()];
            float[] tf = new float[fs.size()];
            long[] dfs = new long[fs.size()];
            Map<Long, Long> dfOf = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                keys[i] = fs.get(i).getLong(0);
                tf[i] = fs.get(i).getFloat(1);
                dfs[i] = fs.get(i).getLong(2);
                dfOf.put(keys[i], dfs[i]);
            }
            StoryVector v = StoryVector.of(new Features.Counts(keys, tf), dfs, docs, vectorSize);
            long[] block = Blocking.choose(v, blockingFeatures);
            boolean[] hot = new boolean[block.length];
            for (int i = 0; i < block.length; i++) {
                hot[i] = dfOf.get(block[i]) > blockSize;
            }
            return new Blocking.Doc(row.getLong(0), row.getLong(1), row.getString(2), v, block, hot);
        });
    }

    /**
     * Connected components of the edges, each clustered on its own; articles without edges are not
     * returned. The assignments come back persisted and computed (one small row per article). A
     * component larger than {@code max-component} is one task's work and memory, so it is cut
     * first: its weakest edges are dropped, threshold step by threshold step, until every piece
     * fits (see {@link #splitOversized}).
     */
    private JavaRDD<StoryClusterer.Assignment> cluster(JavaRDD<Blocking.Doc> weighted, JavaRDD<StoryClusterer.Edge> edges,
                                                       Similarity similarity) {
        JavaPairRDD<Long, Long> labels = splitOversized(edges);
        // An edge stays when both ends are in one component (a cut drops the edges between pieces).
        JavaPairRDD<Long, StoryClusterer.Edge> edgesByComponent = edges.mapToPair(e -> new Tuple2<>(e.a(), e))
                .join(labels)
                .mapToPair(e -> new Tuple2<>(e._2()._1().b(), new Tuple2<>(e._2()._1(), e._2()._2())))
                .join(labels)
                .filter(e -> e._2()._1()._2().equals(e._2()._2()))
                .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()._1()));
        JavaPairRDD<Long, StoryClusterer.Member> membersByComponent = labels
                .join(weighted.mapToPair(d -> new Tuple2<>(d.key(), d)))
                .mapToPair(e -> new Tuple2<>(e._2()._1(), new StoryClusterer.Member(e._1(), e._2()._2().time(),
                        e._2()._2().lang(), e._2()._2().vector())));
        StoryClusterer clusterer = new StoryClusterer(similarity, settings.joinThreshold(), settings.mergeThreshold());
        JavaRDD<StoryClusterer.Assignment> assignments = membersByComponent.cogroup(edgesByComponent).flatMap(component -> {
            List<StoryClusterer.Member> ms = new ArrayList<>();
            component._2()._1().forEach(ms::add);
            List<StoryClusterer.Edge> es = new ArrayList<>();
            component._2()._2().forEach(es::add);
            return clusterer.cluster(ms, es).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        // Kept and counted here: both output tables derive from the assignments, and once they
        // exist the components (GraphX and every cut round) need not be kept or recomputed.
        long clustered = assignments.count();
        labels.unpersist();
        LOG.info("stories: {} articles with edges clustered", clustered);
        return assignments;
    }

    /**
     * (article, component) for every article with an edge, no component above {@code max-component}
     * articles. An oversized component is re-labelled from its own edges at a threshold raised by
     * {@link #CUT_STEP}, again until it fits or only near-identical pairs would remain; articles
     * left without an edge become components of one. The cut depends only on the set of edges.
     */
    private JavaPairRDD<Long, Long> splitOversized(JavaRDD<StoryClusterer.Edge> edges) {
        JavaPairRDD<Long, Long> labels = ConnectedComponents.label(edges.mapToPair(e -> new Tuple2<>(e.a(), e.b())), Settings.ComponentsMethod.GRAPHX)
                .persist(StorageLevel.MEMORY_AND_DISK());
        int maxComponent = settings.maxComponent();
        double threshold = settings.edgeThreshold();
        while (true) {
            JavaPairRDD<Long, Long> sizes = labels.mapToPair(l -> new Tuple2<>(l._2(), 1L)).reduceByKey(Long::sum);
            long largest = sizes.values().fold(0L, Math::max);
            Map<Long, Long> oversized = new HashMap<>(sizes.filter(c -> c._2() > maxComponent).collectAsMap());
            LOG.info("stories: {} components at edge threshold {}, largest {} articles, {} above {}", sizes.count(),
                    String.format(Locale.ROOT, "%.2f", threshold), largest, oversized.size(), maxComponent);
            threshold += CUT_STEP;
            if (oversized.isEmpty() || threshold > MAX_CUT) {
                return labels;
            }
            Broadcast<Map<Long, Long>> cut = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(oversized);
            double t = threshold;
            JavaPairRDD<Long, Long> kept = edges.filter(e -> e.similarity() >= t)
                    .mapToPair(e -> new Tuple2<>(e.a(), e.b()))
                    .join(labels)
                    .filter(e -> cut.value().containsKey(e._2()._2()))
                    .mapToPair(e -> new Tuple2<>(e._1(), e._2()._1()));
            JavaPairRDD<Long, Long> relabelled = ConnectedComponents.label(kept, Settings.ComponentsMethod.GRAPHX);
            JavaPairRDD<Long, Long> next = labels.leftOuterJoin(relabelled)
                    .mapToPair(l -> cut.value().containsKey(l._2()._1())
                            ? new Tuple2<>(l._1(), l._2()._2().orElse(l._1()))
                            : new Tuple2<>(l._1(), l._2()._1()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            next.count();
            labels.unpersist();
            cut.unpersist();
            labels = next;
        }
    }

    /**
     * Every document with its story: representatives as clustered (alone: a story of their own),
     * near-duplicate members with their representative's story and score. The story's
     * representative is its most central article, English first among near ties (scores rounded
     * to two decimals), then the earliest.
     */
    private static Dataset<Row> storyArticles(Dataset<Row> documents, Dataset<Row> representatives, Dataset<Row> members,
                                              Dataset<Row> assigned) {
        Dataset<Row> reps = representatives.join(assigned, "doc_id", "left")
                .select(col("doc_id"), coalesce(col("story_id"), col("doc_id")).as("story_id"),
                        coalesce(col("score"), lit(1.0)).as("score"));
        Dataset<Row> inherited = members.join(reps.withColumnRenamed("doc_id", "representative_doc_id"), "representative_doc_id")
                .select("doc_id", "story_id", "score");
        Dataset<Row> all = reps.unionByName(inherited)
                .join(documents.select("doc_id", "lang", "source", "event_time"), "doc_id");
        Column english = when(col("lang").equalTo("en"), lit(0)).otherwise(lit(1));
        Dataset<Row> ranked = all.withColumn("rank", row_number().over(Window.partitionBy("story_id")
                .orderBy(round(col("score"), 2).desc(), english, col("score").desc(), col("event_time"), col("doc_id"))));
        return ranked.select(col("story_id"), col("doc_id"), col("lang"), col("source"), col("event_time"),
                col("rank").equalTo(1).as("is_representative"), col("score"))
                .select(columns(StoryArticlesTable.SCHEMA));
    }

    private static Dataset<Row> stories(Dataset<Row> documents, Dataset<Row> mentions, Dataset<Row> storyArticles) {
        Dataset<Row> summary = storyArticles.groupBy("story_id").agg(
                min("event_time").as("first_seen"), max("event_time").as("last_seen"),
                count(lit(1)).cast(DataTypes.IntegerType).as("article_count"),
                countDistinct("source").cast(DataTypes.IntegerType).as("source_count"),
                array_sort(collect_set("lang")).as("languages"),
                first(when(col("is_representative"), col("doc_id")), true).as("representative_doc_id"));
        Dataset<Row> titled = summary.join(documents.select(col("doc_id").as("representative_doc_id"), col("title")),
                "representative_doc_id");
        return titled.join(topEntities(mentions, storyArticles), "story_id", "left")
                .withColumn("top_entities", coalesce(col("top_entities"), array().cast(
                        DataTypes.createArrayType(StoriesTable.TOP_ENTITY, false))))
                .select(columns(StoriesTable.SCHEMA));
    }

    /**
     * The entities most articles of a story mention: per story, entity_id with the number of its
     * articles naming it, its most frequent Latin-script base form (else the most frequent one) as
     * the name, and that form's type.
     */
    private static Dataset<Row> topEntities(Dataset<Row> mentions, Dataset<Row> storyArticles) {
        Dataset<Row> inStories = mentions.select("doc_id", "entity_id", "type", "base_form")
                .join(storyArticles.select("doc_id", "story_id"), "doc_id");
        Dataset<Row> counts = inStories.groupBy("story_id", "entity_id").agg(countDistinct("doc_id").as("count"));
        Column latin = when(col("base_form").rlike("^[\\p{IsLatin}\\p{Zs}.'\\-]+$"), lit(0)).otherwise(lit(1));
        Dataset<Row> names = inStories.groupBy("story_id", "entity_id", "base_form", "type").agg(count(lit(1)).as("n"))
                .withColumn("latin", latin)
                .withColumn("r", row_number().over(Window.partitionBy("story_id", "entity_id")
                        .orderBy(col("latin"), col("n").desc(), col("base_form"), col("type"))))
                .filter(col("r").equalTo(1))
                .select(col("story_id"), col("entity_id"), col("base_form").as("name"), col("type"));
        Dataset<Row> ranked = counts.join(names, scala.collection.JavaConverters.asScalaBuffer(
                        List.of("story_id", "entity_id")).toSeq())
                .withColumn("r", row_number().over(Window.partitionBy("story_id").orderBy(col("count").desc(), col("entity_id"))))
                .filter(col("r").leq(TOP_ENTITIES));
        // Sorted by (-count, entity_id), then the sort key dropped.
        return ranked.groupBy("story_id").agg(array_sort(collect_list(struct(
                        col("count").multiply(-1).as("order"), col("entity_id"), col("name"), col("type"), col("count"))))
                        .as("sorted"))
                .selectExpr("story_id", "transform(sorted, e -> named_struct('entity_id', e.entity_id, 'name', e.name, "
                        + "'type', e.type, 'count', e.count)) as top_entities");
    }

    private static Column[] columns(StructType schema) {
        return Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
    }

    static long idOf(String docId) {
        return Long.parseUnsignedLong(docId, 16);
    }

    static String hex(long key) {
        return String.format(Locale.ROOT, "%016x", key);
    }
}
