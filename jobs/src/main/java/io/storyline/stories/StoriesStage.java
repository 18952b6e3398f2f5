package io.storyline.stories;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.storyline.config.Settings;
import io.storyline.dedup.ConnectedComponents;
import io.storyline.embed.SentenceEncoder;
import io.storyline.pipeline.Plan;
import io.storyline.pipeline.Stage;
import io.storyline.pipeline.StageInputs;
import io.storyline.pipeline.StageSpec;
import io.storyline.pipeline.StageSummary;
import io.storyline.pipeline.TableInput;
import io.storyline.pipeline.TableOutput;
import io.storyline.pipeline.Write;
import io.storyline.schema.ArticleVectorsTable;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.MentionsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.schema.StoriesTable;
import io.storyline.schema.StoryArticlesTable;
import io.storyline.spark.Caches;
import io.storyline.spark.PartitionLookup;
import io.storyline.spark.TableStore;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
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
public record StoriesStage(Settings.Stories settings) implements Stage<StoriesStage.Summary> {
    /** Stories first: a daily run reads the previous story_articles to know which stories it replaces. */
    private static final StageSpec SPEC = new StageSpec("stories",
            List.of(TableInput.required(DocumentsTable.NAME, DocumentsTable.SCHEMA, "ingest"),
                    TableInput.optional(MentionsTable.NAME, MentionsTable.SCHEMA, "tag", "stories use no entity evidence"),
                    TableInput.optional(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA, "dedup", "no near-duplicate collapsing")),
            List.of(TableOutput.replaceRows(StoriesTable.NAME, StoriesTable.SCHEMA),
                    TableOutput.replaceRows(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA),
                    TableOutput.replaceRows(ArticleVectorsTable.NAME, ArticleVectorsTable.SCHEMA)));

    /** Top entities kept per story. */
    static final int TOP_ENTITIES = 5;

    /** Stories listed in a run's summary. */
    static final int TOP_STORIES = 5;

    /** How much an oversized component's edge threshold rises per cut. */
    static final double CUT_STEP = 0.05;

    /** Cuts stop here: pairs this similar are the same story whatever the component's size. */
    static final double MAX_CUT = 0.9;

    /** What the stage produced, with the counts the manifest and the log report. */
    public record Result(Dataset<Row> storyArticles, Dataset<Row> stories, Dataset<Row> vectors, long representatives,
                         long candidatePairs, long edges) {}

    /** A story for the summary: its title, size, languages and sources. */
    public record TopStory(String title, int articles, List<String> languages, List<String> sources) {}

    /** What a stories run wrote, what it counted on the way, and its largest stories. */
    public record Summary(long documents, long representatives, long candidatePairs, long edges, long stories,
                          long multiArticle, long multiLanguage, long vectors, List<TopStory> top) implements StageSummary {
        @Override
        public Report report() {
            List<SummaryLine> lines = new ArrayList<>();
            lines.add(new SummaryLine("stories", String.format(Locale.ROOT,
                    "%,d from %,d documents: %,d with 2+ articles, %,d of them in 2+ languages", stories, documents, multiArticle,
                    multiLanguage)));
            for (TopStory story : top) {
                String title = story.title() == null ? "(no title)" : story.title();
                lines.add(new SummaryLine(null, String.format(Locale.ROOT, "  %3d  %s%n       languages %s; sources %s",
                        story.articles(), title.length() > 90 ? title.substring(0, 89) + "…" : title,
                        String.join(", ", story.languages()), String.join(", ", story.sources()))));
            }
            return new Report(documents, documents + " documents (" + representatives + " representatives), " + candidatePairs
                    + " candidate pairs, " + edges + " edges -> " + stories + " stories (" + multiArticle + " with 2+ articles)",
                    Map.of(StoryArticlesTable.NAME, documents, StoriesTable.NAME, stories, ArticleVectorsTable.NAME, vectors), lines);
        }
    }

    /**
     * A representative with its feature counts, before weighting, and its encoder vector (null: none)
     * with its key in {@code article_vectors}; {@code embedded} says whether this run computed it.
     */
    record Counted(long key, long time, String lang, Features.Counts counts, byte[] embedding, String vectorKey,
                   boolean embedded) implements Serializable {}

    /** An edge with the component of its first article, on its way to its second's. */
    private record EdgeFrom(long component, StoryClusterer.Edge edge) implements Serializable {}

