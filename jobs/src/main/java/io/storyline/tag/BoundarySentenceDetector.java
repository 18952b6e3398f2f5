package io.storyline.tag;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.List;
import org.apache.spark.ml.util.Identifiable;
import scala.Option;

/**
 * Spark NLP's {@link SentenceDetector} with its sentences found by {@link SentenceBoundaries} instead
 * of its regular-expression methods; the annotator's columns, metadata, filters and sentence numbering
 * are Spark NLP's own. Spark NLP's pragmatic rule set (English lists, numbers, abbreviations,
 * geo-locations, quotations) found no better sentences for mentions (docs/tagging.md, "Sentences"), and
 * its custom-bounds path with our rule costs a quarter of the stage.
 */
public final class BoundarySentenceDetector extends SentenceDetector {
    public BoundarySentenceDetector() {
        this(Identifiable.randomUID("SENTENCE"));
    }

    public BoundarySentenceDetector(String uid) {
        super(uid);
    }

    @Override
    public Sentence[] tag(String document) {
        List<int[]> bounds = SentenceBoundaries.of(document);
        Sentence[] out = new Sentence[bounds.size()];
        for (int i = 0; i < out.length; i++) {
            int[] b = bounds.get(i);
            // Spark NLP's ends are inclusive; the index is renumbered by the annotator.
            out[i] = new Sentence(document.substring(b[0], b[1]), b[0], b[1] - 1, 0, Option.empty());
        }
        return out;
    }
}
