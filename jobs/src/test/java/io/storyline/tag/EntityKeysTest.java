package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityKeysTest {
    @Test
    void romanisationFollowsTheLanguage() {
        assertThat(EntityKeys.latin("Путин", "ru")).isEqualTo("Putin");
        assertThat(EntityKeys.latin("Сирия", "ru")).isEqualTo("Siriya");
        assertThat(EntityKeys.latin("Джонсън", "bg")).isEqualTo("Dzhonsun");
        assertThat(EntityKeys.latin("Київ", "uk")).isEqualTo("Kyyiv");
        assertThat(EntityKeys.latin("Hollande", "fr")).isEqualTo("Hollande");
    }

    @Test
    void spellingsOfOneNameMeetAcrossScriptsAndLanguages() {
        String putin = EntityKeys.phonetic("Putin", "en");
        assertThat(EntityKeys.phonetic("Путин", "ru")).isEqualTo(putin);
        assertThat(EntityKeys.phonetic("Poutine", "fr")).isEqualTo(putin);
        String hollande = EntityKeys.phonetic("Hollande", "en");
        assertThat(EntityKeys.phonetic("Олланд", "ru")).isEqualTo(hollande);
        assertThat(EntityKeys.phonetic("Оланд", "bg")).isEqualTo(hollande);
        assertThat(EntityKeys.phonetic("Сирия", "ru")).isEqualTo(EntityKeys.phonetic("Syria", "en"));
        assertThat(EntityKeys.phonetic("Джонсон", "ru")).isEqualTo(EntityKeys.phonetic("Johnson", "en"));
        assertThat(EntityKeys.phonetic("Обама", "ru")).isEqualTo(EntityKeys.phonetic("Obama", "en"));
    }

    @Test
    void anAcronymsKeyIsItsLetters() {
        assertThat(EntityKeys.letters("İH", "tr")).isEqualTo("ih");
        assertThat(EntityKeys.letters("США", "ru")).isEqualTo("ssha");
        assertThat(EntityKeys.letters("AAA", "en")).isNotEqualTo(EntityKeys.letters("AA", "en"));
        // Their phonetic keys fold together: what acronyms must not be keyed by.
        assertThat(EntityKeys.phonetic("BBC", "en")).isEqualTo(EntityKeys.phonetic("BK", "en"));
    }

    @Test
    void aRememberedKeyStaysWithItsLanguage() {
        // Ukrainian romanises Г as H (silent in the key), Russian as G; asked again, each gets its own.
        for (int round = 0; round < 2; round++) {
            assertThat(EntityKeys.phonetic("Гнат", "uk")).isEqualTo("nat");
            assertThat(EntityKeys.phonetic("Гнат", "ru")).isEqualTo("gnat");
        }
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(EntityKeys.phonetic("Paris", "en")).isNotEqualTo(EntityKeys.phonetic("Praga", "pl"));
        assertThat(EntityKeys.phonetic("Putin", "en")).isNotEqualTo(EntityKeys.phonetic("Pushkin", "en"));
        assertThat(EntityKeys.phonetic("Иран", "ru")).isNotEqualTo(EntityKeys.phonetic("Ирак", "ru"));
    }

    @Test
    void idsAreStableHexOfSixtyFourBits() {
        assertThat(EntityKeys.id("g:LOC-Syria")).isEqualTo(EntityKeys.id("g:LOC-Syria")).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(EntityKeys.id("n:putin")).isNotEqualTo(EntityKeys.id("n:obama"));
        // The first 8 bytes of SHA-256("abc").
        assertThat(EntityKeys.id("abc")).isEqualTo("ba7816bf8f01cfea");
    }
}
