package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void decomposedLettersAreComposedToNfc() {
        assertThat(TextNormalizer.normalize("Cafe\u0301 и\u0306од")).isEqualTo("Café йод");
    }

    @Test
    void nbspAndOtherUnicodeSpacesBecomeOneAsciiSpace() {
        assertThat(TextNormalizer.normalize("Путин\u00A0и\u2003\u2009Олланд\u3000встретились\t \u202Fв Москве"))
                .isEqualTo("Путин и Олланд встретились в Москве");
    }

    @Test
    void zeroWidthSpaceSoftHyphenBomAndBidiMarksAreRemoved() {
        assertThat(TextNormalizer.normalize("\uFEFFПре\u00ADзи\u00ADдент\u200B Франции \u200Eдал\u200F интервью"))
                .isEqualTo("Президент Франции дал интервью");
    }

    @Test
    void zeroWidthNonJoinerIsKeptBecausePersianSpellingNeedsIt() {
        String persian = "می\u200Cخواهم";
        assertThat(TextNormalizer.normalize(persian)).isEqualTo(persian);
    }

    @Test
    void controlCharactersAreRemovedButLineBreaksStay() {
        assertThat(TextNormalizer.normalize("a\u0000b\u0007c\u0085d\fe")).isEqualTo("abc\nd\ne");
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertThat(TextNormalizer.normalize("one\r\ntwo\rthree\n")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void linesAreTrimmedAndBlankLineRunsCollapseToOneBlankLine() {
        String text = "  Title  \n\n\n  \t \n\n  First   paragraph.  \nsecond line\n\nLast.\n\n\n";
        assertThat(TextNormalizer.normalize(text)).isEqualTo("Title\n\nFirst paragraph.\nsecond line\n\nLast.");
    }

    @Test
    void paragraphSeparatorIsABlankLine() {
        assertThat(TextNormalizer.normalize("one\u2029two\u2028three")).isEqualTo("one\n\ntwo\nthree");
    }

    @Test
    void nullAndWhitespaceOnlyGiveEmptyText() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize(" \u00A0\n\r\n\u200B ")).isEmpty();
    }

    @Test
    void wordCountCountsWordsAndNumbersNotPunctuation() {
        assertThat(TextNormalizer.wordCount("Putin and Hollande will meet in Moscow on 26 November.")).isEqualTo(10);
        assertThat(TextNormalizer.wordCount("«Исламское государство» — террористическая организация.")).isEqualTo(4);
        assertThat(TextNormalizer.wordCount(" — ... !!! ")).isZero();
        assertThat(TextNormalizer.wordCount(null)).isZero();
    }

    @Test
    void wordCountSegmentsChineseJapaneseAndThaiIntoDictionaryWords() {
        // "The government passed a new education law on Tuesday": 14 characters, about 8 dictionary words
        int chinese = TextNormalizer.wordCount("政府周二通过了一项新的教育法");
        assertThat(chinese).isBetween(5, 10);
        // "Hello" + polite particle: two Thai words without a space
        assertThat(TextNormalizer.wordCount("สวัสดีครับ")).isEqualTo(2);
        int japanese = TextNormalizer.wordCount("東京は今日晴れです");
        assertThat(japanese).isBetween(3, 7);
    }
}
