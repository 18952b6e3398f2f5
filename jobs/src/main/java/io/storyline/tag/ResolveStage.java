package io.storyline.tag;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import io.storyline.config.Settings;
import io.storyline.config.Settings.ComponentsMethod;
import io.storyline.dedup.ConnectedComponents;
import io.storyline.pipeline.Plan;
import io.storyline.pipeline.Stage;
import io.storyline.pipeline.StageInputs;
import io.storyline.pipeline.StageSpec;
import io.storyline.pipeline.StageSummary;
import io.storyline.pipeline.TableInput;
import io.storyline.pipeline.TableOutput;
import io.storyline.pipeline.Write;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.EntitiesTable;
import io.storyline.schema.MentionsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.spark.Caches;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The resolve stage: merges tag-time entity keys that name one entity ({@link EntityResolver}),
 * over all the mentions of a run, after dedup so that near-duplicate groups give evidence. Per-key
 * summaries, blocking, pair checks and the star clustering all run in Spark: the keys joined by edges
 * fall into connected components, and each component is clustered in one task, so nothing that grows
 * with the input reaches the driver.
 */
public record ResolveStage(Settings.Tag settings) implements Stage<ResolveStage.Summary> {
    private static final StageSpec SPEC = new StageSpec("resolve",
            List.of(TableInput.required(MentionsTable.NAME, MentionsTable.SCHEMA, "tag"),
                    TableInput.required(DocumentsTable.NAME, DocumentsTable.SCHEMA, "ingest"),
                    TableInput.optional(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA, "dedup", "no near-duplicate evidence")),
            List.of(TableOutput.replacePartitions(MentionsTable.NAME, MentionsTable.SCHEMA, MentionsTable.PARTITION),
                    TableOutput.replaceAll(EntitiesTable.NAME, EntitiesTable.SCHEMA)));

    /**
     * @param canonical rows (entity_key, canonical_key) for every key that joins another (keys absent keep their own);
     *     here entity_key is the key resolution worked on, a namesake's key ({@link Namesakes}) where there is one
     * @param namesakes rows (entity_key, doc_id, resolution_key): the documents whose person is a namesake of the key's
     *     main one, with the namesake's key
     * @param merged how many keys join another
     * @param keys distinct keys resolution worked on: the tag-time keys and the namesakes' keys
     * @param edges pairs of keys judged the same entity
     * @param evidencePairs key pairs seen in the same context of near-duplicate copies
     */
    public record Result(Dataset<Row> canonical, Dataset<Row> namesakes, long merged, long keys, long edges, long evidencePairs) {}

    private static final StructType CANONICAL = new StructType()
            .add("entity_key", DataTypes.StringType, false)
            .add("canonical_key", DataTypes.StringType, false);

    private static final StructType NAMESAKES = new StructType()
            .add("entity_key", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false)
            .add("resolution_key", DataTypes.StringType, false);

    /** The second key of a candidate pair, with the near-duplicate groups that give evidence for it. */
    private record Partner(String key, long groups) implements Serializable {}

    /** A candidate pair with its first key's summary, on its way to its second's. */
    private record HalfJudged(EntityResolver.KeySummary first, long groups) implements Serializable {}

    /** What a resolve run did, and the entities it left. */
    public record Summary(Result result, EntityTable.Counted entities) implements StageSummary {
        @Override
        public Report report() {
            return new Report(result.keys(), result.keys() + " entity keys, " + result.edges() + " edges, " + result.evidencePairs()
                    + " near-duplicate evidence pairs -> " + result.merged() + " keys merged, " + entities.entities()
                    + " entities", Map.of(EntitiesTable.NAME, entities.entities()),
                    List.of(new SummaryLine("resolved", String.format(Locale.ROOT, "%,d of %,d entity keys joined another's entity: %,d entities",
                            result.merged(), result.keys(), entities.entities())), entities.topLine()));
        }
    }

