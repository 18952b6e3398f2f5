package io.storyline.tables;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import io.storyline.pipeline.Plan;
import io.storyline.pipeline.Stage;
import io.storyline.pipeline.StageInputs;
import io.storyline.pipeline.StageSpec;
import io.storyline.pipeline.StageSummary;
import io.storyline.pipeline.TableInput;
import io.storyline.pipeline.TableOutput;
import io.storyline.pipeline.Write;
import io.storyline.schema.EntitiesTable;
import io.storyline.schema.MentionsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.schema.SourceTimelinesTable;
import io.storyline.schema.StoryArticlesTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tables stage: {@code source_timelines} from the stories, and {@code entities.story_count}.
 *
 * <p>Per source and UTC day of {@code event_time}: its articles, the stories they belong to, their
 * languages; {@code first_reports}, the stories whose earliest article (by event time, then
 * doc_id) is this source's and falls on that day; {@code median_lag_minutes}, the median over the
 * day's multi-article stories of how long after the story's first article this source's first
 * article of the story that day appeared (0 for its own first reports; null when it covered no
 * multi-article story); {@code duplicate_share}, the share of its articles that are
 * non-representative members of a near-duplicate group.
 */
public final class TablesStage implements Stage<TablesStage.Summary> {
    private static final StageSpec SPEC = new StageSpec("tables",
            List.of(TableInput.required(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA, "stories"),
                    TableInput.optional(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA, "dedup", "duplicate_share is 0"),
                    TableInput.optional(EntitiesTable.NAME, EntitiesTable.SCHEMA, "tag", "story_count not filled"),
                    TableInput.optional(MentionsTable.NAME, MentionsTable.SCHEMA, "tag", "story_count is 0")),
            List.of(TableOutput.replaceAll(SourceTimelinesTable.NAME, SourceTimelinesTable.SCHEMA, SourceTimelinesTable.PARTITION),
                    TableOutput.replaceAll(EntitiesTable.NAME, EntitiesTable.SCHEMA)));

    /** What a tables run wrote; {@code entities} is -1 when the run has no entities table. */
    public record Summary(long storyArticles, long sourceDays, long entities) implements StageSummary {
        @Override
        public Report report() {
            Map<String, Long> rows = new TreeMap<>(Map.of(SourceTimelinesTable.NAME, sourceDays));
            if (entities >= 0) {
                rows.put(EntitiesTable.NAME, entities);
            }
            return new Report(storyArticles, sourceDays + " source-days, " + Math.max(entities, 0) + " entities from "
                    + storyArticles + " story articles", rows,
                    List.of(new SummaryLine("timelines", String.format(Locale.ROOT, "%,d source-days%s", sourceDays,
                            entities < 0 ? "" : String.format(Locale.ROOT, ", story counts for %,d entities", entities)))));
        }
    }

    @Override
    public StageSpec spec() {
        return SPEC;
    }

    /** Both tables are recomputed in full from all the stories: a daily run's stories can reach any day. */
    @Override
    public Plan<Summary> plan(StageInputs in) {
        Dataset<Row> articles = in.table(StoryArticlesTable.NAME);
        List<Write> writes = new ArrayList<>();
        writes.add(Write.all(SourceTimelinesTable.NAME, sourceTimelines(articles, in.table(NearDuplicatesTable.NAME))
                .repartition(col(SourceTimelinesTable.PARTITION)).sortWithinPartitions(SourceTimelinesTable.PARTITION, "source")));
        boolean entities = in.has(EntitiesTable.NAME);
        if (entities) {
            // Safe when it replaces the very table it reads: the write completes in staging first.
            writes.add(Write.all(EntitiesTable.NAME, entitiesWithStoryCounts(in.table(EntitiesTable.NAME),
                    in.table(MentionsTable.NAME), articles).coalesce(1).sortWithinPartitions("entity_id")));
        }
        return new Plan<>(writes, output -> new Summary(articles.count(),
                output.read(SourceTimelinesTable.NAME, SourceTimelinesTable.SCHEMA).count(),
                entities ? output.read(EntitiesTable.NAME, EntitiesTable.SCHEMA).count() : -1));
    }

    public static Dataset<Row> sourceTimelines(Dataset<Row> storyArticles, Dataset<Row> nearDuplicates) {
        Dataset<Row> copies = nearDuplicates.filter(col("doc_id").notEqual(col("representative_doc_id")))
                .select(col("doc_id"), lit(1).as("is_copy"));
        Dataset<Row> articles = storyArticles
                .withColumn("date", to_date(col("event_time")))
                .withColumn("first_rank", row_number().over(Window.partitionBy("story_id").orderBy("event_time", "doc_id")))
                .withColumn("story_size", count(lit(1)).over(Window.partitionBy("story_id")))
                .withColumn("story_first", min("event_time").over(Window.partitionBy("story_id")))
                .join(copies, "doc_id", "left");
        Dataset<Row> perDay = articles.groupBy("source", "date").agg(
                count(lit(1)).as("articles"),
                countDistinct("story_id").as("stories"),
                array_sort(collect_set("lang")).as("languages"),
                sum(when(col("first_rank").equalTo(1), lit(1L)).otherwise(lit(0L))).as("first_reports"),
                sum(coalesce(col("is_copy"), lit(0))).cast(DataTypes.DoubleType).divide(count(lit(1))).as("duplicate_share"));
        Dataset<Row> lags = articles.filter(col("story_size").geq(2))
                .groupBy("source", "date", "story_id")
                .agg(min("event_time").as("own_first"), max("story_first").as("story_first"))
                .withColumn("lag", unix_micros(col("own_first")).minus(unix_micros(col("story_first"))).divide(60_000_000.0))
                .groupBy("source", "date")
                .agg(expr("percentile(lag, 0.5)").as("median_lag_minutes"));
        return perDay.join(lags, seq("source", "date"), "left")
                .select(columns(SourceTimelinesTable.SCHEMA));
    }

    /** The entities table with {@code story_count}: the stories with at least one article mentioning the entity. */
    public static Dataset<Row> entitiesWithStoryCounts(Dataset<Row> entities, Dataset<Row> mentions, Dataset<Row> storyArticles) {
        Dataset<Row> counts = mentions.select("doc_id", "entity_id")
                .join(storyArticles.select("doc_id", "story_id"), "doc_id")
                .groupBy("entity_id").agg(countDistinct("story_id").as("counted"));
        return entities.drop("story_count").join(counts, seq("entity_id"), "left")
                .withColumn("story_count", coalesce(col("counted"), lit(0L)))
                .select(columns(EntitiesTable.SCHEMA));
    }

    private static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.collection.JavaConverters.asScalaBuffer(Arrays.asList(names)).toList();
    }

    private static Column[] columns(StructType schema) {
        return Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
    }
}
