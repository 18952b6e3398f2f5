package io.storyline.tag;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

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
import io.storyline.schema.EntitiesTable;
import io.storyline.schema.MentionsTable;
import io.storyline.spark.Caches;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The tag stage: {@code documents} in, {@code mentions} out, and the {@code entities} table built
 * from them. The Spark NLP pipeline ({@link TagPipeline}) is fitted once on the driver, or loaded
 * from {@code storyline.tag.model}, and then runs per partition.
 */
public record TagStage(Settings.Tag settings, Gazetteer gazetteer) implements Stage<TagStage.Summary> {
    private static final StageSpec SPEC = new StageSpec("tag",
            List.of(TableInput.required(DocumentsTable.NAME, DocumentsTable.SCHEMA, "ingest")),
            List.of(TableOutput.replacePartitions(MentionsTable.NAME, MentionsTable.SCHEMA, MentionsTable.PARTITION),
                    TableOutput.replaceAll(EntitiesTable.NAME, EntitiesTable.SCHEMA)));

    /** What a tag run wrote: documents tagged, all mentions of the run, and its entities. */
    public record Summary(long documents, long mentions, EntityTable.Counted entities) implements StageSummary {
        @Override
        public Report report() {
            return new Report(documents, documents + " documents -> " + mentions + " mentions of " + entities.entities() + " entities",
                    Map.of(MentionsTable.NAME, mentions, EntitiesTable.NAME, entities.entities()),
                    List.of(new SummaryLine("mentions", String.format(Locale.ROOT, "%,d of %,d entities in %,d documents",
                            mentions, entities.entities(), documents)), entities.topLine()));
        }
    }

    /** The stage with the configured gazetteer. */
    public TagStage(Settings.Tag settings) {
        this(settings, Gazetteer.of(settings));
    }

    @Override
    public StageSpec spec() {
        return SPEC;
    }

    /** Tags every document, or a daily run's day only: mentions are per day, entities over all days. */
    @Override
    public Plan<Summary> plan(StageInputs in) {
        LocalDate day = in.day();
        Dataset<Row> allDocuments = in.table(DocumentsTable.NAME);
        Dataset<Row> documents = day == null ? allDocuments
                : allDocuments.filter(col(DocumentsTable.PARTITION).equalTo(lit(day.toString()).cast("date")));
        Dataset<Row> tagged = mentions(documents, in.caches());
        Write mentions = day == null ? Write.all(MentionsTable.NAME, tagged)
                : Write.partitions(MentionsTable.NAME, tagged, List.of(day.toString()));
        return new Plan<>(List.of(mentions, EntityTable.rebuild(allDocuments, gazetteer())), output -> new Summary(
                documents.count(), output.read(MentionsTable.NAME, MentionsTable.SCHEMA).count(), EntityTable.counted(output)));
    }

