package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceTest {
    @Test
    void numbersAgreeAcrossDecimalMarksAndThousandsSeparators() {
        assertThat(Evidence.normalizeNumber("1,2")).isEqualTo("1.2");
        assertThat(Evidence.normalizeNumber("1.20")).isEqualTo("1.2");
        assertThat(Evidence.normalizeNumber("3,000")).isEqualTo("3000");
        assertThat(Evidence.normalizeNumber("3.000")).isEqualTo("3000");
        assertThat(Evidence.normalizeNumber("3 000")).isEqualTo("3000");
        assertThat(Evidence.normalizeNumber("1.234.567,5")).isEqualTo("1234567.5");
        assertThat(Evidence.normalizeNumber("2027")).isEqualTo("2027");
        assertThat(Evidence.normalizeNumber("7")).as("single digits are too common").isNull();
    }

    @Test
    void theSameFactsGiveTheSameKeysInRussianEnglishAndGerman() {
        var ru = Evidence.of("Болгария урежет расходы на 1,2 млрд евро, заявили в понедельник 16 ноября. Профсоюз EVG и Deutsche Bahn.");
        var en = Evidence.of("Bulgaria will cut 1.2bn euros, it said on Monday, Nov 16. The EVG union.");
        var de = Evidence.of("Bulgarien spart 1,2 Mrd. Euro, hieß es am Montag, dem 16. November.");
        assertThat(ru).contains("n:1.2", "w:0", "d:11-16", "q:evg", "q:deutsche", "q:bahn");
        assertThat(en).contains("n:1.2", "w:0", "d:11-16", "q:evg").doesNotContain("q:bulgaria", "q:the");
        assertThat(de).contains("n:1.2", "w:0", "d:11-16");
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreNot() {
        assertThat(Evidence.of("среди 12 участников")).containsExactly("n:12");
        assertThat(Evidence.monthOf("novelist")).isEqualTo(-1);
        assertThat(Evidence.monthOf("марта")).as("Russian genitive").isEqualTo(2);
        assertThat(Evidence.monthOf("listopadu")).isEqualTo(10);
        assertThat(Evidence.monthOf("sept.")).isEqualTo(8);
        assertThat(Evidence.of("12 novelists")).containsExactly("n:12");
    }
}
