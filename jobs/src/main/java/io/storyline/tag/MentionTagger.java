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
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The last pipeline stage: Spark NLP's sentences and tokens (the {@code sentence} and {@code token} columns) in,
 * mentions out (an array of
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
            .add("asks", DataTypes.createArrayType(StringType, false), false)
            .add("settled", MentionRows.SETTLED, true);
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
        UDF6<String, String, scala.collection.Seq<Integer>, scala.collection.Seq<Integer>, scala.collection.Seq<String>,
                scala.collection.Seq<Integer>, Row> tag = (text, lang, begins, ends, words, sentenceBegins) -> {
            if (text == null) {
                return RowFactory.create(List.of(), List.of());
            }
            String language = lang == null ? "" : lang;
            List<Token> toks = NameTokens.of(tokens(begins, ends, words, sentenceBegins), language);
            MentionFinder.Tagged found = shared.value().tag(text, language, toks);
            List<Row> out = new ArrayList<>(found.mentions().size());
            for (Mention m : found.mentions()) {
                out.add(MentionRows.toRow(m));
            }
            return RowFactory.create(out, new ArrayList<>(new java.util.TreeSet<>(found.forms())));
        };
        // The annotations' fields as plain arrays: handing the UDF whole annotation structs made Spark convert
        // each token's metadata map and embeddings to Scala objects (8% of the stage's time).
        Column token = dataset.col("token");
        Column column = functions.udf(tag, OUTPUT).apply(dataset.col("text"), dataset.col("lang"),
                token.getField("begin"), token.getField("end"), token.getField("result"), dataset.col("sentence").getField("begin"));
        return dataset.withColumn(getOrDefault(outputCol), column);
    }

    /**
     * Spark NLP tokens (end inclusive) as {@link Token}s (end exclusive), each numbered by the sentence it
     * starts in (the sentences' begin offsets, ascending, as the sentence detector writes them).
     */
    static List<Token> tokens(scala.collection.Seq<Integer> begins, scala.collection.Seq<Integer> ends,
                              scala.collection.Seq<String> words, scala.collection.Seq<Integer> sentenceBegins) {
        List<Token> out = new ArrayList<>(words.size());
        int sentence = 0;
        for (int i = 0; i < words.size(); i++) {
            int begin = begins.apply(i);
            while (sentence + 1 < sentenceBegins.size() && sentenceBegins.apply(sentence + 1) <= begin) {
                sentence++;
            }
            out.add(new Token(begin, ends.apply(i) + 1, words.apply(i), sentence));
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