    /** The fitted pipeline: loaded from {@code storyline.tag.model} when saved there, else fitted (and saved there). */
    public PipelineModel model(SparkSession spark) {
        String location = settings.model();
        if (location == null || location.isBlank()) {
            return TagPipeline.fit(spark, gazetteer(), settings.languages());
        }
        try {
            Path path = new Path(location);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(path)) {
                return PipelineModel.load(location);
            }
            PipelineModel model = TagPipeline.fit(spark, gazetteer(), settings.languages());
            model.write().save(location);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Mentions of documents. Base forms are settled across the crawl day: a candidate nominative seen
     * capitalised in any document of the same language and day wins over the default (in a day of news
     * the nominative of a name is nearly always written somewhere, in one article only a third of the
     * time). The day, not the run, is the batch, so a daily run and a run over many days agree.
     *
     * @param documents rows with at least doc_id, text, lang and crawl_date; returns rows of {@link MentionsTable},
     *     hash-partitioned by day and entity key, each partition in day, document and offset order
     *     as the table is written
     * @param caches where the tagged documents are kept while their mentions are settled
     */
    public Dataset<Row> mentions(Dataset<Row> documents, Caches caches) {
        SparkSession spark = documents.sparkSession();
        Dataset<Row> tagged = caches.keep(model(spark).transform(documents.select("doc_id", "text", "lang", MentionsTable.PARTITION))
                .select(col("doc_id"), col("lang"), col(MentionsTable.PARTITION), col("tagged.mentions").as("mentions"),
                        col("tagged.forms").as("forms")));
        // A mention with a choice of base forms asks whether its candidates are seen in its day and
        // language; the answer is a join, so nothing that grows with the crawl goes through the driver.
        Dataset<Row> perMention = tagged.select(col("doc_id"), col("lang"), col(MentionsTable.PARTITION),
                posexplode(col("mentions")).as(new String[] {"i", "m"}));
        Column asks = size(col("m.asks")).gt(0);
        Dataset<Row> asking = perMention.filter(asks);
        Dataset<Row> asked = asking.select(col("doc_id"), col("i"), col(MentionsTable.PARTITION).cast("string").as("day"),
                col("lang"), explode(col("m.asks")).as("form"));
        Dataset<Row> seen = tagged.select(col(MentionsTable.PARTITION).cast("string").as("day"), col("lang"),
                explode(col("forms")).as("form")).distinct();
        Dataset<Row> attested = asked.join(seen, new String[] {"day", "lang", "form"})
                .groupBy("doc_id", "i").agg(collect_set("form").as("attested"));
        UDF2<Row, scala.collection.Seq<String>, Row> settle = (m, forms) -> {
            Set<String> seenForms = forms == null ? Set.of()
                    : new HashSet<>(scala.collection.JavaConverters.seqAsJavaList(forms));
            return MentionRows.settled(MentionRows.fromRow(m), seenForms::contains);
        };
        // Only the mentions that ask meet the answers; the others were settled in their document.
        Dataset<Row> answered = asking.join(attested, new String[] {"doc_id", "i"}, "left")
                .select(col("doc_id"), col("lang"), col("m"), udf(settle, MentionRows.SETTLED).apply(col("m"), col("attested")).as("r"),
                        col(MentionsTable.PARTITION))
                .unionByName(perMention.filter(not(asks)).select(col("doc_id"), col("lang"), col("m"), col("m.settled").as("r"),
                        col(MentionsTable.PARTITION)));
        // Partitioned by what the day's type votes group (day, entity key), so that they are windows
        // with no second shuffle; a whole day in one partition would be one task per day, however large the day.
        Dataset<Row> settled = answered
                .select(col("doc_id"), col("lang"), col("r.entity_id").as("entity_id"), col("r.entity_key").as("entity_key"), col("m.type").as("type"),
                        col("m.surface").as("surface"), col("r.base_form").as("base_form"), col("m.start").as("start"),
                        col("m.end").as("end"), col(MentionsTable.PARTITION), col("r.votes").as("votes"),
                        col("r.type_open").as("type_open"), col("r.may_be_person").as("may_be_person"))
                .repartition(col(MentionsTable.PARTITION), col("entity_key"));
        return withBatchTypes(settled).select("doc_id", "entity_id", "entity_key", "type", "surface", "base_form", "start", "end",
                MentionsTable.PARTITION).sortWithinPartitions(MentionsTable.PARTITION, "doc_id", "start");
    }

    /**
     * One name, one type in a crawl day: a one-word mention typed by its shape alone ("Ryanair" after
     * "w", a lone "Barnier") or by a title alone ("mluvčí Ryanair") takes the type that evidence gave its
     * entity key's mentions in the day's other documents, in every language, as the key is cross-lingual
     * (the gazetteer, a cue such as "авиакомпания Ryanair", the person "Michel Barnier", "след Брекзит"
     * for a Polish "Brexit"), the most frequent one, ties to the first in name order; titles vote only
     * where no evidence does. An acronym never becomes a person. Only one-word mentions: a longer
     * name's key depends on its type (a person's is its surname's). The day is the batch, as for base
     * forms; the votes are windows over the day's partition.
     */
    static Dataset<Row> withBatchTypes(Dataset<Row> mentions) {
        String day = MentionsTable.PARTITION;
        // Windows, not a join: in a day's partition they cost a sort, where a join shuffled every mention again.
        Column voting = col("votes").gt(0).and(col("entity_key").isNotNull());
        WindowSpec byType = Window.partitionBy(day, "entity_key", "type");
        Dataset<Row> counted = mentions
                .withColumn("evidence_votes", count(when(voting.and(col("votes").equalTo(MentionRows.VOTES_EVIDENCE)), lit(1))).over(byType))
                .withColumn("title_votes", count(when(voting.and(col("votes").equalTo(MentionRows.VOTES_TITLE)), lit(1))).over(byType));
        // The most evidence votes, then the most title votes, ties to the first type in name order.
        Column vote = min(when(voting, struct(negate(col("evidence_votes")), negate(col("title_votes")), col("type"))))
                .over(Window.partitionBy(day, "entity_key")).getField("type");
        Dataset<Row> voted = counted.withColumn("vote", vote);
        return voted.withColumn("type", when(col("type_open").and(col("vote").isNotNull())
                .and(col("vote").notEqual(lit("PER")).or(col("may_be_person"))), col("vote")).otherwise(col("type")));
    }

    /** The entities of a set of mentions (see {@link EntityTable#of}). */
    public Dataset<Row> entities(Dataset<Row> mentions, Dataset<Row> documents) {
        return EntityTable.of(mentions, documents, gazetteer());
    }
}
