package io.storyline.tag;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
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
 * The tag stage's Spark ML pipeline: Spark NLP's DocumentAssembler, SentenceDetector (rule-based)
 * and Tokenizer, then our {@link MentionTagger} (gazetteer phrases and mentions, in one pass over
 * the tokens). No annotator needs a downloaded model. Input columns: {@code text}, {@code lang};
 * output: {@code mentions}.
 */
public final class TagPipeline {
    /**
     * Where a sentence ends: white space after . ! ? or … that closes a word of two or more letters or
     * digits, a bracket or a quote (or is followed by a closing quote or bracket), when the next text
     * does not start in lower case; and every line end. A single letter before the point is an
     * initial or an abbreviation ("J. Smith", "г. Москва", "z. B."), so no sentence ends there. Spark
     * NLP's pragmatic rules (English lists, numbers, geo-locations, quotations, ellipses) were a third of
     * the stage's CPU time and found no better sentences for mentions (docs/tagging.md, "Sentences").
     */
    static final String SENTENCE_END = "(?<=(?:[\\p{L}\\d][\\p{L}\\d]|[)\\]\"»”’“'])[.!?…])\\s+(?=[^\\p{Ll}\\s])"
            + "|(?<=[.!?…][\"»”’“')\\]])\\s+(?=[^\\p{Ll}\\s])"
            + "|\\s*\\n\\s*";

    private TagPipeline() {}

    /** Builds and fits the pipeline (fitting reads no data: the tokenizer only compiles its rules). */
    public static PipelineModel fit(SparkSession spark, Gazetteer gazetteer, List<String> languages) {
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol("text");
        document.setOutputCol("document");
        SentenceDetector sentences = new SentenceDetector();
        sentences.setInputCols(new String[] {"document"});
        sentences.setOutputCol("sentence");
        sentences.setCustomBounds(new String[] {SENTENCE_END});
        sentences.setUseCustomBoundsOnly(true);
        Tokenizer tokenizer = new Tokenizer();
        tokenizer.setInputCols(new String[] {"sentence"});
        tokenizer.setOutputCol("token");
        // Spark NLP strips these from the ends of tokens; the defaults know only ASCII quotes, and
        // names in news are quoted with «», „“ and typographic quotes.
        tokenizer.setContextChars(new String[] {".", ",", ";", ":", "!", "?", "*", "-", "(", ")", "\"", "'",
                "«", "»", "„", "“", "”", "‘", "’", "‚", "…", "[", "]"});
        MentionTagger tagger = new MentionTagger().setGazetteer(gazetteer).setLanguages(languages);
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer, tagger});
        StructType schema = new StructType().add("text", DataTypes.StringType).add("lang", DataTypes.StringType);
        Dataset<Row> empty = spark.createDataFrame(List.of(RowFactory.create("", "en")), schema);
        return pipeline.fit(empty);
    }
}
