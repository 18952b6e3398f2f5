package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

class MentionTaggerTest {
    private static <T> scala.collection.Seq<T> seq(List<T> values) {
        return JavaConverters.asScalaBuffer(values);
    }

    @Test
    void tokensAreNumberedByTheSentenceTheyStartInAndTheirEndsBecomeExclusive() {
        // "Ala ma kota. Kot ma Alę." with a sentence of no tokens between (a lone bracket, say) at 12.
        List<Token> tokens = MentionTagger.tokens(seq(List.of(0, 4, 7, 13, 17, 20)), seq(List.of(2, 5, 11, 15, 18, 23)),
                seq(List.of("Ala", "ma", "kota.", "Kot", "ma", "Alę.")), seq(List.of(0, 12, 13)));
        assertThat(tokens).extracting(Token::sentence).containsExactly(0, 0, 0, 2, 2, 2);
        assertThat(tokens.get(0)).isEqualTo(new Token(0, 3, "Ala", 0));
        assertThat(tokens.get(5)).isEqualTo(new Token(20, 24, "Alę.", 2));
    }
}
