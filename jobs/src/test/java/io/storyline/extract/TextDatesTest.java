package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextDatesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void monthNamesInTheirFormatAndStandAloneFormsAcrossLanguages() {
        assertThat(TextDates.first("By Jane Doe | March 11, 2020, 4:05 PM", false)).isEqualTo(d("2020-03-11"));
        assertThat(TextDates.first("Sept. 5th, 2019", false)).isEqualTo(d("2019-09-05"));
        assertThat(TextDates.first("Stand: 11. März 2020", false)).isEqualTo(d("2020-03-11"));
        assertThat(TextDates.first("«5 марта 2021 г.»", false)).as("Russian genitive").isEqualTo(d("2021-03-05"));
        assertThat(TextDates.first("1er mars 2021", false)).isEqualTo(d("2021-03-01"));
        assertThat(TextDates.first("11 de marzo de 2020", false)).isEqualTo(d("2020-03-11"));
        assertThat(TextDates.first("3 listopada 2022", false)).as("Polish genitive").isEqualTo(d("2022-11-03"));
        assertThat(TextDates.first("Mai 06 2018", false)).isEqualTo(d("2018-05-06"));
        assertThat(TextDates.first("8 January 2020, 3:51 pm", false)).isEqualTo(d("2020-01-08"));
    }

    @Test
    void numericDatesInTheirLocalOrder() {
        assertThat(TextDates.first("22.04.2020, 12:01 Uhr", false)).isEqualTo(d("2020-04-22"));
        assertThat(TextDates.first("27.1.2022 - Bei der Erinnerung", false)).isEqualTo(d("2022-01-27"));
        assertThat(TextDates.first("31.10.23", false)).as("two-digit year with dots").isEqualTo(d("2023-10-31"));
        assertThat(TextDates.first("04/05/2020", false)).as("day first by default").isEqualTo(d("2020-05-04"));
        assertThat(TextDates.first("04/05/2020", true)).as("US English: month first").isEqualTo(d("2020-04-05"));
        assertThat(TextDates.first("04/22/2020", false)).as("a part above 12 decides").isEqualTo(d("2020-04-22"));
        assertThat(TextDates.first("2020-04-22 | Botschaft", false)).isEqualTo(d("2020-04-22"));
        assertThat(TextDates.first("2020年4月22日", false)).isEqualTo(d("2020-04-22"));
    }

    @Test
    void theFirstDateInTheTextWins() {
        assertThat(TextDates.first("Published 2 May 2021, updated 14.05.2021", false)).isEqualTo(d("2021-05-02"));
    }

    @Test
    void noDateWithoutAYearOrWithImpossibleParts() {
        assertThat(TextDates.first("am 27. Januar erinnern", false)).isNull();
        assertThat(TextDates.first("31.04.2020", false)).isNull();
        assertThat(TextDates.first("Room 12.5.1, 2,000 visitors", false)).isNull();
        assertThat(TextDates.first("", false)).isNull();
        assertThat(TextDates.first(null, false)).isNull();
    }

    @Test
    void leadingDatesOnly() {
        assertThat(TextDates.leading(" 03.02.2022 Kategorie", false, 2)).isEqualTo(d("2022-02-03"));
        assertThat(TextDates.leading("the deadline of 03.02.2022", false, 2)).isNull();
    }

    @Test
    void aDateAloneAllowsAWeekdayBeforeAndATimeAfter() {
        assertThat(TextDates.alone("14. Februar 2012", false)).hasToString("2012-02-14");
        assertThat(TextDates.alone("Dienstag, 14.02.2012 um 10:15 Uhr", false)).hasToString("2012-02-14");
        assertThat(TextDates.alone("Tuesday, Sep 27, 2016 | 9:05 PM", false)).hasToString("2016-09-27");
        assertThat(TextDates.alone("Effective Date Saturday, July 25, 2020", false)).as("a label before").isNull();
        assertThat(TextDates.alone("27 Sep 2016 in Macenta", false)).as("words after").isNull();
    }
}
