package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaseFormsTest {
    /** The base form of a mention given the forms seen in the batch. */
    private static String base(String surface, String lang, String type, Set<String> seen) {
        List<String> words = List.of(surface.split(" "));
        List<String> gaps = words.subList(1, words.size()).stream().map(w -> " ").toList();
        List<List<String>> candidates = BaseForms.of(words, lang, type, w -> false);
        return new Mention(0, surface.length(), type, surface, null, words, gaps, candidates).baseForm(seen::contains);
    }

    @Test
    void russianCaseEndingsWithoutEvidence() {
        assertThat(base("Путиным", "ru", "PER", Set.of())).isEqualTo("Путин");
        assertThat(base("Олландом", "ru", "PER", Set.of())).isEqualTo("Олланд");
        assertThat(base("Франции", "ru", "LOC", Set.of())).isEqualTo("Франция");
        assertThat(base("Британии", "ru", "LOC", Set.of())).isEqualTo("Британия");
        assertThat(base("Москвы", "ru", "LOC", Set.of())).isEqualTo("Москва");
        assertThat(base("Северную Ирландию", "ru", "LOC", Set.of())).isEqualTo("Северная Ирландия");
    }

    @Test
    void ambiguousEndingsFollowTheEvidence() {
        // "Путина" is a genitive when "Путин" is written somewhere, a nominative otherwise.
        assertThat(base("Путина", "ru", "PER", Set.of("Путин"))).isEqualTo("Путин");
        assertThat(base("Путина", "ru", "PER", Set.of())).isEqualTo("Путина");
        assertThat(base("Брюсселя", "ru", "LOC", Set.of("Брюссель"))).isEqualTo("Брюссель");
        assertThat(base("Москве", "ru", "LOC", Set.of("Москва"))).isEqualTo("Москва");
        assertThat(base("Лондоне", "ru", "LOC", Set.of())).isEqualTo("Лондон");
        assertThat(base("Johnsona", "pl", "PER", Set.of("Johnson"))).isEqualTo("Johnson");
    }

    @Test
    void multiWordNamesDeclineWordByWord() {
        assertThat(base("Владимира Путина", "ru", "PER", Set.of("Владимир", "Путин"))).isEqualTo("Владимир Путин");
        assertThat(base("Бориса Джонсона", "ru", "PER", Set.of())).isEqualTo("Борис Джонсон");
        assertThat(base("Терезы Мэй", "ru", "PER", Set.of())).isEqualTo("Тереза Мэй");
        // The genitive complement after the head stays as it is.
        assertThat(base("Совета Безопасности", "ru", "ORG", Set.of("Совет"))).isEqualTo("Совет Безопасности");
        assertThat(base("Unii Europejskiej", "pl", "ORG", Set.of())).isEqualTo("Unia Europejska");
        assertThat(base("Wielkiej Brytanii", "pl", "LOC", Set.of())).isEqualTo("Wielka Brytania");
    }

    @Test
    void bulgarianDropsTheDefiniteArticleOfModifiers() {
        assertThat(base("Европейския съюз", "bg", "ORG", Set.of())).isEqualTo("Европейски съюз");
        assertThat(base("Европейската комисия", "bg", "ORG", Set.of())).isEqualTo("Европейска комисия");
        assertThat(base("Путин", "bg", "PER", Set.of())).isEqualTo("Путин");
    }

    @Test
    void ukrainianCaseEndings() {
        assertThat(base("України", "uk", "LOC", Set.of())).isEqualTo("Україна");
        assertThat(base("Франції", "uk", "LOC", Set.of())).isEqualTo("Франція");
        assertThat(base("Путіним", "uk", "PER", Set.of())).isEqualTo("Путін");
    }

    @Test
    void acronymsLatinWordsInCyrillicTextAndOtherLanguagesStayAsTheyAre() {
        assertThat(base("НАТО", "ru", "ORG", Set.of())).isEqualTo("НАТО");
        assertThat(base("Brexit", "ru", "MISC", Set.of())).isEqualTo("Brexit");
        assertThat(base("Hollande", "fr", "PER", Set.of())).isEqualTo("Hollande");
    }
}
