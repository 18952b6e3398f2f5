package io.storyline.tag;

import com.johnsnowlabs.nlp.DocumentAssembler;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tag stage's Spark ML pipeline: Spark NLP's DocumentAssembler, its SentenceDetector with our
 * boundary rule ({@link BoundarySentenceDetector}) and its TokenizerModel with our context characters
 * ({@link ContextCharTokenizer}), then our {@link MentionTagger} (gazetteer phrases and mentions, in
 * one pass over the tokens). No annotator needs a downloaded model. Input columns: {@code text},
 * {@code lang}; output: {@code mentions}.
 */
public final class TagPipeline {
    private TagPipeline() {}

    /** Builds and fits the pipeline (fitting reads no data: every stage is a fixed transformer). */
    public static PipelineModel fit(SparkSession spark, Gazetteer gazetteer, List<String> languages) {
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol("text");
        document.setOutputCol("document");
        BoundarySentenceDetector sentences = new BoundarySentenceDetector();
        sentences.setInputCols(new String[] {"document"});
        sentences.setOutputCol("sentence");
        ContextCharTokenizer tokenizer = new ContextCharTokenizer();
        tokenizer.setInputCols(new String[] {"sentence"});
        tokenizer.setOutputCol("token");
        MentionTagger tagger = new MentionTagger().setGazetteer(gazetteer).setLanguages(languages);
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer, tagger});
        StructType schema = new StructType().add("text", DataTypes.StringType).add("lang", DataTypes.StringType);
        Dataset<Row> empty = spark.createDataFrame(List.of(RowFactory.create("", "en")), schema);
        return pipeline.fit(empty);
    }
}
