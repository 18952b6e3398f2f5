package io.storyline.tag;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import io.storyline.config.Settings;
import io.storyline.schema.EntitiesTable;
import io.storyline.schema.MentionsTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;

/**
 * The tag stage: {@code documents} in, {@code mentions} out, and the {@code entities} table built
 * from them. The Spark NLP pipeline ({@link TagPipeline}) is fitted once on the driver, or loaded
 * from {@code storyline.tag.model}, and then runs per partition.
 */
public final class TagStage {
    private final SparkSession spark;
    private final Settings.Tag settings;
    private Gazetteer gazetteer;

    public TagStage(SparkSession spark, Settings.Tag settings) {
        this.spark = spark;
        this.settings = settings;
    }

    private Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.load(settings.gazetteer());
        }
        return gazetteer;
    }

    /** The fitted pipeline: loaded from {@code storyline.tag.model} when saved there, else fitted (and saved there). */
    public PipelineModel model() {
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
     * @param documents rows with at least doc_id, text, lang and crawl_date; returns rows of {@link MentionsTable}
     */
    public Dataset<Row> mentions(Dataset<Row> documents) {
        Dataset<Row> tagged = model().transform(documents.select("doc_id", "text", "lang", MentionsTable.PARTITION))
                .select(col("doc_id"), col("lang"), col(MentionsTable.PARTITION), col("tagged.mentions").as("mentions"),
                        col("tagged.forms").as("forms"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Column day = col(MentionsTable.PARTITION).cast("string").as("day");
        Dataset<Row> wanted = tagged.select(day, col("lang"), explode(col("mentions.candidates")).as("c"))
                .select(col("day"), col("lang"), explode(col("c")).as("c"))
                .select(col("day"), col("lang"), explode(col("c")).as("form")).distinct();
        Dataset<Row> seen = tagged.select(day, col("lang"), explode(col("forms")).as("form")).distinct();
        Set<String> attested = new HashSet<>();
        for (Row r : wanted.join(seen, new String[] {"day", "lang", "form"}).collectAsList()) {
            attested.add(r.getString(0) + "\u0000" + r.getString(1) + "\u0000" + r.getString(2));
        }
        Broadcast<Set<String>> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(attested);
        UDF3<Row, String, String, Row> resolve = (m, lang, crawlDay) -> {
            Mention mention = new Mention(m.getInt(0), m.getInt(1), m.getString(2), m.getString(3), m.getString(4),
                    m.getList(5), m.getList(6), m.<scala.collection.Seq<String>>getList(7).stream()
                            .map(c -> (List<String>) new ArrayList<>(scala.collection.JavaConverters.seqAsJavaList(c))).toList());
            String base = mention.baseForm(w -> shared.value().contains(crawlDay + "\u0000" + lang + "\u0000" + w));
            String key = mention.key(base);
            return RowFactory.create(base, EntityKeys.id(key), key);
        };
        StructType resolved = new StructType().add("base_form", DataTypes.StringType, false).add("entity_id", DataTypes.StringType, false)
                .add("entity_key", DataTypes.StringType, false);
        Dataset<Row> out = tagged.select(col("doc_id"), col("lang"), explode(col("mentions")).as("m"), col(MentionsTable.PARTITION))
                .select(col("doc_id"), col("m"), udf(resolve, resolved).apply(col("m"), col("lang"), col(MentionsTable.PARTITION).cast("string")).as("r"), col(MentionsTable.PARTITION))
                .select(col("doc_id"), col("r.entity_id").as("entity_id"), col("r.entity_key").as("entity_key"), col("m.type").as("type"), col("m.surface").as("surface"),
                        col("r.base_form").as("base_form"), col("m.start").as("start"), col("m.end").as("end"), col(MentionsTable.PARTITION));
        return out;
    }

    /**
     * The entities of a set of mentions: per entity_id its display name, majority type, most frequent
     * base form per language, document count, languages and first and last event time.
     *
     * @param documents rows with at least doc_id, lang and event_time
     */
    public Dataset<Row> entities(Dataset<Row> mentions, Dataset<Row> documents) {
        Dataset<Row> md = mentions.select("entity_id", "doc_id", "type", "base_form")
                .join(documents.select("doc_id", "lang", "event_time"), "doc_id");
        Dataset<Row> forms = md.groupBy("entity_id", "lang", "base_form").agg(count("*").as("n"))
                .groupBy("entity_id").agg(collect_list(struct("lang", "base_form", "n")).as("forms"));
        Dataset<Row> types = md.groupBy("entity_id", "type").agg(count("*").as("n"))
                .groupBy("entity_id").agg(collect_list(struct("type", "n")).as("types"));
        Dataset<Row> docs = md.select("entity_id", "doc_id", "lang", "event_time").distinct()
                .groupBy("entity_id").agg(count("*").as("doc_count"), sort_array(collect_set("lang")).as("languages"),
                        min("event_time").as("first_seen"), max("event_time").as("last_seen"));
        Map<String, String> english = new HashMap<>();
        for (Gazetteer.Entry e : gazetteer().entries()) {
            List<String> en = e.names().get("en");
            if (en != null) {
                english.put(EntityKeys.id("g:" + e.id()), en.get(0));
            }
        }
        Function<Row, Row> toEntity = row -> EntityNames.entityRow(row, english);
        return spark.createDataFrame(forms.join(types, "entity_id").join(docs, "entity_id").javaRDD().map(toEntity),
                EntitiesTable.SCHEMA);
    }
}
