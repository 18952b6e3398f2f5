package io.storyline.pipeline;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.size;

import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.dedup.DedupStage;
import io.storyline.ingest.IngestStage;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.EntitiesTable;
import io.storyline.schema.MentionsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.schema.RejectsTable;
import io.storyline.schema.SourceTimelinesTable;
import io.storyline.schema.StoriesTable;
import io.storyline.schema.StoryArticlesTable;
import io.storyline.spark.RunManifest;
import io.storyline.spark.SparkProgress;
import io.storyline.spark.TableStore;
import io.storyline.stories.StoriesStage;
import io.storyline.tables.TablesStage;
import io.storyline.tag.ResolveStage;
import io.storyline.tag.TagStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code run} is the stages in order, in one SparkSession, with one manifest for the run. A later
 * stage run alone reads the tables of an earlier run: its {@code --input} is that run's output.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** The stage that writes each table a later stage reads: read from this run when it ran, else from --input. */
    private static final Map<String, List<Stage>> WRITER = Map.of(DocumentsTable.NAME, List.of(Stage.INGEST),
            MentionsTable.NAME, List.of(Stage.TAG, Stage.RESOLVE), EntitiesTable.NAME, List.of(Stage.TAG, Stage.RESOLVE),
            NearDuplicatesTable.NAME, List.of(Stage.DEDUP),
            StoryArticlesTable.NAME, List.of(Stage.STORIES), StoriesTable.NAME, List.of(Stage.STORIES));
    /** Stories listed in a run's summary. */
    static final int TOP_STORIES = 5;

    /** The stages, in the order they run. */
    public enum Stage { INGEST, TAG, DEDUP, RESOLVE, STORIES, TABLES }

    /** What a run was asked to do. */
    public record RunRequest(String command, List<String> inputs, String inputPrefix, String output, LocalDate date) {}

    /** What the dedup stage produced. */
    public record DedupSummary(long documents, long groups, long members, long candidatePairs, long edges) {}

    /** What the tag stage produced; {@code topEntities} are the most mentioned (name, type, documents). */
    public record TagSummary(long documents, long mentions, long entities, List<TopEntity> topEntities) {}

    /** What entity resolution produced: tag-time keys, how many joined another's entity, the entities after. */
    public record ResolveSummary(long keys, long mergedKeys, long evidencePairs, long entities, List<TopEntity> topEntities) {}

    /** An entity for the summary. */
    public record TopEntity(String name, String type, long docCount) {}


    /** What the stories stage produced; {@code top} holds the largest stories for the summary. */
    public record StoriesSummary(long documents, long representatives, long candidatePairs, long edges, long stories,
                                 long multiArticle, long multiLanguage, List<Row> top) {}

    /** What the tables stage produced; {@code entities} is -1 when the run has no entities table. */
    public record TablesSummary(long sourceDays, long entities) {}

    /** What a run produced, for the command line's summary; a stage that did not run is null. */
    public record RunSummary(String output, IngestStage.Result ingest, DedupSummary dedup, TagSummary tag,
                             StoriesSummary stories, TablesSummary tables, ResolveSummary resolve) {}

    private final SparkSession spark;
    private final Settings settings;

    public Pipeline(SparkSession spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public RunSummary run(RunRequest request, List<Stage> stages) {
        TableStore store = new TableStore(spark, request.output(), settings.output().compression());
        RunManifest manifest = new RunManifest(request.command(), request.inputs(),
                request.date() == null ? null : request.date().toString(), settings.effectiveJson());
        IngestStage.Result ingest = null;
        TableStore tables = store;
        if (stages.contains(Stage.INGEST)) {
            ingest = ingest(request, store, manifest);
        } else {
            tables = earlierRun(request);
        }
        DailyScope scope = request.date() == null ? null : new DailyScope(request.date(), settings.daily().recomputeDays());
        if (scope != null) {
            manifest.scope(scope.first().toString(), scope.last().toString());
        }
        TableStore input = tables;
        TagSummary tag = stages.contains(Stage.TAG) ? withProgress("tag", () -> tag(input, store, manifest, request.date())) : null;
        DedupSummary dedup = stages.contains(Stage.DEDUP) ? withProgress("dedup", () -> dedup(input, store, manifest, scope)) : null;
        Function<String, TableStore> from = table -> WRITER.get(table).stream().anyMatch(stages::contains) ? store : input;
        ResolveSummary resolve = stages.contains(Stage.RESOLVE) ? withProgress("resolve", () -> resolve(from, store, manifest)) : null;
        StoriesSummary stories = stages.contains(Stage.STORIES) ? withProgress("stories", () -> stories(from, store, manifest, scope))
                : null;
        TablesSummary analytics = stages.contains(Stage.TABLES) ? withProgress("tables", () -> tables(from, store, manifest)) : null;
        String earlier = stages.contains(Stage.INGEST) ? null : store.readFile(RunManifest.FILE);
        if (earlier != null) {
            manifest.carryForward(earlier);
        }
        store.writeFile(RunManifest.FILE, manifest.toJson());
        return new RunSummary(request.output(), ingest, dedup, tag, stories, analytics, resolve);
    }

    /** Runs one stage with a progress line every minute while it lasts (ingest logs per file instead). */
    private <T> T withProgress(String stage, Supplier<T> work) {
        try (SparkProgress progress = SparkProgress.start(spark.sparkContext(), stage, SparkProgress.DEFAULT_INTERVAL_SECONDS)) {
            return work.get();
        }
    }

    private IngestStage.Result ingest(RunRequest request, TableStore store, RunManifest manifest) {
        long started = System.nanoTime();
        LOG.info("ingest: starting");
        IngestStage.Result ingest = new IngestStage(spark, settings).run(
                new IngestStage.Request(request.inputs(), request.inputPrefix(), request.date()), store);
        double seconds = seconds(started);
        LOG.info("ingest: {} records -> {} documents, {} rejects in {}", ingest.recordsRead(), ingest.documents(),
                ingest.rejects(), elapsed(ingest.recordsRead(), seconds));
        manifest.inputFiles(ingest.files(), ingest.skipped())
                .stage("ingest", seconds, ingest.recordsRead())
                .table(DocumentsTable.NAME, ingest.documents())
                .table(RejectsTable.NAME, ingest.rejects())
                .rejectReasons(ingest.rejectsByReason())
                .languages(ingest.languages());
        return ingest;
    }

    /** Tags every document, or a daily run's day only: mentions are per day, entities over all days. */
    private TagSummary tag(TableStore tables, TableStore store, RunManifest manifest, LocalDate day) {
        long started = System.nanoTime();
        LOG.info("tag: starting");
        Dataset<Row> allDocuments = tables.read(DocumentsTable.NAME, DocumentsTable.SCHEMA);
        Dataset<Row> documents = day == null ? allDocuments
                : allDocuments.filter(col(DocumentsTable.PARTITION).equalTo(lit(day.toString()).cast("date")));
        TagStage stage = new TagStage(spark, settings.tag());
        Dataset<Row> tagged = stage.mentions(documents).repartition(col(MentionsTable.PARTITION))
                .sortWithinPartitions("doc_id", "start");
        if (day == null) {
            store.write(MentionsTable.NAME, tagged, MentionsTable.PARTITION);
        } else {
            store.replacePartitions(MentionsTable.NAME, tagged, MentionsTable.PARTITION, List.of(day.toString()));
        }
        Dataset<Row> mentions = store.read(MentionsTable.NAME, MentionsTable.SCHEMA);
        store.write(EntitiesTable.NAME, stage.entities(mentions, allDocuments).coalesce(1).sortWithinPartitions("entity_id"));
        Dataset<Row> entities = store.read(EntitiesTable.NAME, EntitiesTable.SCHEMA);
        long documentCount = documents.count();
        long mentionCount = mentions.count();
        long entityCount = entities.count();
        List<TopEntity> top = topEntities(entities);
        double seconds = seconds(started);
        LOG.info("tag: {} documents -> {} mentions of {} entities in {}", documentCount, mentionCount, entityCount,
                elapsed(documentCount, seconds));
        manifest.stage("tag", seconds, documentCount).table(MentionsTable.NAME, mentionCount).table(EntitiesTable.NAME, entityCount);
        return new TagSummary(documentCount, mentionCount, entityCount, top);
    }

    /**
     * Entity resolution over every day's mentions (docs/tagging.md): the canonical keys are
     * recomputed from the tag-time keys, and only the days whose ids change are rewritten; then
     * {@code entities} is rebuilt from the resolved mentions.
     */
    private ResolveSummary resolve(Function<String, TableStore> from, TableStore store, RunManifest manifest) {
        long started = System.nanoTime();
        LOG.info("resolve: starting");
        TableStore mentionTables = from.apply(MentionsTable.NAME);
        if (!mentionTables.exists(MentionsTable.NAME)) {
            throw new UsageException("no mentions table in " + mentionTables.root() + " (run tag into it first)");
        }
        Dataset<Row> mentions = mentionTables.read(MentionsTable.NAME, MentionsTable.SCHEMA);
        Dataset<Row> documents = from.apply(DocumentsTable.NAME).read(DocumentsTable.NAME, DocumentsTable.SCHEMA);
        Dataset<Row> nearDuplicates = optional(from, NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA,
                "no near-duplicate evidence");
        ResolveStage stage = new ResolveStage(spark, settings.tag());
        ResolveStage.Result result = stage.resolve(mentions, documents, nearDuplicates);
        Dataset<Row> resolved = stage.apply(mentions, result.canonical());
        if (mentionTables.root().equals(store.root())) {
            List<String> changed = resolved.join(mentions.select(col("doc_id"), col("start"), col(MentionsTable.PARTITION),
                            col("entity_id").as("previous_id")), new String[] {"doc_id", "start", MentionsTable.PARTITION})
                    .filter(col("entity_id").notEqual(col("previous_id")))
                    .select(col(MentionsTable.PARTITION).cast("string")).distinct().collectAsList().stream()
                    .map(r -> r.getString(0)).sorted().toList();
            if (!changed.isEmpty()) {
                Dataset<Row> days = resolved.filter(col(MentionsTable.PARTITION).cast("string").isin(changed.toArray()));
                store.replacePartitions(MentionsTable.NAME, days.repartition(col(MentionsTable.PARTITION))
                        .sortWithinPartitions("doc_id", "start"), MentionsTable.PARTITION, changed);
            }
        } else {
            store.write(MentionsTable.NAME, resolved.repartition(col(MentionsTable.PARTITION)).sortWithinPartitions("doc_id", "start"),
                    MentionsTable.PARTITION);
        }
        Dataset<Row> written = store.read(MentionsTable.NAME, MentionsTable.SCHEMA);
        TagStage tags = new TagStage(spark, settings.tag());
        store.write(EntitiesTable.NAME, tags.entities(written, documents).coalesce(1).sortWithinPartitions("entity_id"));
        Dataset<Row> entities = store.read(EntitiesTable.NAME, EntitiesTable.SCHEMA);
        long entityCount = entities.count();
        List<TopEntity> top = topEntities(entities);
        double seconds = seconds(started);
        LOG.info("resolve: {} entity keys, {} edges, {} near-duplicate evidence pairs -> {} keys merged, {} entities in {}",
                result.keys(), result.edges(), result.evidencePairs(), result.canonical().size(), entityCount,
                elapsed(result.keys(), seconds));
        manifest.stage("resolve", seconds, result.keys()).table(EntitiesTable.NAME, entityCount);
        return new ResolveSummary(result.keys(), result.canonical().size(), result.evidencePairs(), entityCount, top);
    }

    private DedupSummary dedup(TableStore tables, TableStore store, RunManifest manifest, DailyScope scope) {
        long started = System.nanoTime();
        LOG.info("dedup: starting");
        Dataset<Row> documents = documentsIn(tables, scope);
        DedupStage.Result result = new DedupStage(spark, settings.dedup()).run(documents);
        Dataset<Row> nearDuplicates = result.nearDuplicates().repartition(col("group_id"))
                .sortWithinPartitions("group_id", "doc_id");
        if (scope == null) {
            store.write(NearDuplicatesTable.NAME, nearDuplicates);
        } else {
            store.replaceRows(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA, nearDuplicates, "doc_id", documents);
        }
        Dataset<Row> written = store.read(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA);
        long members = written.count();
        long groups = written.select("group_id").distinct().count();
        long documentCount = documents.count();
        double seconds = seconds(started);
        LOG.info("dedup: {} documents, {} candidate pairs, {} verified edges -> {} groups of {} documents in {}",
                documentCount, result.candidatePairs(), result.edges(), groups, members, elapsed(documentCount, seconds));
        manifest.stage("dedup", seconds, documentCount).table(NearDuplicatesTable.NAME, members);
        return new DedupSummary(documentCount, groups, members, result.candidatePairs(), result.edges());
    }

    /**
     * The documents a stage that links articles works on: all of them, or those of a daily run's
     * span. A page crawled again unchanged on another day has the same doc_id in both days'
     * partitions (each day is ingested alone); the earliest day's copy stands for it.
     */
    static Dataset<Row> documentsIn(TableStore tables, DailyScope scope) {
        Dataset<Row> documents = tables.read(DocumentsTable.NAME, DocumentsTable.SCHEMA);
        if (scope == null) {
            return documents;
        }
        Dataset<Row> inSpan = documents.filter(col(DocumentsTable.PARTITION).between(
                lit(scope.first().toString()).cast("date"), lit(scope.last().toString()).cast("date")));
        WindowSpec byDocId = Window.partitionBy("doc_id").orderBy(DocumentsTable.PARTITION, "input_file", "record_offset");
        return inSpan.withColumn("_copy", row_number().over(byDocId)).filter(col("_copy").equalTo(1)).drop("_copy");
    }

    private StoriesSummary stories(Function<String, TableStore> from, TableStore store, RunManifest manifest,
                                   DailyScope scope) {
        long started = System.nanoTime();
        LOG.info("stories: starting");
        Dataset<Row> documents = documentsIn(from.apply(DocumentsTable.NAME), scope);
        Dataset<Row> inScope = documents.select("doc_id");
        Dataset<Row> mentions = optional(from, MentionsTable.NAME, MentionsTable.SCHEMA, "stories use no entity evidence");
        Dataset<Row> nearDuplicates = optional(from, NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA,
                "no near-duplicate collapsing");
        if (scope != null) {
            mentions = mentions.join(inScope, mentions.col("doc_id").equalTo(inScope.col("doc_id")), "left_semi");
            nearDuplicates = nearDuplicates.join(inScope, nearDuplicates.col("doc_id").equalTo(inScope.col("doc_id")), "left_semi");
        }
        StoriesStage.Result result = new StoriesStage(spark, settings.stories()).run(documents, mentions, nearDuplicates);
        Dataset<Row> storyArticles = result.storyArticles().repartition(col("story_id")).sortWithinPartitions("story_id", "doc_id");
        if (scope == null) {
            store.write(StoryArticlesTable.NAME, storyArticles);
            store.write(StoriesTable.NAME, result.stories().orderBy("story_id"));
        } else {
            replaceStoriesInScope(store, result, storyArticles, inScope);
        }
        Dataset<Row> articles = store.read(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA);
        Dataset<Row> stories = store.read(StoriesTable.NAME, StoriesTable.SCHEMA);
        long documentCount = articles.count();
        long storyCount = stories.count();
        long multi = stories.filter(col("article_count").geq(2)).count();
        long multiLanguage = stories.filter(col("article_count").geq(2).and(size(col("languages")).geq(2))).count();
        List<Row> top = stories.orderBy(col("article_count").desc(), col("source_count").desc(), col("story_id"))
                .limit(TOP_STORIES).join(articles.groupBy("story_id").agg(array_sort(collect_set("source")).as("sources")),
                        "story_id")
                .orderBy(col("article_count").desc(), col("source_count").desc(), col("story_id"))
                .select("story_id", "title", "article_count", "languages", "sources", "first_seen")
                .collectAsList();
        double seconds = seconds(started);
        LOG.info("stories: {} documents ({} representatives), {} candidate pairs, {} edges -> {} stories ({} with 2+ articles) in {}",
                documentCount, result.representatives(), result.candidatePairs(), result.edges(), storyCount, multi,
                elapsed(documentCount, seconds));
        manifest.stage("stories", seconds, documentCount).table(StoryArticlesTable.NAME, documentCount)
                .table(StoriesTable.NAME, storyCount);
        return new StoriesSummary(documentCount, result.representatives(), result.candidatePairs(), result.edges(),
                storyCount, multi, multiLanguage, top);
    }

    /**
     * A daily run's stories: the span's articles get their new stories; a story none of whose
     * articles is in the span stays as it was. A story that also has articles before the span keeps
     * its row for them, while its articles inside the span are clustered anew (docs/stories.md).
     * Stories go first, while story_articles still holds the previous assignments.
     */
    private void replaceStoriesInScope(TableStore store, StoriesStage.Result result, Dataset<Row> storyArticles,
                                       Dataset<Row> inScope) {
        Dataset<Row> newIds = result.stories().select("story_id");
        Dataset<Row> replaced = newIds;
        if (store.exists(StoryArticlesTable.NAME)) {
            Dataset<Row> previous = store.read(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA);
            Dataset<Row> touched = previous.join(inScope, previous.col("doc_id").equalTo(inScope.col("doc_id")), "left_semi")
                    .select("story_id");
            Dataset<Row> continuing = previous.join(inScope, previous.col("doc_id").equalTo(inScope.col("doc_id")), "left_anti")
                    .select("story_id");
            replaced = touched.except(continuing).union(newIds);
        }
        store.replaceRows(StoriesTable.NAME, StoriesTable.SCHEMA, result.stories().orderBy("story_id"), "story_id", replaced);
        store.replaceRows(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA, storyArticles, "doc_id", inScope);
    }

    private TablesSummary tables(Function<String, TableStore> from, TableStore store, RunManifest manifest) {
        long started = System.nanoTime();
        LOG.info("tables: starting");
        TableStore storyTables = from.apply(StoryArticlesTable.NAME);
        if (!storyTables.exists(StoryArticlesTable.NAME)) {
            throw new UsageException("no story_articles table in " + storyTables.root() + " (run stories into it first)");
        }
        Dataset<Row> articles = storyTables.read(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA);
        Dataset<Row> nearDuplicates = optional(from, NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA,
                "duplicate_share is 0");
        store.write(SourceTimelinesTable.NAME, TablesStage.sourceTimelines(articles, nearDuplicates)
                .repartition(col(SourceTimelinesTable.PARTITION)).sortWithinPartitions("source"), SourceTimelinesTable.PARTITION);
        long sourceDays = store.read(SourceTimelinesTable.NAME, SourceTimelinesTable.SCHEMA).count();
        long entities = -1;
        TableStore entityTables = from.apply(EntitiesTable.NAME);
        if (entityTables.exists(EntitiesTable.NAME)) {
            Dataset<Row> counted = TablesStage.entitiesWithStoryCounts(entityTables.read(EntitiesTable.NAME, EntitiesTable.SCHEMA),
                    optional(from, MentionsTable.NAME, MentionsTable.SCHEMA, "story_count is 0"), articles);
            // Safe when it replaces the very table it reads: the write completes in staging first.
            store.write(EntitiesTable.NAME, counted.coalesce(1).sortWithinPartitions("entity_id"));
            entities = store.read(EntitiesTable.NAME, EntitiesTable.SCHEMA).count();
            manifest.table(EntitiesTable.NAME, entities);
        } else {
            LOG.warn("tables: no entities table in {}: story_count not filled", entityTables.root());
        }
        double seconds = seconds(started);
        long articleCount = articles.count();
        LOG.info("tables: {} source-days, {} entities from {} story articles in {}", sourceDays, Math.max(entities, 0),
                articleCount, elapsed(articleCount, seconds));
        manifest.stage("tables", seconds, articleCount).table(SourceTimelinesTable.NAME, sourceDays);
        return new TablesSummary(sourceDays, entities);
    }

    /** A table the stage can do without: its rows, or none (with a warning) when the run lacks it. */
    private Dataset<Row> optional(Function<String, TableStore> from, String name, org.apache.spark.sql.types.StructType schema,
                                  String consequence) {
        TableStore tables = from.apply(name);
        if (tables.exists(name)) {
            return tables.read(name, schema);
        }
        LOG.warn("no {} table in {}: {}", name, tables.root(), consequence);
        return spark.createDataFrame(List.of(), schema);
    }

    /** The tables a stage run alone reads: those of the run whose output is --input. */
    private TableStore earlierRun(RunRequest request) {
        if (request.inputs().size() != 1) {
            throw new UsageException("a stage run alone takes one --input: the output folder of an earlier run");
        }
        String root = request.inputs().get(0);
        if (!root.contains("://") && !Files.isDirectory(Path.of(root, DocumentsTable.NAME))) {
            throw new UsageException("no documents table in " + root + " (run ingest into it first)");
        }
        return new TableStore(spark, root, settings.output().compression());
    }

    /** The most mentioned entities, for the summary. */
    private static List<TopEntity> topEntities(Dataset<Row> entities) {
        return entities.orderBy(col("doc_count").desc(), col("entity_id")).limit(5).collectAsList().stream()
                .map(r -> new TopEntity(r.getAs("name"), r.getAs("type"), r.<Long>getAs("doc_count"))).toList();
    }

    /** "12.3 s, 456 records/s": the tail of each stage's progress line. */
    static String elapsed(long records, double seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f s, %.0f records/s", seconds, records / Math.max(seconds, 1e-3));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
