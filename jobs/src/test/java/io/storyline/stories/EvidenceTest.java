package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(ru).contains("n:1200000000", "w:0", "d:11-16", "q:evg", "q:deutsche", "q:bahn");
        assertThat(en).contains("n:1200000000", "w:0", "d:11-16", "q:evg").doesNotContain("q:bulgaria", "q:the");
        assertThat(de).contains("n:1200000000", "w:0", "d:11-16");
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

    private static List<String> numbers(String lang, String text) {
        return Evidence.of(lang, text).stream().filter(k -> k.startsWith("n:")).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | 1,5 тысячи                | 1500
            en | 1.5 thousand              | 1500
            fr | 1 500                     | 1500
            en | 1,500                     | 1500
            de | 1.500                     | 1500
            en | 1500                      | 1500
            ja | １５００                  | 1500
            de | 1,5 Tsd.                  | 1500
            pl | 1,5 tys.                  | 1500
            tr | 1,5 bin                   | 1500
            ar | ١٫٥ ألف                   | 1500
            ru | 1,2 млрд                  | 1200000000
            en | 1.2 billion               | 1200000000
            de | 1,2 Mrd.                  | 1200000000
            de | 1,2 Milliarden            | 1200000000
            fr | 1,2 milliard              | 1200000000
            en | 1.2bn                     | 1200000000
            ja | 12億                      | 1200000000
            zh | 12亿                      | 1200000000
            es | 1.200 millones            | 1200000000
            es | 1,2 mil millones          | 1200000000
            pt | 1,2 bilhão                | 1200000000
            it | 1,2 miliardi              | 1200000000
            nl | 1,2 miljard               | 1200000000
            pl | 1,2 mld                   | 1200000000
            cs | 1,2 miliardy              | 1200000000
            uk | 1,2 мільярда              | 1200000000
            bg | 1,2 милиарда              | 1200000000
            sr | 1,2 милијарде             | 1200000000
            hr | 1,2 milijarde             | 1200000000
            tr | 1,2 milyar                | 1200000000
            ar | 1.2 مليار                 | 1200000000
            ja | 3万                       | 30000
            zh | 3萬                       | 30000
            ja | 1万5000                   | 15000
            ja | 1億2000万                 | 120000000
            ko | 3만                       | 30000
            pl | 2 mln                     | 2000000
            ru | 2 млн                     | 2000000
            de | 2 Mio.                    | 2000000
            en | 2 million                 | 2000000
            fr | 2 millions                | 2000000
            cs | 2 mil.                    | 2000000
            sl | 2 milijona                | 2000000
            ar | 2 مليون                   | 2000000
            de | 1,2 Billionen             | 1200000000000
            de | 1,2 Billion               | 1200000000000
            fr | 1,2 billion               | 1200000000000
            pl | 1,2 biliona               | 1200000000000
            es | 1,2 billones              | 1200000000000
            ru | 1,2 трлн                  | 1200000000000
            ja | 1.2兆                     | 1200000000000
            en | 1.2 trillion              | 1200000000000
            """)
    void scaleWordsArePartOfTheValueInEveryLanguage(String lang, String text, String value) {
        assertThat(numbers(lang, text)).containsExactly("n:" + value);
    }

    @Test
    void scaleWordsThatDependOnTheLanguage() {
        assertThat(numbers(null, "1.2 billion")).as("English when unknown").containsExactly("n:1200000000");
        assertThat(numbers("es", "5 mil")).containsExactly("n:5000");
        assertThat(numbers("cs", "5 mil.")).containsExactly("n:5000000");
        assertThat(numbers("fr", "15 mn")).as("minutes").containsExactly("n:15");
        assertThat(numbers("en", "3 bin bags")).containsExactly();
        assertThat(numbers("en", "5 millionaires and 12 milliards")).containsExactly("n:12000000000");
        assertThat(numbers("en", "a 5G network and 10 km")).containsExactly("n:10");
        assertThat(numbers("en", "in 2027, 7 people")).as("years stay, single digits go").containsExactly("n:2027");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            8月5日
            ２０２０年８月５日
            8 月 5 日
            2020年8月5号
            8월 5일
            5 August
            5. August
            5 августа
            August 5
            """)
    void cjkAndKoreanDatesMeetEuropeanOnes(String text) {
        assertThat(Evidence.of(text)).contains("d:08-05").doesNotContain("n:8", "n:5");
    }

    @Test
    void cjkDatesKeepTheDayNumberAsEuropeanDatesDo() {
        assertThat(Evidence.of("12月25日")).containsExactly("n:25", "d:12-25");
        assertThat(Evidence.of("25 December")).containsExactly("n:25", "d:12-25");
        assertThat(Evidence.of("2020年8月5日")).containsExactly("n:2020", "d:08-05");
        assertThat(Evidence.of("13月5日")).as("no 13th month").doesNotContain("d:13-05");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            月曜日に会談した
            24日(月)に発表
            ２４日（月）に発表
            星期一举行会谈
            周一举行会谈
            上週一舉行會談
            禮拜一
            월요일에 회담
            Monday
            """)
    void cjkWeekdaysMeetEuropeanOnes(String text) {
        assertThat(Evidence.of(text)).contains("w:0");
    }

    @Test
    void weekInChineseIsNotAWeekday() {
        assertThat(Evidence.of("会议一周一次，两周一个周期")).noneMatch(k -> k.startsWith("w:"));
        assertThat(Evidence.of("周日休息")).contains("w:6");
    }
}
