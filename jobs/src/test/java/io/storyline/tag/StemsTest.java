package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemsTest {
    @Test
    void inflectedFormsOfANameMeetItsDictionaryForm() {
        assertThat(Stems.of("Путина", "ru")).isEqualTo(Stems.of("Путин", "ru"));
        assertThat(Stems.of("Unii", "pl")).isEqualTo(Stems.of("Unia", "pl"));
        assertThat(Stems.of("Johnson's", "en")).isEqualTo(Stems.of("Johnson", "en"));
    }

    @Test
    void polishAndUkrainianConsonantAlternationsMeetTheDictionaryForm() {
        // Polish softens a stem's last consonant before the locative's -e: t/cie, d/dzie, g/dze, k/ce, r/rze, st/ście.
        assertThat(Stems.of("brexicie", "pl")).isEqualTo(Stems.of("brexit", "pl")).isEqualTo(Stems.of("brexitu", "pl"));
        assertThat(Stems.of("Kanadzie", "pl")).isEqualTo(Stems.of("Kanada", "pl"));
        assertThat(Stems.of("Pradze", "pl")).isEqualTo(Stems.of("Praga", "pl")).isEqualTo(Stems.of("Pragi", "pl"));
        assertThat(Stems.of("Ameryce", "pl")).isEqualTo(Stems.of("Ameryka", "pl"));
        assertThat(Stems.of("Kairze", "pl")).isEqualTo(Stems.of("Kair", "pl"));
        assertThat(Stems.of("Belfaście", "pl")).isEqualTo(Stems.of("Belfast", "pl"));
        assertThat(Stems.of("Radzie", "pl")).isEqualTo(Stems.of("Rada", "pl"));
        // The forms that met before still meet: towns in -ice, a stem that ends in rz.
        assertThat(Stems.of("Katowicach", "pl")).isEqualTo(Stems.of("Katowice", "pl"));
        assertThat(Stems.of("Morzu", "pl")).isEqualTo(Stems.of("Morze", "pl"));
        // Ukrainian: к/ц, г/з, х/с before the dative and locative -і.
        assertThat(Stems.of("Америці", "uk")).isEqualTo(Stems.of("Америка", "uk"));
        assertThat(Stems.of("Празі", "uk")).isEqualTo(Stems.of("Прага", "uk"));
        // Given names and a document's own words compare without the alternation ("radzi", a verb, is no "Rada").
        assertThat(Stems.withoutEnding("Sigmar", "pl")).isEqualTo(Stems.withoutEnding("Sigmarem", "pl")).isEqualTo("sigmar");
        assertThat(Stems.withoutEnding("radzi", "pl")).isNotEqualTo(Stems.withoutEnding("Rada", "pl"));
        // Slovene has no such alternation: its stems stay as they were.
        assertThat(Stems.of("Kanadi", "sl")).isEqualTo("kanad");
    }

    @Test
    void aWordJoinedToANumberIsStemmedInItsLetters() {
        // Slavic languages decline the word before the number: "covidu-19", "Covidem-19".
        assertThat(Stems.of("covidu-19", "sl")).isEqualTo(Stems.of("covid-19", "sl")).isEqualTo("covid-19");
        assertThat(Stems.of("covidom-19", "sl")).isEqualTo("covid-19");
        assertThat(Stems.of("Covidem-19", "cs")).isEqualTo(Stems.of("COVID-19", "cs"));
        assertThat(Stems.of("COVID-19", "en")).isEqualTo("covid-19");
        // Not a number after the hyphen: the word as a whole, as before.
        assertThat(Stems.of("Korwin-Mikke", "pl")).isEqualTo(Stems.of("Korwin-Mikkego", "pl")).isEqualTo("korwin-mikc");
        assertThat(Stems.of("-19", "pl")).isEqualTo("-19");
    }
}