    private static final StructType FEATURE_ROWS = new StructType()
            .add("doc", DataTypes.LongType, false)
            .add("time", DataTypes.LongType, false)
            .add("lang", DataTypes.StringType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("tfs", DataTypes.createArrayType(DataTypes.FloatType, false), false)
            .add("embedding", DataTypes.BinaryType, true);

    private static final StructType ASSIGNMENTS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("story_id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false);

    private static final Logger LOG = LoggerFactory.getLogger(StoriesStage.class);

    @Override
    public StageSpec spec() {
        return SPEC;
    }

    @Override
    public Plan<Summary> plan(StageInputs in) {
        Dataset<Row> documents = in.documentsInScope();
        Dataset<Row> inScope = documents.select("doc_id");
        Dataset<Row> mentions = in.mentionsOf(documents);
        Dataset<Row> nearDuplicates = in.table(NearDuplicatesTable.NAME);
        if (in.scope() != null) {
            nearDuplicates = nearDuplicates.join(inScope, nearDuplicates.col("doc_id").equalTo(inScope.col("doc_id")), "left_semi");
        }
        Dataset<Row> knownVectors = in.previousOutput(ArticleVectorsTable.NAME, ArticleVectorsTable.SCHEMA)
                .map(v -> in.scope() == null ? v : v.join(inScope, v.col("doc_id").equalTo(inScope.col("doc_id")), "left_semi"))
                .orElse(null);
        Result result = run(documents, mentions, nearDuplicates, knownVectors, in.caches());
        Dataset<Row> storyArticles = result.storyArticles().repartition(col("story_id")).sortWithinPartitions("story_id", "doc_id");
        Dataset<Row> stories = result.stories().orderBy("story_id");
        List<Write> writes = in.scope() == null
                ? List.of(Write.all(StoriesTable.NAME, stories), Write.all(StoryArticlesTable.NAME, storyArticles),
                        Write.all(ArticleVectorsTable.NAME, result.vectors()))
                : List.of(Write.rows(StoriesTable.NAME, stories, "story_id", output -> replacedStories(output, stories, inScope)),
                        Write.rows(StoryArticlesTable.NAME, storyArticles, "doc_id", output -> inScope),
                        Write.rows(ArticleVectorsTable.NAME, result.vectors(), "doc_id", output -> inScope));
        return new Plan<>(writes, output -> measure(output, result));
    }

    /**
     * The stories a daily run replaces: those it made, and those all of whose articles are in the
     * span (they were clustered anew). A story that also has articles outside the span keeps its row
     * for them, while its articles inside the span get their new stories (docs/stories.md). Read
     * while story_articles still holds the previous assignments.
     */
    private static Dataset<Row> replacedStories(TableStore output, Dataset<Row> stories, Dataset<Row> inScope) {
        Dataset<Row> newIds = stories.select("story_id");
        if (!output.exists(StoryArticlesTable.NAME)) {
            return newIds;
        }
        Dataset<Row> previous = output.read(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA);
        Dataset<Row> touched = previous.join(inScope, previous.col("doc_id").equalTo(inScope.col("doc_id")), "left_semi")
                .select("story_id");
        Dataset<Row> continuing = previous.join(inScope, previous.col("doc_id").equalTo(inScope.col("doc_id")), "left_anti")
                .select("story_id");
        return touched.except(continuing).union(newIds);
    }

    private static Summary measure(TableStore output, Result result) {
        Dataset<Row> articles = output.read(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA);
        Dataset<Row> stories = output.read(StoriesTable.NAME, StoriesTable.SCHEMA);
        long documentCount = articles.count();
        long storyCount = stories.count();
        long multi = stories.filter(col("article_count").geq(2)).count();
        long multiLanguage = stories.filter(col("article_count").geq(2).and(size(col("languages")).geq(2))).count();
        List<TopStory> top = stories.orderBy(col("article_count").desc(), col("source_count").desc(), col("story_id"))
                .limit(TOP_STORIES).join(articles.groupBy("story_id").agg(array_sort(collect_set("source")).as("sources")),
                        "story_id")
                .orderBy(col("article_count").desc(), col("source_count").desc(), col("story_id"))
                .collectAsList().stream()
                .map(r -> new TopStory(r.getAs("title"), r.<Integer>getAs("article_count"), r.getList(r.fieldIndex("languages")),
                        r.getList(r.fieldIndex("sources"))))
                .toList();
        long vectors = output.read(ArticleVectorsTable.NAME, ArticleVectorsTable.SCHEMA).count();
        return new Summary(documentCount, result.representatives(), result.candidatePairs(), result.edges(), storyCount,
                multi, multiLanguage, vectors, top);
    }

    /** {@link #run(Dataset, Dataset, Dataset, Dataset, Caches)} with no vectors kept from an earlier run. */
    public Result run(Dataset<Row> documents, Dataset<Row> mentions, Dataset<Row> nearDuplicates, Caches caches) {
        return run(documents, mentions, nearDuplicates, null, caches);
    }

    /**
     * @param documents the documents table
     * @param mentions the mentions table (doc_id, entity_id, type, base_form at least)
     * @param nearDuplicates the near_duplicates table
     * @param knownVectors an earlier run's {@code article_vectors} (null: none): a representative
     *     whose vector key is there is not embedded again
     * @param caches where the weighted representatives, the edges, the vectors and the assignments are kept
     */
    public Result run(Dataset<Row> documents, Dataset<Row> mentions, Dataset<Row> nearDuplicates, Dataset<Row> knownVectors,
                      Caches caches) {
        SparkSession spark = documents.sparkSession();
        Settings.Stories s = settings;
        Dataset<Row> members = nearDuplicates.filter(col("doc_id").notEqual(col("representative_doc_id")))
                .select("doc_id", "representative_doc_id");
        Dataset<Row> representatives = documents.select("doc_id", "lang", "title", "text", "event_time")
                .join(members.select("doc_id"), documents.col("doc_id").equalTo(members.col("doc_id")), "left_anti");
        Dataset<Row> entities = entityEvidence(documents, mentions);
        Settings.Encoder encoder = s.encoder();
        String model = encoder.modelPath().filter(StoriesStage::usable).map(Object::toString).orElse(null);
        Dataset<Row> input = representatives.join(entities, representatives.col("doc_id").equalTo(entities.col("doc_id")), "left")
                .select(representatives.col("doc_id"), col("lang"), col("title"), col("text"), col("event_time"),
                        col("cross"), col("local"), col("persons"));
        input = model == null ? withoutVectors(input)
                : withVectorKeys(input, SentenceEncoder.fingerprint(Path.of(model)), encoder, knownVectors);
        int threads = encoder.threads();
        // Kept only until weighted.
        JavaRDD<Counted> counted = input.javaRDD()
                .map(row -> countFeatures(row, model == null ? null : () -> SentenceEncoder.shared(Path.of(model), threads)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long docs = counted.count();
        // Kept until written; computed now, while the embeddings are cached, so that writing them embeds nothing again.
        Dataset<Row> vectors = caches.keep(spark.createDataFrame(counted.filter(c -> c.embedding() != null)
                .map(c -> RowFactory.create(hex(c.key()), c.vectorKey(), c.embedding())), ArticleVectorsTable.SCHEMA));
        long vectorCount = vectors.count();
        long embedded = counted.filter(Counted::embedded).count();
        LOG.info("stories: features of {} representatives; {} encoder vectors, {} of them computed now, {} kept from an earlier run",
                docs, vectorCount, embedded, vectorCount - embedded);

        Similarity similarity = new Similarity(s);
        Blocking blocking = new Blocking(similarity.reachSeconds(), s.blockSize());
        // Kept until clustered: then only the assignments are (in caches, until the tables are written).
        JavaRDD<Blocking.Doc> weighted = weigh(spark, counted, docs, blocking).persist(StorageLevel.MEMORY_AND_DISK());
        // The sub-blocks of each hot (feature, bucket): one entry per block of more than block-size articles, so
        // they grow with the input and are read beside the articles that ask for them, never collected.
        JavaPairRDD<Blocking.BlockKey, Integer> salts = weighted
                .flatMap(d -> blocking.hotBuckets(d).iterator())
                .mapToPair(k -> new Tuple2<>(k, 1L))
                .reduceByKey(Long::sum)
                .mapValues(blocking::salt)
                .filter(e -> e._2() > 0);
        long saltedBlocks = salts.count();
        counted.unpersist();

        // Candidate pairs are scored and filtered in one pass, never kept: only edges are. The
        // accumulator counts them for the log and the manifest (a retried task would count twice).
        LongAccumulator candidates = spark.sparkContext().longAccumulator("stories candidate pairs");
        double edgeThreshold = s.edgeThreshold();
        JavaRDD<StoryClusterer.Edge> edges = PartitionLookup.map(weighted, d -> blocking.hotBuckets(d).iterator(), salts,
                        (lookup, d) -> blocking.place(d, lookup))
                .flatMapToPair(placed -> placed.stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .groupByKey()
                .flatMap(block -> {
                    Blocking.Scored scored = blocking.score(block._1().feature(), block._2(), similarity, edgeThreshold);
                    candidates.add(scored.pairs());
                    return scored.edges().iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        long edgeCount = edges.count();
        long candidateCount = candidates.value();
        LOG.info("stories: {} candidate pairs from {} hot blocks salted -> {} edges", candidateCount, saltedBlocks, edgeCount);

        JavaRDD<StoryClusterer.Assignment> assignments = cluster(weighted, edges, similarity, caches);
        weighted.unpersist();
        edges.unpersist();
        Dataset<Row> assigned = spark.createDataFrame(assignments.map(a -> RowFactory.create(hex(a.key()), hex(a.storyKey()), a.score())),
                ASSIGNMENTS);
        Dataset<Row> storyArticles = storyArticles(documents, representatives.select("doc_id"), members, assigned);
        Dataset<Row> stories = stories(documents, mentions, storyArticles);
        return new Result(storyArticles, stories, vectors, docs, candidateCount, edgeCount);
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

    /** Whether the encoder's model can be used; if not, one line says why and the stage goes on without it. */
    private static boolean usable(Path model) {
        java.util.Optional<String> why = SentenceEncoder.unavailable(model);
        why.ifPresent(LOG::warn);
        return why.isEmpty();
    }

    /** The rows with the columns of {@link #withVectorKeys}, all null: the encoder is off. */
    private static Dataset<Row> withoutVectors(Dataset<Row> rows) {
        return rows.withColumn("lead", lit(null).cast(DataTypes.StringType))
                .withColumn("vector_key", lit(null).cast(DataTypes.StringType))
                .withColumn("known_embedding", lit(null).cast(DataTypes.BinaryType));
    }

    /**
     * The rows with the text the encoder embeds ({@code lead}: title and lead, for the encoder's
     * languages, else null), its {@code vector_key} (SHA-256 of the model's fingerprint and the
     * lead), and the vector an earlier run kept for that key ({@code known_embedding}, or null).
     */
    private static Dataset<Row> withVectorKeys(Dataset<Row> rows, String fingerprint, Settings.Encoder encoder,
                                               Dataset<Row> knownVectors) {
        int leadChars = encoder.leadChars();
        Column lead = functions.udf((UDF2<String, String, String>) (title, text) -> SentenceEncoder.titleAndLead(title, text, leadChars),
                DataTypes.StringType).apply(col("title"), col("text"));
        Dataset<Row> keyed = rows
                .withColumn("lead", when(col("lang").isin(encoder.languages().toArray()), lead))
                .withColumn("vector_key", sha2(concat(lit(fingerprint + "\n"), col("lead")), 256));
        if (knownVectors == null) {
            return keyed.withColumn("known_embedding", lit(null).cast(DataTypes.BinaryType));
        }
        // Vectors of one key are equal (one model, one text, each text run alone); min picks one in every run.
        Dataset<Row> known = knownVectors.groupBy("vector_key").agg(min("embedding").as("known_embedding"));
        return keyed.join(known, "vector_key", "left");
    }

    /**
     * A representative's feature counts, from its document row joined with its entity evidence
     * (null: none), and its encoder vector: the one kept for its {@code vector_key}, else the
     * encoder's ({@code encoder} null, or no {@code lead}: none).
     */
    static Counted countFeatures(Row row, Supplier<SentenceEncoder> encoder) {
        Instant time = row.getAs("event_time");
        String lang = row.getAs("lang");
        String title = row.getAs("title");
        String text = row.getAs("text");
        Features.Counts counts = Features.of(lang, title, text, listOrEmpty(row, "cross"),
                listOrEmpty(row, "local"), listOrEmpty(row, "persons"));
        String lead = row.getAs("lead");
        String vectorKey = lead == null ? null : row.getAs("vector_key");
        byte[] embedding = lead == null ? null : row.getAs("known_embedding");
        boolean embedded = false;
        if (embedding == null && lead != null && encoder != null) {
            embedding = Embedding.quantize(encoder.get().embed(List.of(lead))[0]);
            embedded = embedding != null;
        }
        return new Counted(idOf(row.getAs("doc_id")), time.getEpochSecond(), lang, counts, embedding, vectorKey, embedded);
    }

    private static List<String> listOrEmpty(Row row, String column) {
        int i = row.fieldIndex(column);
        return row.isNullAt(i) ? List.of() : row.getList(i);
    }

    /** TF-IDF vectors: document frequencies over all representatives, joined back to each feature. */
    private JavaRDD<Blocking.Doc> weigh(SparkSession spark, JavaRDD<Counted> counted, long docs, Blocking blocking) {
        Dataset<Row> features = spark.createDataFrame(counted.map(c -> RowFactory.create(c.key(), c.time(), c.lang(),
                c.counts().keys(), c.counts().tf(), c.embedding())), FEATURE_ROWS);
        Dataset<Row> exploded = features.select(col("doc"), explode(arrays_zip(col("keys"), col("tfs"))).as("f"))
                .select(col("doc"), col("f.keys").as("key"), col("f.tfs").as("tf"));
        Dataset<Row> df = exploded.groupBy("key").agg(count(lit(1)).as("df"));
        Dataset<Row> perDoc = exploded.join(df, "key")
                .groupBy("doc").agg(collect_list(struct(col("key"), col("tf"), col("df"))).as("features"));
        Dataset<Row> joined = features.select("doc", "time", "lang", "embedding").join(perDoc, "doc");
        int vectorSize = settings.vectorSize();
        int blockingFeatures = settings.blockingFeatures();
        return joined.javaRDD().map(row -> weighted(row, docs, vectorSize, blockingFeatures, blocking));
    }

    /** A representative's row (doc, time, lang, embedding, features: [(key, tf, df)]) as it enters blocks, with its TF-IDF vector. */
    static Blocking.Doc weighted(Row row, long docs, int vectorSize, int blockingFeatures, Blocking blocking) {
        List<Row> features = new ArrayList<>(row.getList(row.fieldIndex("features")));
        features.sort(Comparator.comparingLong(f -> f.getAs("key")));
        long[] keys = new long[features.size()];
        float[] tf = new float[features.size()];
        long[] dfs = new long[features.size()];
        Map<Long, Long> dfOf = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            Row f = features.get(i);
            keys[i] = f.getAs("key");
            tf[i] = f.getAs("tf");
            dfs[i] = f.getAs("df");
            dfOf.put(keys[i], dfs[i]);
        }
        StoryVector vector = StoryVector.of(new Features.Counts(keys, tf), dfs, docs, vectorSize, row.getAs("embedding"));
        return blocking.enter(row.getAs("doc"), row.getAs("time"), row.getAs("lang"), vector, blockingFeatures, dfOf::get);
    }

    /**
     * Connected components of the edges, each clustered on its own; articles without edges are not
     * returned. The assignments come back kept and computed (one small row per article). A component larger than {@code max-component} is one
     * task's work and memory, so it is cut first: its weakest edges are dropped, threshold step by
     * threshold step, until every piece fits (see {@link #splitOversized}).
     */
    private JavaRDD<StoryClusterer.Assignment> cluster(JavaRDD<Blocking.Doc> weighted, JavaRDD<StoryClusterer.Edge> edges,
                                                       Similarity similarity, Caches caches) {
        JavaPairRDD<Long, Long> labels = splitOversized(edges);
        // An edge stays when both ends are in one component (a cut drops the edges between pieces).
        JavaPairRDD<Long, StoryClusterer.Edge> edgesByComponent = edges.mapToPair(e -> new Tuple2<>(e.a(), e))
                .join(labels)
                .mapToPair(j -> new Tuple2<>(j._2()._1().b(), new EdgeFrom(j._2()._2(), j._2()._1())))
                .join(labels)
                .filter(j -> j._2()._1().component() == j._2()._2())
                .mapToPair(j -> new Tuple2<>(j._2()._2(), j._2()._1().edge()));
        JavaPairRDD<Long, StoryClusterer.Member> membersByComponent = labels
                .join(weighted.mapToPair(d -> new Tuple2<>(d.key(), d)))
                .mapToPair(j -> new Tuple2<>(j._2()._1(), StoryClusterer.Member.of(j._2()._2())));
        StoryClusterer clusterer = new StoryClusterer(similarity, settings.joinThreshold(), settings.mergeThreshold(),
                settings.mergeCohesion(), settings.splitCohesion());
        // A count for the log only: a retried task may add its cuts twice.
        LongAccumulator twoEventCuts = weighted.context().longAccumulator("stories: two-event cuts");
        JavaRDD<StoryClusterer.Assignment> assignments = caches.keep(membersByComponent.cogroup(edgesByComponent)
                .flatMap(component -> {
                    StoryClusterer.Clustering clustering = clusterer.cluster(component._2()._1(), component._2()._2());
                    twoEventCuts.add(clustering.cuts());
                    return clustering.assignments().iterator();
                }));
        // Counted here: both output tables derive from the assignments, and once they exist the
        // components (GraphX and every cut round) need not be kept or recomputed.
        long clustered = assignments.count();
        labels.unpersist();
        LOG.info("stories: {} articles with edges clustered, {} two-event cuts", clustered, twoEventCuts.value());
        return assignments;
    }

    /**
     * (article, component) for every article with an edge, no component above {@code max-component}
     * articles. An oversized component is re-labelled from its own edges at a threshold raised by
     * {@link #CUT_STEP}, again until it fits or only near-identical pairs would remain; articles
     * left without an edge become components of one. The cut depends only on the set of edges.
     */
    private JavaPairRDD<Long, Long> splitOversized(JavaRDD<StoryClusterer.Edge> edges) {
        JavaPairRDD<Long, Long> labels = ConnectedComponents.label(edges.mapToPair(e -> new Tuple2<>(e.a(), e.b())),
                Settings.ComponentsMethod.GRAPHX);
        int maxComponent = settings.maxComponent();
        double threshold = settings.edgeThreshold();
        while (true) {
            JavaPairRDD<Long, Long> sizes = labels.mapToPair(l -> new Tuple2<>(l._2(), 1L)).reduceByKey(Long::sum)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long largest = sizes.values().fold(0L, Math::max);
            JavaPairRDD<Long, Long> oversized = sizes.filter(c -> c._2() > maxComponent);
            long oversizedCount = oversized.count();
            LOG.info("stories: {} components at edge threshold {}, largest {} articles, {} above {}", sizes.count(),
                    String.format(Locale.ROOT, "%.2f", threshold), largest, oversizedCount, maxComponent);
            threshold += CUT_STEP;
            if (oversizedCount == 0 || threshold > MAX_CUT) {
                sizes.unpersist();
                return labels;
            }
            // Which articles are in a component to cut: a join by component, not a collected set
            // (the oversized components grow with the input).
            JavaPairRDD<Long, Tuple2<Long, Boolean>> marked = labels.mapToPair(l -> new Tuple2<>(l._2(), l._1()))
                    .leftOuterJoin(oversized)
                    .mapToPair(j -> new Tuple2<>(j._2()._1(), new Tuple2<>(j._1(), j._2()._2().isPresent())))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            double t = threshold;
            JavaPairRDD<Long, Long> kept = edges.filter(e -> e.similarity() >= t)
                    .mapToPair(e -> new Tuple2<>(e.a(), e.b()))
                    .join(marked.filter(m -> m._2()._2()))
                    .mapToPair(e -> new Tuple2<>(e._1(), e._2()._1()));
            JavaPairRDD<Long, Long> relabelled = ConnectedComponents.label(kept, Settings.ComponentsMethod.GRAPHX);
            JavaPairRDD<Long, Long> next = marked.leftOuterJoin(relabelled)
                    .mapToPair(l -> l._2()._1()._2()
                            ? new Tuple2<>(l._1(), l._2()._2().orElse(l._1()))
                            : new Tuple2<>(l._1(), l._2()._1()._1()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            next.count();
            labels.unpersist();
            marked.unpersist();
            sizes.unpersist();
            relabelled.unpersist();
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
     * the name, and that form's type; a person's full name (two or more words) before the surname alone,
     * as the entities table names persons.
     */
    private static Dataset<Row> topEntities(Dataset<Row> mentions, Dataset<Row> storyArticles) {
        Dataset<Row> inStories = mentions.select("doc_id", "entity_id", "type", "base_form")
                .join(storyArticles.select("doc_id", "story_id"), "doc_id");
        Dataset<Row> counts = inStories.groupBy("story_id", "entity_id").agg(countDistinct("doc_id").as("count"));
        Column latin = when(col("base_form").rlike("^[\\p{IsLatin}\\p{Zs}.'\\-]+$"), lit(0)).otherwise(lit(1));
        Column notFullName = when(col("type").equalTo("PER").and(col("base_form").contains(" ")), lit(0)).otherwise(lit(1));
        Dataset<Row> names = inStories.groupBy("story_id", "entity_id", "base_form", "type").agg(count(lit(1)).as("n"))
                .withColumn("latin", latin)
                .withColumn("r", row_number().over(Window.partitionBy("story_id", "entity_id")
                        .orderBy(col("latin"), notFullName, col("n").desc(), col("base_form"), col("type"))))
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
