package io.storyline.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.config.UsageException;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.EntitiesTable;
import io.storyline.schema.MentionsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.schema.RejectsTable;
import io.storyline.schema.StoriesTable;
import io.storyline.schema.StoryArticlesTable;
import io.storyline.spark.Caches;
import io.storyline.spark.RunManifest;
import io.storyline.spark.TableStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Writes the static report of a finished run (bin/storyline report, run --report): the page and
 * its assets, the overview, and the list and detail files laid out by {@link SiteLayout}.
 *
 * <p>Everything is computed from the tables with Spark. The driver collects only what is bounded
 * by the report's shape, not by the input: per-day counts by language, the top {@code top} of each
 * ranking, rejects by reason and the manifest. Lists and details are written by the executors.
 * Rows are ordered on stable keys throughout, so the same tables give the same files.
 */
public final class ReportWriter {
    public static final int DEFAULT_TOP = 20;
    /** Stories listed on an entity's page, the largest first; the page gives the total too. */
    static final int ENTITY_STORIES = 50;
    /** Co-occurring entities shown on an entity's page. */
    static final int COOCCURRING = 10;

    private static final long DAY_MILLIS = 86_400_000L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);
    private static final StructType FILE_ROWS = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, false);

    private final SparkSession spark;
    private final TableStore tables;
    private final SiteFiles site;
    private final int top;
    /** What one write keeps in memory, released at its end. */
    private final Caches caches = new Caches();

    /** What was written, for the command's summary line. */
    public record Result(String index, long stories, long entities, long sources, long files) {}

    public ReportWriter(SparkSession spark, TableStore tables, SiteFiles site, int top) {
        if (top < 1) {
            throw new UsageException("--top must be at least 1, not " + top);
        }
        this.spark = spark;
        this.tables = tables;
        this.site = site;
        this.top = top;
    }

    public Result write() {
        for (String required : List.of(DocumentsTable.NAME, StoriesTable.NAME, StoryArticlesTable.NAME)) {
            if (!tables.exists(required)) {
                throw new UsageException("no " + required + " table in " + tables.root()
                        + ": the report needs a run with its stories (bin/storyline run, or the stories stage)");
            }
        }
        site.prepare();
        site.writeAssets();
        // The report's aggregates have hundreds of thousands of string keys (document × entity,
        // entity pairs), on which the first level of Spark's two-level aggregation map mostly
        // misses: without it the report takes 7% less CPU at 100k documents (docs/benchmarks.md).
        String twoLevel = "spark.sql.codegen.aggregate.map.twolevel.enabled";
        String twoLevelBefore = spark.conf().get(twoLevel, "true");
        spark.conf().set(twoLevel, "false");
        Dataset<Row> articles = caches.keep(articles());
        Dataset<Row> stories = caches.keep(tables.read(StoriesTable.NAME, StoriesTable.SCHEMA).join(firstDay(articles), "story_id"));
        long started = System.nanoTime();
        try {
            long files = 0;
            long storyCount = stories.count();
            int storyDigits = SiteLayout.bucketDigits(storyCount);
            files += writeList("stories", stories.withColumn("id", col("story_id")).withColumn("n", col("article_count")),
                    "to_json(named_struct(" + STORY_FIELDS + "))");
            files += writeBuckets("story", storyDetails(stories, articles), storyDigits);
            LOG.info("report: {} stories in {}", String.format(Locale.ROOT, "%,d", storyCount), seconds(started));

            Dataset<Row> sources = caches.keep(sources(articles));
            long sourceCount = sources.count();
            files += writeList("sources", sources.selectExpr("source AS id", "articles AS n", "json"), "json");
            LOG.info("report: {} sources in {}", String.format(Locale.ROOT, "%,d", sourceCount), seconds(started));

            boolean hasEntities = tables.exists(EntitiesTable.NAME) && tables.exists(MentionsTable.NAME);
            long entityCount = 0;
            int entityDigits = 1;
            Dataset<Row> entities = null;
            if (hasEntities) {
                entities = caches.keep(tables.read(EntitiesTable.NAME, EntitiesTable.SCHEMA));
                entityCount = entities.count();
                entityDigits = SiteLayout.bucketDigits(entityCount);
                files += writeList("entities", entities.withColumn("id", col("entity_id")).withColumn("n", col("doc_count")),
                        "to_json(named_struct(" + ENTITY_FIELDS + "))");
                files += writeBuckets("entity", entityDetails(entities, articles, stories), entityDigits);
                LOG.info("report: {} entities in {}", String.format(Locale.ROOT, "%,d", entityCount), seconds(started));
            }
            ObjectNode overview = overview(articles, stories, sources, entities, entityCount);
            ObjectNode layout = overview.putObject("layout");
            layout.put("list_chunk", SiteLayout.LIST_CHUNK);
            layout.putObject("stories").put("rows", storyCount).put("chunks", SiteLayout.chunks(storyCount))
                    .put("digits", storyDigits);
            layout.putObject("sources").put("rows", sourceCount).put("chunks", SiteLayout.chunks(sourceCount));
            ObjectNode entityLayout = layout.putObject("entities").put("rows", entityCount)
                    .put("chunks", SiteLayout.chunks(entityCount)).put("digits", entityDigits);
            entityLayout.put("present", hasEntities);
            site.writeData("overview", overview.toString());
            LOG.info("report: overview in {}", seconds(started));
            files += 1 + SiteFiles.ASSETS.size();
            return new Result(site.root() + "/index.html", storyCount, entityCount, sourceCount, files);
        } finally {
            caches.release();
            spark.conf().set(twoLevel, twoLevelBefore);
        }
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - since) / 1e9);
    }

    /**
     * One row per document: its story row, title, URL, near-duplicate group, event time in ms and
     * day, its rank in its story by time, and the story's first time and size.
     */
    private Dataset<Row> articles() {
        Dataset<Row> docs = tables.read(DocumentsTable.NAME, DocumentsTable.SCHEMA).select("doc_id", "title", "url");
        Dataset<Row> articles = tables.read(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA).join(docs, "doc_id");
        if (tables.exists(NearDuplicatesTable.NAME)) {
            articles = articles.join(tables.read(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA)
                    .select("doc_id", "group_id"), new String[] {"doc_id"}, "left");
        } else {
            articles = articles.withColumn("group_id", lit(null).cast(DataTypes.StringType));
        }
        return articles.withColumn("t", expr("unix_millis(event_time)"))
                .withColumn("day", expr("date_format(event_time, 'yyyy-MM-dd')"))
                .withColumn("first_rank", expr("row_number() OVER (PARTITION BY story_id ORDER BY event_time, doc_id)"))
                .withColumn("story_first", expr("min(t) OVER (PARTITION BY story_id)"))
                .withColumn("story_size", expr("count(1) OVER (PARTITION BY story_id)"));
    }

    /** Per story: its sources, and the articles that came within a day of its first (how fast it grew). */
    private static Dataset<Row> firstDay(Dataset<Row> articles) {
        return articles.groupBy("story_id").agg(
                        expr("array_sort(collect_set(source)) AS sources"),
                        expr("count_if(t < story_first + " + DAY_MILLIS + ") AS first_day"),
                        expr("max(CASE WHEN first_rank = 1 THEN lang END) AS first_lang"));
    }

    /** A story in lists: its top entities as [id, name] pairs, the list's largest part after the titles. */
    private static final String STORY_FIELDS = "'id', story_id, 'title', title, 'n', article_count, 's', source_count, "
            + "'l', languages, 'f', unix_millis(first_seen), 'z', unix_millis(last_seen), 'g', first_day, "
            + "'src', sources, 'e', transform(top_entities, e -> array(e.entity_id, e.name))";

    /** A story's page: its summary and every article, in time order, with its near-duplicate group. */
    private static Dataset<Row> storyDetails(Dataset<Row> stories, Dataset<Row> articles) {
        Dataset<Row> perStory = articles.groupBy("story_id").agg(expr("array_sort(collect_list(named_struct("
                + "'t', t, 'doc', doc_id, 'title', title, 'url', url, 'source', source, 'lang', lang, "
                + "'dup', group_id, 'score', round(score, 3), 'rep', is_representative))) AS a"));
        return stories.join(perStory, "story_id").selectExpr("story_id AS id",
                "to_json(named_struct(" + STORY_FIELDS + ", 'rep', representative_doc_id, 'te', transform(top_entities, "
                        + "e -> named_struct('id', e.entity_id, 'name', e.name, 'type', e.type, 'count', e.count)), 'a', a)) AS json");
    }

    /**
     * Per source: articles, first reports (stories whose earliest article is its own), the median
     * lag of its first article in a multi-article story behind that story's first article, its
     * near-duplicate share, languages and its articles and first reports per day. The same
     * definitions as source_timelines, over the whole run instead of per day.
     */
    private static Dataset<Row> sources(Dataset<Row> articles) {
        Dataset<Row> withStory = articles.withColumn("copy", expr("group_id IS NOT NULL AND group_id <> doc_id"));
        Dataset<Row> lags = withStory.filter("story_size >= 2")
                .groupBy("source", "story_id").agg(expr("(min(t) - max(story_first)) / 60000.0 AS lag"))
                .groupBy("source").agg(expr("percentile(lag, 0.5) AS median_lag"), count(lit(1)).as("covered"));
        Dataset<Row> days = withStory.groupBy("source", "day").agg(count(lit(1)).as("n"),
                        expr("count_if(first_rank = 1) AS fr"))
                .groupBy("source").agg(expr("array_sort(collect_list(named_struct('day', day, 'n', n, 'fr', fr))) AS days"));
        Dataset<Row> totals = withStory.groupBy("source").agg(count(lit(1)).as("articles"),
                expr("count_if(first_rank = 1) AS first_reports"),
                expr("count(DISTINCT story_id) AS stories"),
                expr("count_if(copy) / count(1) AS duplicate_share"),
                expr("array_sort(collect_set(lang)) AS languages"),
                expr("min(t) AS f"), expr("max(t) AS z"));
        return totals.join(days, "source").join(lags, new String[] {"source"}, "left")
                .selectExpr("source", "articles", "first_reports", "to_json(named_struct('id', source, 'n', articles, "
                        + "'stories', stories, 'fr', first_reports, 'lag', median_lag, 'covered', coalesce(covered, 0), "
                        + "'dup', round(duplicate_share, 4), 'l', languages, 'f', f, 'z', z, 'days', days)) AS json");
    }

    /** An entity id (16 hex digits) as the signed long of its 64 bits. */
    private static final String NUMBER_OF_ID = "CAST(conv(entity_id, 16, -10) AS BIGINT)";

    private static final String ENTITY_FIELDS = "'id', entity_id, 'name', name, 'type', type, 'n', doc_count, "
            + "'s', coalesce(story_count, 0), 'l', languages, 'f', unix_millis(first_seen), 'z', unix_millis(last_seen)";

    /**
     * An entity's page: names per language, mentions per day, the largest stories it appears in
     * (up to {@link #ENTITY_STORIES}) and the entities most often mentioned in the same documents
     * (up to {@link #COOCCURRING}).
     */
    private Dataset<Row> entityDetails(Dataset<Row> entities, Dataset<Row> articles, Dataset<Row> stories) {
        // One row per (document, entity) with its mention count: all three parts read it.
        Dataset<Row> mentions = caches.keep(tables.read(MentionsTable.NAME, MentionsTable.SCHEMA)
                .groupBy("doc_id", "entity_id").agg(count(lit(1)).as("m"))
                .join(articles.select("doc_id", "story_id", "day"), "doc_id"));
        Dataset<Row> perDay = mentions.groupBy("entity_id", "day").agg(expr("sum(m) AS n"))
                .groupBy("entity_id").agg(expr("array_sort(collect_list(named_struct('day', day, 'n', n))) AS days"));
        // The top of each ranking by sorting each entity's collected rows: one aggregation, where a
        // window would sort all the rows in one shuffle and then aggregate them in another.
        Dataset<Row> inStories = mentions.select("entity_id", "story_id").distinct()
                .join(stories.selectExpr("story_id", "title", "article_count"), "story_id")
                .groupBy("entity_id").agg(count(lit(1)).as("story_total"), expr("transform(slice(array_sort(collect_list("
                        + "named_struct('n', -article_count, 'id', story_id, 'title', title))), 1, " + ENTITY_STORIES + "), "
                        + "s -> named_struct('id', s.id, 'title', s.title, 'n', -s.n)) AS stories"));
        // Each document's ordered pairs of distinct entities, counted: a generator per document,
        // cheaper than a self-join on doc_id. Pairs are counted on the ids' 64 bits as numbers (16
        // hex digits read as a signed long, one to one), which hash and compare faster than strings.
        // Names are joined without a broadcast hint: the entities table grows with the input, so
        // Spark broadcasts it only while it is under spark.sql.autoBroadcastJoinThreshold.
        Dataset<Row> numbered = entities.selectExpr(NUMBER_OF_ID + " AS k", "entity_id", "name", "type");
        Dataset<Row> pairs = mentions.groupBy("doc_id").agg(expr("collect_list(" + NUMBER_OF_ID + ") AS ids"))
                .selectExpr("explode(ids) AS k", "ids").selectExpr("k", "explode(array_remove(ids, k)) AS other")
                .groupBy("k", "other").agg(count(lit(1)).as("shared"))
                .join(numbered.withColumnRenamed("k", "other").withColumnRenamed("entity_id", "id"), "other")
                .groupBy("k").agg(expr("slice(array_sort(collect_list(named_struct('shared', -shared, 'id', id, "
                        + "'name', name, 'type', type))), 1, " + COOCCURRING + ") AS co"))
                .join(numbered.select("k", "entity_id"), "k")
                .selectExpr("entity_id", "transform(co, p -> named_struct('id', p.id, 'name', p.name, 'type', p.type, "
                        + "'shared', -p.shared)) AS co");
        return entities.join(perDay, new String[] {"entity_id"}, "left").join(inStories, new String[] {"entity_id"}, "left")
                .join(pairs, new String[] {"entity_id"}, "left")
                .selectExpr("entity_id AS id", "to_json(named_struct(" + ENTITY_FIELDS + ", 'names', names, "
                        + "'days', coalesce(days, array()), 'story_total', coalesce(story_total, 0), "
                        + "'stories', coalesce(stories, array()), 'co', coalesce(co, array()))) AS json");
    }

    /** The front page: totals, per-day counts by language, the top of each ranking, rejects and the manifest. */
    private ObjectNode overview(Dataset<Row> articles, Dataset<Row> stories, Dataset<Row> sources, Dataset<Row> entities,
                                long entityCount) {
        ObjectNode overview = JSON.createObjectNode();
        ObjectNode totals = overview.putObject("totals");
        Row counts = articles.agg(count(lit(1)), expr("count(DISTINCT source)"), expr("min(t)"), expr("max(t)")).first();
        totals.put("documents", counts.getLong(0));
        totals.put("sources", counts.getLong(1));
        Row storyCounts = stories.agg(count(lit(1)), expr("count_if(article_count >= 2)"),
                expr("count_if(size(languages) >= 2)")).first();
        totals.put("stories", storyCounts.getLong(0));
        totals.put("multi_article_stories", storyCounts.getLong(1));
        totals.put("multilingual_stories", storyCounts.getLong(2));
        totals.put("entities", entityCount);
        if (!counts.isNullAt(2)) {
            totals.put("first", counts.getLong(2));
            totals.put("last", counts.getLong(3));
        }
        ObjectNode daily = overview.putObject("daily");
        // Stacked by language: documents by their own; stories by their first article's; sources by
        // the language most of their articles that day were in.
        daily.set("documents", series(articles.groupBy("day", "lang").agg(count(lit(1)).as("n"))));
        daily.set("stories", series(articles.select("story_id", "day").distinct()
                .join(stories.select("story_id", "first_lang"), "story_id")
                .groupBy(col("day"), col("first_lang").as("lang")).agg(count(lit(1)).as("n"))));
        daily.set("sources", series(articles.groupBy("day", "source", "lang").agg(count(lit(1)).as("m"))
                .withColumn("r", expr("row_number() OVER (PARTITION BY day, source ORDER BY m DESC, lang)"))
                .filter("r = 1").groupBy("day", "lang").agg(count(lit(1)).as("n"))));
        overview.set("largest", rows(stories.orderBy(col("article_count").desc(), col("story_id"))
                .selectExpr("to_json(named_struct(" + STORY_FIELDS + "))")));
        overview.set("fastest", rows(stories.filter("article_count >= 2")
                .orderBy(col("first_day").desc(), col("article_count").desc(), col("story_id"))
                .selectExpr("to_json(named_struct(" + STORY_FIELDS + "))")));
        overview.set("top_sources", rows(sources.orderBy(col("articles").desc(), col("source")).select("json")));
        overview.set("top_entities", entities == null ? JSON.createArrayNode()
                : rows(entities.orderBy(col("doc_count").desc(), col("entity_id")).selectExpr("to_json(named_struct("
                        + ENTITY_FIELDS + "))")));
        ObjectNode rejects = overview.putObject("rejects");
        if (tables.exists(RejectsTable.NAME)) {
            for (Row row : tables.read(RejectsTable.NAME, RejectsTable.SCHEMA).groupBy("reason").count()
                    .orderBy(col("count").desc(), col("reason")).collectAsList()) {
                rejects.put(row.getString(0), row.getLong(1));
            }
        }
        overview.set("manifest", manifest());
        overview.put("top", top);
        return overview;
    }

    /** Day × language counts as {days: [...], languages: [...], counts: {lang: [per day]}}: bounded by the calendar. */
    private static ObjectNode series(Dataset<Row> dayLangCounts) {
        List<Row> rows = dayLangCounts.orderBy("day", "lang").collectAsList();
        List<String> days = rows.stream().map(r -> r.<String>getAs("day")).distinct().sorted().toList();
        List<String> languages = rows.stream().map(r -> r.<String>getAs("lang")).distinct().sorted().toList();
        ObjectNode series = JSON.createObjectNode();
        ArrayNode dayArray = series.putArray("days");
        days.forEach(dayArray::add);
        ObjectNode byLanguage = series.putObject("counts");
        for (String lang : languages) {
            long[] perDay = new long[days.size()];
            for (Row row : rows) {
                if (row.<String>getAs("lang").equals(lang)) {
                    perDay[days.indexOf(row.<String>getAs("day"))] = ((Number) row.getAs("n")).longValue();
                }
            }
            ArrayNode values = byLanguage.putArray(lang);
            for (long value : perDay) {
                values.add(value);
            }
        }
        return series;
    }

    /** The first {@code top} JSON rows, in order. */
    private ArrayNode rows(Dataset<Row> json) {
        ArrayNode array = JSON.createArrayNode();
        for (Row row : json.limit(top).collectAsList()) {
            array.add(parse(row.getString(0)));
        }
        return array;
    }

    /** The run's manifest, with the list of input files cut to its length and first names. */
    private JsonNode manifest() {
        String text = tables.readFile(RunManifest.FILE);
        if (text == null) {
            return JSON.nullNode();
        }
        ObjectNode manifest = (ObjectNode) parse(text);
        for (String list : List.of("input_files", "skipped_files")) {
            JsonNode files = manifest.get(list);
            if (files != null && files.isArray() && files.size() > top) {
                ArrayNode kept = JSON.createArrayNode();
                for (int i = 0; i < top; i++) {
                    kept.add(files.get(i));
                }
                manifest.put(list + "_count", files.size());
                manifest.set(list, kept);
            }
        }
        return manifest;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A list in display order (column n descending, then id), each row the JSON of {@code json},
     * cut into files of {@link SiteLayout#LIST_CHUNK}. The JSON is made after the sort and kept, so
     * it is made once; the global rank comes from zipWithIndex, which numbers the sorted rows
     * without moving them to one partition.
     */
    private long writeList(String list, Dataset<Row> rows, String json) {
        Dataset<Row> sorted = caches.keep(rows.orderBy(col("n").desc(), col("id")).selectExpr(json + " AS json"));
        var ranked = sorted.javaRDD().zipWithIndex()
                .map((Tuple2<Row, Long> row) -> RowFactory.create(SiteLayout.listFile(list, row._2()),
                        String.format(Locale.ROOT, "%012d", row._2()), row._1().getString(0)));
        return writeFiles(spark.createDataFrame(ranked, FILE_ROWS), false);
    }

    /** Detail records (id, json) into bucket files by the id's first {@code digits} hex digits. */
    private long writeBuckets(String kind, Dataset<Row> details, int digits) {
        return writeFiles(details.selectExpr("concat('" + kind + "/', lower(substring(id, 1, " + digits + "))) AS file",
                "id AS key", "json"), true);
    }

    /** Writes (file, key, json) rows, each file from one partition, sorted; returns the files written. */
    private long writeFiles(Dataset<Row> rows, boolean keyed) {
        LongAccumulator written = spark.sparkContext().longAccumulator("report files");
        rows.repartition(col("file")).sortWithinPartitions("file", "key").foreachPartition(partitionWriter(site, keyed, written));
        return written.value();
    }

    /** Static, so that the function shipped to the executors holds the site and nothing of this writer. */
    private static ForeachPartitionFunction<Row> partitionWriter(SiteFiles files, boolean keyed, LongAccumulator written) {
        return partition -> written.add(files.writeSorted(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return partition.hasNext();
            }

            @Override
            public String[] next() {
                Row row = partition.next();
                return new String[] {row.getString(0), row.getString(1), row.getString(2)};
            }
        }, keyed));
    }
}
