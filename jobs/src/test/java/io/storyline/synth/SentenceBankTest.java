package io.storyline.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SentenceBankTest {
    private static final List<String> SECTIONS = List.of("headline.politics", "lead.politics", "body.politics",
        "headline.business", "lead.business", "body.business", "headline.disaster", "lead.disaster", "body.disaster",
        "body", "quote", "comment");

    @Test
    void everyTemplateOfEveryLanguageFillsWithoutLeftoverSyntax() {
        EntityCatalog catalog = EntityCatalog.load(600);
        SyntheticCrawl.Options options = SyntheticCrawl.Options.defaults(10);
        for (String lang : SyntheticCrawl.LANGUAGE_WEIGHTS.keySet()) {
            LanguageBank bank = LanguageBank.load(lang);
            SentenceFiller filler = new SentenceFiller(bank);
            StoryPlanner planner = new StoryPlanner(options, catalog, null, Map.of(), Map.of(lang, 1.0), null);
            for (String section : SECTIONS) {
                for (String template : bank.list(section)) {
                    for (int k = 0; k < 8; k++) {
                        String sentence = filler.fill(template, planner.story(k, false), new SplittableRandom(k));
                        assertThat(sentence).as(lang + " " + template).doesNotContain("[", "]", "{", "}", "<", ">", "|");
                        assertThat(Character.isUpperCase(sentence.codePointAt(0)) || !Character.isLetter(sentence.codePointAt(0)))
                            .as(sentence).isTrue();
                    }
                }
            }
            for (String key : List.of("cookie", "subscribe", "nav", "related", "footer", "site1", "site2", "tlds")) {
                assertThat(bank.chrome(key)).isNotBlank();
            }
        }
    }

    @Test
    void russianPastTenseAgreesWithTheGenderOfThePerson() {
        LanguageBank bank = LanguageBank.load("ru");
        SentenceFiller filler = new SentenceFiller(bank);
        EntityCatalog catalog = EntityCatalog.load(600);
        Entity elena = catalog.people.stream().filter(Entity::female).findFirst().orElseThrow();
        Entity man = catalog.people.stream().filter(p -> !p.female()).findFirst().orElseThrow();
        Story story = new Story(1, false, "politics", List.of(elena, man, elena), catalog.organisations.subList(0, 2),
            catalog.places.subList(0, 2), 1200, 50, 45, 3, 1_800_000_000L, 1, "ru");
        SplittableRandom random = new SplittableRandom(1);
        assertThat(filler.fill("[PER] <заявил|заявила>, а [PER2] <промолчал|промолчала>.", story, random))
            .isEqualTo(elena.name("ru") + " заявила, а " + man.name("ru") + " промолчал.");
        assertThat(filler.fill("«Да», — <сказал|сказала> [EXPERT].", story, random))
            .isEqualTo("«Да», — сказала " + elena.name("ru") + ".");
        assertThat(elena.name("ru")).matches("\\p{IsCyrillic}+ \\p{IsCyrillic}+");
        assertThat(elena.name("en")).matches("\\p{IsLatin}+ \\p{IsLatin}+");
    }

    @Test
    void placesTakeTheLocativeOfEachLanguage() {
        Entity paris = EntityCatalog.load(10).places.get(0);
        assertThat(paris.inPhrase("ru")).isEqualTo("в Париже");
        assertThat(paris.inPhrase("bg")).isEqualTo("в Париж");
        assertThat(paris.inPhrase("fr")).isEqualTo("à Paris");
        assertThat(paris.inPhrase("it")).isEqualTo("a Parigi");
        assertThat(paris.name("es")).isEqualTo("París");
        Entity france = EntityCatalog.load(10).places.stream().filter(p -> p.key().equals("LOC-france")).findFirst()
            .orElseThrow();
        assertThat(france.inPhrase("ru")).isEqualTo("во Франции");
        assertThat(france.inPhrase("fr")).isEqualTo("en France");
    }

    @Test
    void numbersUseTheDigitGroupingOfTheLanguage() {
        assertThat(new SentenceFiller(LanguageBank.load("en")).grouped(1_234_567)).isEqualTo("1,234,567");
        assertThat(new SentenceFiller(LanguageBank.load("de")).grouped(45_000)).isEqualTo("45.000");
        assertThat(new SentenceFiller(LanguageBank.load("ru")).grouped(45_000)).isEqualTo("45 000");
        assertThat(new SentenceFiller(LanguageBank.load("fr")).grouped(1200)).isEqualTo("1200");
    }

    @Test
    void storyDatesStartOnTheConfiguredDay() {
        SyntheticCrawl.Options options = SyntheticCrawl.Options.defaults(10).withStartDate(LocalDate.of(2026, 11, 1))
            .withDays(1);
        StoryPlanner planner = new StoryPlanner(options, EntityCatalog.load(600), null, Map.of(), Map.of("en", 1.0), null);
        for (int i = 0; i < 50; i++) {
            long start = planner.story(i, false).startEpochSecond();
            assertThat(start).isBetween(Urls.epochSecond(LocalDate.of(2026, 11, 1)),
                Urls.epochSecond(LocalDate.of(2026, 11, 2)));
        }
    }
}
