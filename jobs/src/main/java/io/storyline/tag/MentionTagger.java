package io.storyline.tag;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The last pipeline stage: Spark NLP's tokens in, mentions out (an array of
 * {@link #MENTION} structs per document, with the document's capitalised word forms; see
 * {@link #OUTPUT}), through {@link MentionFinder}. The gazetteer is a
 * parameter, so a saved pipeline carries it and executors never read the gazetteer files.
 */
public final class MentionTagger extends Transformer implements DefaultParamsWritable {
    public static final StructType MENTION = new StructType()
            .add("start", IntegerType, false).add("end", IntegerType, false)
            .add("type", StringType, false).add("surface", StringType, false)
            .add("key", StringType, true)
            .add("words", DataTypes.createArrayType(StringType, false), false)
            .add("gaps", DataTypes.createArrayType(StringType, false), false)
            .add("candidates", DataTypes.createArrayType(DataTypes.createArrayType(StringType, false), false), false)
            .add("type_basis", StringType, false)
            .add("asks", DataTypes.createArrayType(StringType, false), false);
    /** The output: the mentions, and the document's capitalised word forms (evidence for base forms across documents). */
    public static final StructType OUTPUT = new StructType()
            .add("mentions", DataTypes.createArrayType(MENTION, false), false)
            .add("forms", DataTypes.createArrayType(StringType, false), false);

    private final String uid;
    private final Param<String> gazetteer;
    private final StringArrayParam languages;
    private final Param<String> outputCol;

    public MentionTagger() {
        this(Identifiable.randomUID("MentionTagger"));
    }

    public MentionTagger(String uid) {
        this.uid = uid;
        this.gazetteer = new Param<>(this, "gazetteer", "the gazetteer as TSV (Gazetteer.toTsv)");
        this.languages = new StringArrayParam(this, "languages", "the document languages the gazetteer is indexed for");
        this.outputCol = new Param<>(this, "outputCol", "the output column (struct of mentions and forms)");
        setDefault(outputCol, "tagged");
    }

    public static MLReader<MentionTagger> read() {
        return new DefaultParamsReader<>();
    }

    public Param<String> gazetteer() {
        return gazetteer;
    }

    public StringArrayParam languages() {
        return languages;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public MentionTagger setGazetteer(Gazetteer g) {
        set(gazetteer, g.toTsv());
        return this;
    }

    public MentionTagger setLanguages(List<String> langs) {
        set(languages, langs.toArray(new String[0]));
        return this;
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        Gazetteer g = new Gazetteer(Gazetteer.parse(getOrDefault(gazetteer), "the pipeline's gazetteer"));
        MentionFinder finder = new MentionFinder(new GazetteerIndex(g, List.of(getOrDefault(languages))));
        Broadcast<MentionFinder> shared = JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext()).broadcast(finder);
        UDF3<String, String, scala.collection.Seq<Row>, Row> tag = (text, lang, tokens) -> {
            if (text == null) {
                return RowFactory.create(List.of(), List.of());
            }
            String language = lang == null ? "" : lang;
            List<Token> toks = NameTokens.of(tokens(tokens), language);
            MentionFinder.Tagged found = shared.value().tag(text, language, toks);
            List<Row> out = new ArrayList<>(found.mentions().size());
            for (Mention m : found.mentions()) {
                out.add(MentionRows.toRow(m));
            }
            return RowFactory.create(out, new ArrayList<>(new java.util.TreeSet<>(found.forms())));
        };
        Column column = functions.udf(tag, OUTPUT)
                .apply(dataset.col("text"), dataset.col("lang"), dataset.col("token"));
        return dataset.withColumn(getOrDefault(outputCol), column);
    }

    /** Spark NLP tokens (end inclusive) as {@link Token}s (end exclusive). */
    private static List<Token> tokens(scala.collection.Seq<Row> annotations) {
        List<Token> out = new ArrayList<>(annotations.size());
        scala.collection.Iterator<Row> it = annotations.iterator();
        while (it.hasNext()) {
            Row a = it.next();
            scala.collection.Map<String, String> meta = a.getMap(4);
            int sentence = Integer.parseInt(meta.getOrElse("sentence", () -> "0"));
            out.add(new Token(a.getInt(1), a.getInt(2) + 1, a.getString(3), sentence));
        }
        return out;
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return schema.add(getOrDefault(outputCol), OUTPUT, false);
    }

    @Override
    public MentionTagger copy(ParamMap extra) {
        return defaultCopy(extra);
    }
}
