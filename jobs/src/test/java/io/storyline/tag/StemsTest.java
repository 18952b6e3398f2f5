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
    void aWordJoinedToANumberIsStemmedInItsLetters() {
        // Slavic languages decline the word before the number: "covidu-19", "Covidem-19".
        assertThat(Stems.of("covidu-19", "sl")).isEqualTo(Stems.of("covid-19", "sl")).isEqualTo("covid-19");
        assertThat(Stems.of("covidom-19", "sl")).isEqualTo("covid-19");
        assertThat(Stems.of("Covidem-19", "cs")).isEqualTo(Stems.of("COVID-19", "cs"));
        assertThat(Stems.of("COVID-19", "en")).isEqualTo("covid-19");
        // Not a number after the hyphen: the word as a whole, as before.
        assertThat(Stems.of("Korwin-Mikke", "pl")).isEqualTo("korwin-mikk");
        assertThat(Stems.of("-19", "pl")).isEqualTo("-19");
    }
}