    @Override
    public StageSpec spec() {
        return SPEC;
    }

    /**
     * Entity resolution over every day's mentions (docs/tagging.md): the canonical keys are
     * recomputed from the tag-time keys; in the run's own output only the days whose ids change
     * are rewritten. Then {@code entities} is rebuilt from the resolved mentions.
     */
    @Override
    public Plan<Summary> plan(StageInputs in) {
        Dataset<Row> mentions = in.table(MentionsTable.NAME);
        Dataset<Row> documents = in.table(DocumentsTable.NAME);
        Gazetteer gazetteer = Gazetteer.of(settings);
        Result result = resolve(mentions, documents, in.table(NearDuplicatesTable.NAME), gazetteer, in.caches());
        Dataset<Row> resolved = apply(mentions, result);
        Write rewrite;
        if (in.readsOutput(MentionsTable.NAME)) {
            List<String> changed = changedDays(mentions, result);
            rewrite = Write.partitions(MentionsTable.NAME, sorted(resolved.filter(
                    col(MentionsTable.PARTITION).cast("string").isin(changed.toArray()))), changed);
        } else {
            rewrite = Write.all(MentionsTable.NAME, sorted(resolved));
        }
        return new Plan<>(List.of(rewrite, EntityTable.rebuild(documents, gazetteer)),
                output -> new Summary(result, EntityTable.counted(output)));
    }

    /**
     * @param tagged rows of {@link MentionsTable} (entity_key, type, doc_id, base_form, start, end) with their tag-time keys
     * @param documents rows with at least doc_id, lang, text and event_time
     * @param nearDuplicates rows with at least doc_id and group_id
     */
    public Result resolve(Dataset<Row> tagged, Dataset<Row> documents, Dataset<Row> nearDuplicates, Gazetteer gazetteer,
                          Caches caches) {
        Dataset<Row> namesakes = caches.keep(namesakes(tagged, documents, gazetteer));
        // From here on a mention's key is the one resolution works on: a namesake's own where its document has one.
        Dataset<Row> mentions = withResolutionKeys(tagged, namesakes).drop("entity_key").withColumnRenamed("resolution_key", "entity_key");
        JavaPairRDD<String, EntityResolver.KeySummary> summaries = caches.keep(summaries(mentions, documents, gazetteer));
        JavaPairRDD<Tuple2<String, String>, Long> evidence = caches.keep(evidence(mentions, documents, nearDuplicates));
        JavaPairRDD<Tuple2<String, String>, Long> pairs = candidates(summaries)
                .mapToPair(p -> new Tuple2<>(p, 0L))
                .union(evidence)
                .reduceByKey(Math::max);
        // Each pair meets its first key's summary, then its second's: only then can it be judged.
        JavaRDD<EntityResolver.Edge> edges = caches.keep(pairs
                .mapToPair(p -> new Tuple2<>(p._1()._1(), new Partner(p._1()._2(), p._2())))
                .join(summaries)
                .mapToPair(j -> new Tuple2<>(j._2()._1().key(), new HalfJudged(j._2()._2(), j._2()._1().groups())))
                .join(summaries)
                .map(j -> EntityResolver.edge(j._2()._1().first(), j._2()._2(), j._2()._1().groups()))
                .filter(e -> e != null));
        // The star clustering of one connected component of keys never looks outside it, so each
        // component is clustered in one task. Node ids are a hash of the key: two keys sharing one would
        // only put two components in one task, whose clusterings stay apart.
        JavaPairRDD<Long, Long> components = caches.keep(ConnectedComponents.label(
                edges.mapToPair(e -> new Tuple2<>(node(e.a()), node(e.b()))), ComponentsMethod.LARGE_STAR));
        JavaPairRDD<Long, EntityResolver.Edge> edgesByComponent = edges.mapToPair(e -> new Tuple2<>(node(e.a()), e))
                .join(components).mapToPair(j -> new Tuple2<>(j._2()._2(), j._2()._1()));
        JavaPairRDD<Long, EntityResolver.KeySummary> keysByComponent = summaries
                .mapToPair(s -> new Tuple2<>(node(s._1()), s._2()))
                .join(components).mapToPair(j -> new Tuple2<>(j._2()._2(), j._2()._1()));
        JavaRDD<Row> canonical = keysByComponent.cogroup(edgesByComponent).flatMap(component -> {
            List<EntityResolver.KeySummary> keys = new ArrayList<>();
            component._2()._1().forEach(keys::add);
            List<EntityResolver.Edge> componentEdges = new ArrayList<>();
            component._2()._2().forEach(componentEdges::add);
            return EntityResolver.resolve(keys, componentEdges).entrySet().stream()
                    .map(e -> RowFactory.create(e.getKey(), e.getValue())).iterator();
        });
        Dataset<Row> canonicalRows = caches.keep(mentions.sparkSession().createDataFrame(canonical, CANONICAL));
        return new Result(canonicalRows, namesakes, canonicalRows.count(), summaries.count(), edges.count(), evidence.count());
    }

