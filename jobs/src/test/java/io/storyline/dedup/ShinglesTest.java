package io.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void tokensAreLowerCasedRunsOfLettersAndDigits() {
        assertThat(Shingles.tokens("Путин, Hollande: 4,5% — «Кремль»!")).containsExactly("путин", "hollande", "4", "5",
            "кремль");
    }

    @Test
    void oneReplacedWordRemovesUpToFiveShinglesOnEachSide() {
        String a = "one two three four five six seven eight nine ten eleven twelve";
        String b = "one two three four five six SEVENTY eight nine ten eleven twelve";
        // 8 shingles each; the 5 covering position 7 differ: 3 common, 13 in the union
        assertThat(Shingles.jaccard(a, b)).isCloseTo(3.0 / 13.0, within(1e-12));
        assertThat(Shingles.jaccard(a, a.toUpperCase())).isEqualTo(1.0);
    }

    @Test
    void shortTextsHaveOneShingle() {
        assertThat(Shingles.of("just three words")).containsExactly("just three words");
    }
}
