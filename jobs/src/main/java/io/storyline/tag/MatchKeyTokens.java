package io.storyline.tag;

import com.johnsnowlabs.nlp.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructType;

/**
 * A pipeline stage that turns Spark NLP tokens into match-key tokens ({@code lang:stem}, same
 * offsets and metadata), so that Spark NLP's TextMatcher finds gazetteer names in any inflection:
 * "Путину" and "Путин" both become {@code ru:путин}.
 */
public final class MatchKeyTokens extends Transformer implements DefaultParamsWritable {
    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> langCol;
    private final Param<String> outputCol;

    public MatchKeyTokens() {
        this(Identifiable.randomUID("MatchKeyTokens"));
    }

    public MatchKeyTokens(String uid) {
        this.uid = uid;
        this.inputCol = new Param<>(this, "inputCol", "the Spark NLP token column");
        this.langCol = new Param<>(this, "langCol", "the column with the document's language (ISO 639-1)");
        this.outputCol = new Param<>(this, "outputCol", "the match-key token column");
        setDefault(inputCol, "token");
        setDefault(langCol, "lang");
        setDefault(outputCol, "match_token");
    }

    public static MLReader<MatchKeyTokens> read() {
        return new DefaultParamsReader<>();
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> langCol() {
        return langCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        UDF2<scala.collection.Seq<Row>, String, List<Row>> keys = (tokens, lang) -> {
            List<Row> out = new ArrayList<>(tokens.size());
            scala.collection.Iterator<Row> it = tokens.iterator();
            while (it.hasNext()) {
                Row t = it.next();
                out.add(RowFactory.create("token", t.getInt(1), t.getInt(2),
                        GazetteerIndex.token(t.getString(3), lang == null ? "" : lang), t.get(4), new float[0]));
            }
            return out;
        };
        Column column = functions.udf(keys, Annotation.arrayType())
                .apply(dataset.col(getOrDefault(inputCol)), dataset.col(getOrDefault(langCol)));
        return dataset.withColumn(getOrDefault(outputCol), column.as(getOrDefault(outputCol), tokenMetadata()));
    }

    static Metadata tokenMetadata() {
        return new MetadataBuilder().putString("annotatorType", "token").build();
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return schema.add(getOrDefault(outputCol), Annotation.arrayType(), false, tokenMetadata());
    }

    @Override
    public MatchKeyTokens copy(ParamMap extra) {
        return defaultCopy(extra);
    }
}