    /**
     * Per surname key of a person named in full in two or more documents, and per gazetteer person, the documents
     * whose person is a namesake of the key's main one ({@link Namesakes}). One task holds one key's documents with
     * their full names.
     */
    private static Dataset<Row> namesakes(Dataset<Row> mentions, Dataset<Row> documents, Gazetteer gazetteer) {
        // A gazetteer person's given names, by key: the gazetteer is small and fixed, so this map does not grow with the input.
        Map<String, Set<String>> knownGiven = new HashMap<>();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if ("PER".equals(e.type())) {
                Set<String> given = new TreeSet<>();
                e.names().forEach((lang, names) -> names.forEach(n -> given.addAll(Namesakes.givenWords(n, lang))));
                knownGiven.put("g:" + e.id(), given);
            }
        }
        JavaRDD<Row> rows = mentions
                .filter(col("type").equalTo("PER").and(col("entity_key").startsWith("n:").or(col("entity_key").startsWith("g:PER-")))
                        .and(col("base_form").contains(" ")))
                .select("entity_key", "doc_id", "base_form").distinct()
                .join(documents.select("doc_id", "lang").dropDuplicates("doc_id"), "doc_id")
                .groupBy("entity_key", "doc_id", "lang").agg(array_sort(collect_list("base_form")).as("names"))
                .groupBy("entity_key").agg(collect_list(struct("doc_id", "lang", "names")).as("docs"))
                .filter(size(col("docs")).geq(2).or(col("entity_key").startsWith("g:")))
                .javaRDD()
                .flatMap(row -> {
                    String key = row.getString(0);
                    List<Namesakes.Named> named = new ArrayList<>();
                    for (Row d : row.<Row>getList(1)) {
                        named.add(new Namesakes.Named(d.getString(0), d.getString(1), d.<String>getList(2)));
                    }
                    return Namesakes.split(key, named, knownGiven.getOrDefault(key, Set.of())).entrySet().stream()
                            .map(e -> RowFactory.create(key, e.getKey(), e.getValue())).iterator();
                });
        return mentions.sparkSession().createDataFrame(rows, NAMESAKES);
    }

    /**
     * The mentions with the key resolution works on, {@code resolution_key}: for a person's mention, a namesake's key
     * where its document has one; else the mention's own (an airline's "Ryanair" keeps its key in an article where
     * some "… Ryanair" was taken for a person).
     */
    private static Dataset<Row> withResolutionKeys(Dataset<Row> mentions, Dataset<Row> namesakes) {
        return mentions.join(namesakes, new String[] {"entity_key", "doc_id"}, "left")
                .withColumn("resolution_key", when(col("type").equalTo("PER").and(col("resolution_key").isNotNull()), col("resolution_key"))
                        .otherwise(col("entity_key")));
    }

    /** A key's node id: its entity id (the first 64 bits of its SHA-256) as a number. */
    private static long node(String key) {
        return Long.parseUnsignedLong(EntityKeys.id(key), 16);
    }

    /**
     * The mentions with {@code entity_id} recomputed from their resolution keys' canonical keys ({@link Result#canonical});
     * {@code entity_key} stays the tag-time key, from which every run resolves again.
     */
    public Dataset<Row> apply(Dataset<Row> mentions, Result result) {
        UDF2<String, String, String> idOf = ResolveStage::resolvedId;
        Column[] columns = Arrays.stream(MentionsTable.SCHEMA.fieldNames())
                .map(name -> name.equals("entity_id")
                        ? udf(idOf, DataTypes.StringType).apply(col("resolution_key"), col("canonical_key")).as("entity_id")
                        : col(name))
                .toArray(Column[]::new);
        return withCanonicalKeys(mentions, result).select(columns);
    }

    private static Dataset<Row> withCanonicalKeys(Dataset<Row> mentions, Result result) {
        Dataset<Row> canonical = result.canonical().withColumnRenamed("entity_key", "resolution_key");
        return withResolutionKeys(mentions, result.namesakes()).join(canonical, new String[] {"resolution_key"}, "left");
    }

    /** A mention's entity id after resolution: its key's canonical key's id, else its own key's. */
    private static String resolvedId(String key, String canonicalKey) {
        return EntityKeys.id(canonicalKey != null ? canonicalKey : key);
    }

    /**
     * The days (crawl_date) on which some mention's entity id changes: one row per day reaches the driver.
     * Each mention's new id is computed in its own row, from its key and the key's canonical key, as
     * {@link #apply} does; not by joining the resolved mentions back to the old ones (at 100k documents
     * that join shuffled 3.4M whole rows twice).
     */
    private static List<String> changedDays(Dataset<Row> mentions, Result result) {
        UDF3<String, String, String, Boolean> changes = (id, key, canonicalKey) -> !resolvedId(key, canonicalKey).equals(id);
        return withCanonicalKeys(mentions.select(col("entity_key"), col("doc_id"), col("type"), col("entity_id"), col(MentionsTable.PARTITION)), result)
                .filter(udf(changes, DataTypes.BooleanType).apply(col("entity_id"), col("resolution_key"), col("canonical_key")))
                .select(col(MentionsTable.PARTITION).cast("string")).distinct().collectAsList().stream()
                .map(r -> r.getString(0)).sorted().toList();
    }

    /** The mentions as the table is written: spread by day and document, each partition in key order. */
    static Dataset<Row> sorted(Dataset<Row> mentions) {
        // By day and document, not by day alone: a day in one partition would be one task, however large the day.
        return mentions.repartition(col(MentionsTable.PARTITION), col("doc_id"))
                .sortWithinPartitions(MentionsTable.PARTITION, "doc_id", "start");
    }

    /** One summary per key: majority type, documents, first day, base forms. */
    private static JavaPairRDD<String, EntityResolver.KeySummary> summaries(Dataset<Row> mentions, Dataset<Row> documents,
                                                                          Gazetteer gazetteer) {
        Dataset<Row> firstSeen = documents.groupBy("doc_id").agg(min("event_time").as("event_time"));
        Dataset<Row> md = mentions.select("entity_key", "type", "doc_id", "base_form").join(firstSeen, "doc_id");
        Dataset<Row> types = md.groupBy("entity_key", "type").agg(count("*").as("n"))
                .groupBy("entity_key").agg(collect_list(struct("type", "n")).as("types"));
        Dataset<Row> forms = md.groupBy("entity_key", "base_form").agg(count("*").as("n"))
                .groupBy("entity_key").agg(collect_list(struct("base_form", "n")).as("forms"));
        Dataset<Row> stats = md.groupBy("entity_key").agg(countDistinct("doc_id").as("docs"),
                unix_date(to_date(min("event_time"))).as("first_day"));
        return types.join(forms, "entity_key").join(stats, "entity_key").javaRDD().mapToPair(row -> {
            Map<String, Long> typeCounts = new HashMap<>();
            for (Row t : row.<Row>getList(row.fieldIndex("types"))) {
                typeCounts.put(t.getString(0), t.getLong(1));
            }
            List<EntityResolver.Form> formCounts = new ArrayList<>();
            for (Row f : row.<Row>getList(row.fieldIndex("forms"))) {
                formCounts.add(new EntityResolver.Form(f.getString(0), f.getLong(1)));
            }
            String key = row.getAs("entity_key");
            return new Tuple2<>(key, EntityResolver.summary(key, typeCounts, formCounts, row.<Long>getAs("docs"),
                    row.<Integer>getAs("first_day"), gazetteer));
        });
    }

    /** Pairs of keys (smaller first) that share a block of {@link EntityResolver#blocks}. */
    private static JavaPairRDD<String, String> candidates(JavaPairRDD<String, EntityResolver.KeySummary> summaries) {
        return summaries.values()
                .flatMapToPair(s -> {
                    Set<String> blocks = new TreeSet<>();
                    s.spellings().forEach(sp -> blocks.addAll(EntityResolver.blocks(s.type(), sp)));
                    s.fullNames().forEach(sp -> blocks.addAll(EntityResolver.blocks(s.type(), sp)));
                    return blocks.stream().map(b -> new Tuple2<>(b, s.key())).iterator();
                })
                .distinct()
                .groupByKey()
                .flatMapToPair(block -> {
                    List<String> keys = new ArrayList<>(new TreeSet<>(iterable(block._2())));
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    if (keys.size() <= EntityResolver.MAX_BLOCK_KEYS) {
                        for (int i = 0; i < keys.size(); i++) {
                            for (int j = i + 1; j < keys.size(); j++) {
                                out.add(new Tuple2<>(keys.get(i), keys.get(j)));
                            }
                        }
                    }
                    return out.iterator();
                })
                .distinct();
    }

    private static List<String> iterable(Iterable<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(out::add);
        return out;
    }

    /**
     * Near-duplicate evidence: per pair of keys (smaller first), the groups in which the two stand in
     * the same context ({@link MentionContext}) in different copies and no third key does.
     */
    private static JavaPairRDD<Tuple2<String, String>, Long> evidence(Dataset<Row> mentions, Dataset<Row> documents,
                                                                      Dataset<Row> nearDuplicates) {
        // Joined with the groups before repeated doc_ids are dropped, so that only members' texts go on; when
        // the groups are small enough to broadcast, the other texts are not shuffled at all.
        Dataset<Row> texts = documents.select("doc_id", "text")
                .join(nearDuplicates.select("doc_id", "group_id"), "doc_id")
                .dropDuplicates("doc_id", "group_id");
        UDF3<String, Integer, Integer, String> context = MentionContext::of;
        return mentions.select("doc_id", "entity_key", "start", "end").join(texts, "doc_id")
                .select(col("group_id"), col("doc_id"), col("entity_key"),
                        udf(context, DataTypes.StringType).apply(col("text"), col("start"), col("end")).as("context"))
                .filter(col("context").isNotNull())
                .groupBy("group_id", "context")
                .agg(array_sort(collect_set("entity_key")).as("keys"), countDistinct("doc_id").as("docs"))
                .filter(size(col("keys")).equalTo(2).and(col("docs").geq(2)))
                .select(element_at(col("keys"), 1).as("a"), element_at(col("keys"), 2).as("b"), col("group_id"))
                .groupBy("a", "b").agg(countDistinct("group_id").as("groups"))
                .javaRDD()
                .mapToPair(r -> new Tuple2<>(new Tuple2<>(r.getString(0), r.getString(1)), r.getLong(2)));
    }
}
