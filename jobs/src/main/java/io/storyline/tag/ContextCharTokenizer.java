package io.storyline.tag;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.util.Identifiable;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Spark NLP's {@link TokenizerModel} with its tokens cut by {@link ContextCharTokens} instead of its
 * rule factory; the annotator's columns, metadata and packing are Spark NLP's own.
 */
public final class ContextCharTokenizer extends TokenizerModel {
    public ContextCharTokenizer() {
        this(Identifiable.randomUID("TOKENIZER"));
    }

    public ContextCharTokenizer(String uid) {
        super(uid);
    }

    @Override
    public Seq<TokenizedSentence> tag(Seq<Sentence> sentences) {
        List<TokenizedSentence> out = new ArrayList<>(sentences.size());
        scala.collection.Iterator<Sentence> it = sentences.iterator();
        while (it.hasNext()) {
            Sentence s = it.next();
            String text = s.content();
            List<int[]> bounds = ContextCharTokens.of(text);
            IndexedToken[] tokens = new IndexedToken[bounds.size()];
            for (int i = 0; i < tokens.length; i++) {
                int[] b = bounds.get(i);
                // Spark NLP's ends are inclusive.
                tokens[i] = new IndexedToken(text.substring(b[0], b[1]), s.start() + b[0], s.start() + b[1] - 1);
            }
            out.add(new TokenizedSentence(tokens, s.index()));
        }
        return JavaConverters.asScalaBuffer(out);
    }
}
