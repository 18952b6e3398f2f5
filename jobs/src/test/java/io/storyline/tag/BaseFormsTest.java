package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaseFormsTest {
    /** The base form of a mention given the forms seen in the batch. */
    private static String base(String surface, String lang, String type, Set<String> seen) {
        List<String> words = List.of(surface.split(" "));
        List<String> gaps = words.subList(1, words.size()).stream().map(w -> " ").toList();
        List<List<String>> candidates = BaseForms.of(words, lang, type, w -> false);
        return new Mention(0, surface.length(), type, surface, null, words, gaps, candidates, Mention.TypeBasis.SHAPE).baseForm(seen::contains);
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
    void westSlavicNounsNoDictionaryListsStayAsWrittenWithoutEvidence() {
        // Foreign names the text does not decline: no "Tona", "Fauca", "Alicanta".
        assertThat(base("Tony Blair", "pl", "PER", Set.of())).isEqualTo("Tony Blair");
        assertThat(base("Alicante", "pl", "LOC", Set.of())).isEqualTo("Alicante");
        assertThat(base("Anthony Fauci", "sl", "PER", Set.of())).isEqualTo("Anthony Fauci");
        assertThat(base("Verdi", "cs", "ORG", Set.of())).isEqualTo("Verdi");
        // Evidence still declines them, and the dictionary's nouns and the adjectives keep their readings.
        assertThat(base("Nigela Farage'a", "pl", "PER", Set.of("Nigel", "Farage"))).isEqualTo("Nigel Farage");
        assertThat(base("Zadru", "sl", "LOC", Set.of("Zadar"))).isEqualTo("Zadar");
        assertThat(base("Bruslju", "sl", "LOC", Set.of("Bruselj"))).isEqualTo("Bruselj");
        assertThat(base("Karlovcu", "sl", "LOC", Set.of("Karlovec"))).isEqualTo("Karlovec");
        assertThat(base("Pfizerja", "sl", "ORG", Set.of("Pfizer"))).isEqualTo("Pfizer");
        assertThat(base("Generaliju", "sl", "ORG", Set.of("Generali"))).isEqualTo("Generali");
        assertThat(base("Bruslju", "sl", "LOC", Set.of())).isEqualTo("Bruslju");
        assertThat(base("Krakowa", "pl", "LOC", Set.of())).isEqualTo("Kraków");
        // Bulgarian's short article: dropped when the document writes the noun without it.
        assertThat(BaseForms.of(List.of("Брекзита"), "bg", "MISC", "Брекзит"::equals)).containsExactly(List.of("Брекзит"));
        assertThat(base("Брекзита", "bg", "MISC", Set.of())).isEqualTo("Брекзита");
        assertThat(base("Москва", "bg", "LOC", Set.of())).isEqualTo("Москва");
        // Russian keeps the rules' default (measured: the default helps there).
        assertThat(base("Москвы", "ru", "LOC", Set.of())).isEqualTo("Москва");
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
    void onlyTheFormsAMentionAsksAboutCanChangeItsBaseForm() {
        // Every subset of every candidate as the day's evidence: the answers to the mention's asks alone
        // give the same base form, so a mention that asks nothing need not meet the day's evidence.
        List<String> surfaces = List.of("Путина", "Путиным", "Брюсселя", "Северную Ирландию", "Johnsona", "Москве", "Reuters",
                "Nowego Jorku", "Камеруна Дэвида");
        for (String surface : surfaces) {
            for (String lang : List.of("ru", "pl")) {
                List<String> words = List.of(surface.split(" "));
                List<String> gaps = words.subList(1, words.size()).stream().map(w -> " ").toList();
                Mention m = new Mention(0, surface.length(), "PER", surface, null, words, gaps,
                        BaseForms.of(words, lang, "PER", w -> false), Mention.TypeBasis.SHAPE);
                List<String> forms = m.candidates().stream().flatMap(List::stream).distinct().toList();
                for (int subset = 0; subset < 1 << forms.size(); subset++) {
                    Set<String> seen = new HashSet<>();
                    for (int f = 0; f < forms.size(); f++) {
                        if ((subset & 1 << f) != 0) {
                            seen.add(forms.get(f));
                        }
                    }
                    assertThat(m.baseForm(w -> seen.contains(w) && m.asks().contains(w))).as(surface + " " + seen)
                            .isEqualTo(m.baseForm(seen::contains));
                }
            }
        }
        Mention asking = new Mention(0, 6, "PER", "Путина", null, List.of("Путина"), List.of(),
                BaseForms.of(List.of("Путина"), "ru", "PER", w -> false), Mention.TypeBasis.SHAPE);
        assertThat(asking.asks()).contains("Путин").doesNotContain("Путина");
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
    void polishNounsTheDictionaryListsTakeItsReading() {
        // A listed nominative stays, even where the batch has a form its endings would reach.
        assertThat(base("Kraków", "pl", "LOC", Set.of("Krak"))).isEqualTo("Kraków");
        assertThat(base("Mateusz Morawiecki", "pl", "PER", Set.of("Morawiecka"))).isEqualTo("Mateusz Morawiecki");
        assertThat(base("Krakowa", "pl", "LOC", Set.of())).isEqualTo("Kraków");
        assertThat(base("Niemczech", "pl", "LOC", Set.of())).isEqualTo("Niemcy");
        assertThat(base("Polacy", "pl", "PER", Set.of("Polak"))).isEqualTo("Polacy");
        assertThat(base("Tony'ego Blaira", "pl", "PER", Set.of())).isEqualTo("Tony Blair");
        // Plural forms keep their number (the synthesis dictionary gives the nominative plural).
        assertThat(base("Polaków", "pl", "PER", Set.of())).isEqualTo("Polacy");
        assertThat(base("Brytyjczykami", "pl", "PER", Set.of())).isEqualTo("Brytyjczycy");
        assertThat(base("Hiszpanie", "pl", "PER", Set.of())).isEqualTo("Hiszpanie");
        assertThat(base("Wyspach Brytyjskich", "pl", "LOC", Set.of())).startsWith("Wyspy ");
        // A place is not a noun of people where it can be anything else.
        assertThat(base("Niemiec", "pl", "LOC", Set.of())).isEqualTo("Niemcy");
        assertThat(base("Węgier", "pl", "LOC", Set.of())).isEqualTo("Węgry");
        // A common noun heading an organisation's name, and its adjective after a soft stem.
        assertThat(base("Parlamentu Europejskiego", "pl", "ORG", Set.of())).isEqualTo("Parlament Europejski");
        // Not listed: the ending rules and the batch's evidence, as before.
        assertThat(base("Johnsona", "pl", "PER", Set.of("Johnson"))).isEqualTo("Johnson");
    }

    @Test
    void polishReadingsAreNounsInTheirNameRole() {
        assertThat(NounLemmas.candidates("Brytanii", "pl", false, false)).containsExactly("Brytania");
        // A person's name is not read as a common noun ("tony" is a form of "tona").
        assertThat(NounLemmas.candidates("Tony", "pl", false, true)).isEmpty();
        assertThat(NounLemmas.candidates("Parlamentu", "pl", true, false)).containsExactly("Parlament");
        assertThat(NounLemmas.candidates("Parlamentu", "pl", false, false)).isEmpty();
        // A vocative alone is not read ("Galileo" would be Galilea's).
        assertThat(NounLemmas.candidates("Galileo", "pl", true, false)).isEmpty();
        assertThat(NounLemmas.candidates("Faraga", "pl", true, false)).isEmpty();
    }

    @Test
    void russianAndUkrainianNounsFromTheirDictionaries() {
        // Russian is listed in lower case: names get their capital back; case endings that are also
        // nominative endings ("Мурманска") are settled by the dictionary, not by a default.
        assertThat(NounLemmas.candidates("Мурманска", "ru", true, false)).containsExactly("Мурманск");
        assertThat(NounLemmas.candidates("Карачи", "ru", true, false)).containsExactly("Карачи");
        assertThat(base("Мурманска", "ru", "LOC", Set.of())).isEqualTo("Мурманск");
        // Both readings stay, in the ending rules' order: "Франции" is France's before francium's.
        assertThat(NounLemmas.candidates("Франции", "ru", true, false)).containsExactlyInAnyOrder("Франция", "Франций");
        assertThat(base("Франции", "ru", "LOC", Set.of())).isEqualTo("Франция");
        assertThat(base("Усть-Кута", "ru", "LOC", Set.of())).isEqualTo("Усть-Кут");
        // In a person's name only name readings count: "Сергея" is a given name's genitive. They add
        // candidates and remove none, since a foreign name may meet a Russian one ("Асия", "Асии" are
        // forms of "Асий").
        assertThat(NounLemmas.candidates("Сергея", "ru", false, true)).containsExactly("Сергей");
        assertThat(base("Сергея", "ru", "PER", Set.of("Сергей"))).isEqualTo("Сергей");
        assertThat(base("Асия", "ru", "PER", Set.of())).isEqualTo("Асия");
        assertThat(base("Асии", "ru", "PER", Set.of())).isEqualTo("Асия");
        // A nominative reading comes first: "Максим" is no case of "Макс".
        assertThat(base("Максим", "ru", "PER", Set.of())).isEqualTo("Максим");
        // "Путина" is also a woman's surname: the evidence decides.
        assertThat(NounLemmas.candidates("Путина", "ru", false, true)).containsExactlyInAnyOrder("Путина", "Путин");
        assertThat(base("Путиным", "ru", "PER", Set.of())).isEqualTo("Путин");
        // Ukrainian lists names as written and marks them: its reading settles the form.
        assertThat(NounLemmas.candidates("Києва", "uk", true, false)).containsExactly("Київ");
        assertThat(NounLemmas.candidates("Терези", "uk", false, true)).containsExactly("Тереза");
        // In a person's name its readings are candidates: "Домініка" is a woman's name, or a man's genitive.
        assertThat(NounLemmas.candidates("Домініка", "uk", false, true)).containsExactly("Домініка", "Домінік");
        assertThat(base("Домініка Рааба", "uk", "PER", Set.of("Домінік", "Рааб"))).isEqualTo("Домінік Рааб");
        assertThat(base("Ізраїлю", "uk", "LOC", Set.of("Ізраїл"))).isEqualTo("Ізраїль");
        assertThat(base("Стівена Барклі", "uk", "PER", Set.of("Стівен"))).isEqualTo("Стівен Барклі");
        // Not listed: the ending rules, as before.
        assertThat(NounLemmas.candidates("Тюреджі", "uk", false, true)).isEmpty();
        assertThat(NounLemmas.candidates("Paris", "ru", true, false)).isEmpty();
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
