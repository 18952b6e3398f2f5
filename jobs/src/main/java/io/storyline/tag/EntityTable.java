package io.storyline.tag;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import io.storyline.pipeline.StageSummary.SummaryLine;
import io.storyline.pipeline.Write;
import io.storyline.schema.EntitiesTable;
import io.storyline.schema.MentionsTable;
import io.storyline.spark.TableStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code entities} table, rebuilt from all the mentions of a run: by the tag stage after it
 * writes a day's mentions, and by the resolve stage after it rewrites their entity ids.
 */
public final class EntityTable {
    /** Entities listed in a run's summary. */
    static final int TOP = 5;

    /** An entity for the summary. */
    public record TopEntity(String name, String type, long docCount) {}

    /** The written table's size and its most mentioned entities. */
    public record Counted(long entities, List<TopEntity> top) {
        /** The summary line of the top entities: "Putin (PER, 5 docs), ...". */
        SummaryLine topLine() {
            return new SummaryLine("top entities",
                    String.join(", ", top.stream().map(e -> e.name() + " (" + e.type() + ", " + e.docCount() + " docs)").toList()));
        }
    }

    private EntityTable() {}

    /** Rebuilds entities from the mentions as the run's output holds them once they are written. */
    static Write rebuild(Dataset<Row> documents, Gazetteer gazetteer) {
        return Write.all(EntitiesTable.NAME, output -> of(output.read(MentionsTable.NAME, MentionsTable.SCHEMA), documents, gazetteer)
                .coalesce(1).sortWithinPartitions("entity_id"));
    }

    /**
     * The entities of a set of mentions: per entity_id its display name, majority type, most frequent
     * base form per language, document count, languages and first and last event time.
     *
     * @param documents rows with at least doc_id, lang and event_time
     */
    public static Dataset<Row> of(Dataset<Row> mentions, Dataset<Row> documents, Gazetteer gazetteer) {
        // A page crawled again unchanged on a later day is in both days' documents and was tagged on both: its
        // earliest day's copy and mentions count, once (joined by doc_id alone, each mention met every copy).
        Dataset<Row> earliest = documents.groupBy("doc_id").agg(min(MentionsTable.PARTITION).as(MentionsTable.PARTITION),
                expr("min_by(lang, " + MentionsTable.PARTITION + ")").as("lang"),
                expr("min_by(event_time, " + MentionsTable.PARTITION + ")").as("event_time"));
        Dataset<Row> md = mentions.select("entity_id", "doc_id", "type", "base_form", MentionsTable.PARTITION)
                .join(earliest, scala.collection.JavaConverters.asScalaBuffer(List.of("doc_id", MentionsTable.PARTITION)).toSeq())
                .drop(MentionsTable.PARTITION);
        Dataset<Row> forms = md.groupBy("entity_id", "lang", "base_form").agg(count("*").as("n"))
                .groupBy("entity_id").agg(collect_list(struct("lang", "base_form", "n")).as("forms"));
        Dataset<Row> types = md.groupBy("entity_id", "type").agg(count("*").as("n"))
                .groupBy("entity_id").agg(collect_list(struct("type", "n")).as("types"));
        Dataset<Row> docs = md.select("entity_id", "doc_id", "lang", "event_time").distinct()
                .groupBy("entity_id").agg(count("*").as("doc_count"), sort_array(collect_set("lang")).as("languages"),
                        min("event_time").as("first_seen"), max("event_time").as("last_seen"));
        Map<String, String> english = new HashMap<>();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            List<String> en = e.names().get("en");
            if (en != null) {
                english.put(EntityKeys.id("g:" + e.id()), en.get(0));
            }
        }
        Function<Row, Row> toEntity = row -> EntityNames.entityRow(row, english);
        return mentions.sparkSession().createDataFrame(forms.join(types, "entity_id").join(docs, "entity_id").javaRDD().map(toEntity),
                EntitiesTable.SCHEMA);
    }

    /** The written table's size and top entities. */
    static Counted counted(TableStore output) {
        Dataset<Row> entities = output.read(EntitiesTable.NAME, EntitiesTable.SCHEMA);
        List<TopEntity> top = entities.orderBy(col("doc_count").desc(), col("entity_id")).limit(TOP).collectAsList().stream()
                .map(r -> new TopEntity(r.getAs("name"), r.getAs("type"), r.<Long>getAs("doc_count"))).toList();
        return new Counted(entities.count(), top);
    }
}
