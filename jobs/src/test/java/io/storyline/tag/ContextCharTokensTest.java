package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import io.storyline.SharedData;
import io.storyline.SparkTestBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * A Spark test only because Spark NLP's rule factory is a model feature, which Spark NLP reads through a
 * session: without ours it starts one of its own, which later test classes would then be given.
 */
class ContextCharTokensTest extends SparkTestBase {
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (int[] b : ContextCharTokens.of(text)) {
            out.add(text.substring(b[0], b[1]));
        }
        return out;
    }

    @Test
    void cutsContextCharactersOffBothEndsAsOneTokenEach() {
        assertThat(tokens("«Газпром», (Reuters) said: \"U.S.-led\"...  -  ok?!"))
                .containsExactly("«", "Газпром", "»,", "(", "Reuters", ")", "said", ":", "\"", "U.S.-led", "\"...", "-", "ok", "?!");
        assertThat(tokens("„Prawo i Sprawiedliwość”. Trump's d’Ivoire")).containsExactly(
                "„", "Prawo", "i", "Sprawiedliwość", "”.", "Trump's", "d’Ivoire");
        assertThat(tokens(" \t\n")).isEmpty();
        assertThat(ContextCharTokens.of("ab  (c)")).satisfiesExactly(
                b -> assertThat(b).containsExactly(0, 2), b -> assertThat(b).containsExactly(4, 5),
                b -> assertThat(b).containsExactly(5, 6), b -> assertThat(b).containsExactly(6, 7));
    }

    /** The same tokens as Spark NLP's Tokenizer with the same context characters, on real news in six languages. */
    @Test
    void cutsWhatSparkNlpsTokenizerCutOnRealNews() throws IOException {
        Tokenizer rules = new Tokenizer();
        rules.setContextChars(ContextCharTokens.CONTEXT_CHARS.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new));
        // As Tokenizer.train builds its model from these settings.
        TokenizerModel reference = new TokenizerModel();
        reference.setCaseSensitiveExceptions(true);
        reference.setTargetPattern("\\S+");
        reference.setMinLength(0);
        reference.setRules(rules.buildRuleFactory());
        ContextCharTokenizer ours = new ContextCharTokenizer();
        BoundarySentenceDetector sentences = new BoundarySentenceDetector();
        List<Path> files = SharedData.files("data/entities-dev/raw");
        assertThat(files).hasSizeGreaterThan(1000);
        long tokens = 0;
        for (Path file : files) {
            Seq<Sentence> found = JavaConverters.asScalaBuffer(List.of(sentences.tag(Files.readString(file, StandardCharsets.UTF_8))));
            List<String> expected = describe(reference.tag(found));
            assertThat(describe(ours.tag(found))).as(file.toString()).isEqualTo(expected);
            tokens += expected.size();
        }
        assertThat(tokens).isGreaterThan(files.size() * 100L);
    }

    private static List<String> describe(Seq<TokenizedSentence> sentences) {
        List<String> out = new ArrayList<>();
        for (TokenizedSentence s : JavaConverters.seqAsJavaList(sentences)) {
            for (IndexedToken t : s.indexedTokens()) {
                out.add(s.sentenceIndex() + " " + t.begin() + ".." + t.end() + " " + t.token());
            }
        }
        return out;
    }
}
