package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.config.Settings;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryNamesTest {
    private static final Gazetteer.Entry UK = new Gazetteer.Entry("LOC-United-Kingdom", "LOC",
            Map.of("en", List.of("United Kingdom", "Britain"), "de", List.of("Großbritannien")));
    private static final Gazetteer.Entry EU = new Gazetteer.Entry("ORG-EU", "ORG", Map.of("en", List.of("European Union")));

    private static Gazetteer.Entry byId(List<Gazetteer.Entry> entries, String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCountryTheFileNamesKeepsItsIdAndGainsTheLibrarysNames() {
        List<Gazetteer.Entry> out = CountryNames.addTo(List.of(UK, EU), List.of());

        Gazetteer.Entry uk = byId(out, "LOC-United-Kingdom");
        assertThat(uk.names().get("en")).startsWith("United Kingdom", "Britain").contains("UK");
        assertThat(uk.names().get("de")).contains("Großbritannien", "Vereinigtes Königreich");
        assertThat(byId(out, "ORG-EU")).isSameAs(EU);
    }

    @Test
    void everyOtherCountryAndContinentBecomesAPlaceInEveryLanguageOfTheGazetteer() {
        List<Gazetteer.Entry> out = CountryNames.addTo(List.of(UK,
                new Gazetteer.Entry("LOC-Sofia", "LOC", Map.of("bg", List.of("София"), "cs", List.of("Sofie")))), List.of());

        Gazetteer.Entry philippines = byId(out, "LOC-Philippines");
        assertThat(philippines.type()).isEqualTo("LOC");
        assertThat(philippines.names()).containsEntry("de", List.of("Philippinen")).containsEntry("bg", List.of("Филипини"))
                .containsEntry("en", List.of("Philippines")).containsKey("cs").doesNotContainKey("fr");
        assertThat(byId(out, "LOC-Europe").names().get("de")).containsExactly("Europa");
        // Descriptions are no names: "Bosnia & Herzegovina" keeps only its short form.
        assertThat(byId(out, "LOC-Bosnia-Herzegovina").names().get("en")).containsExactly("Bosnia");
    }

    @Test
    void theLanguagesDocumentsAreTaggedInGetNamesTooButNoGivenNames() {
        List<Gazetteer.Entry> out = CountryNames.addTo(List.of(UK), List.of("es", "it", "fr"));

        assertThat(byId(out, "LOC-United-Kingdom").names()).containsEntry("es", List.of("Reino Unido", "RU"))
                .containsEntry("it", List.of("Regno Unito", "UK")).containsEntry("fr", List.of("Royaume-Uni", "R.-U."));
        assertThat(byId(out, "LOC-Germany").names()).containsEntry("es", List.of("Alemania")).containsEntry("it", List.of("Germania"));
        // "Mauricio" is a Spanish given name before it is Mauritius, "Dominique" a French one before it is Dominica.
        assertThat(byId(out, "LOC-Mauritius").names()).doesNotContainKey("es").containsEntry("it", List.of("Mauritius"));
        assertThat(byId(out, "LOC-Dominica").names()).doesNotContainKey("fr").containsKey("es");
    }

    @Test
    void noNameBelongsToTwoEntriesInOneLanguage() {
        List<Gazetteer.Entry> out = Gazetteer.of(Settings.load().tag()).entries();
        Set<String> seen = new HashSet<>();
        for (Gazetteer.Entry e : out) {
            if (!"LOC".equals(e.type())) {
                continue;
            }
            e.names().forEach((lang, aliases) -> aliases.forEach(a ->
                    assertThat(seen.add(lang + "/" + a.toLowerCase(Locale.ROOT))).as(lang + " " + a + " in " + e.id()).isTrue()));
        }
        assertThat(out).extracting(Gazetteer.Entry::id).contains("LOC-Philippines", "LOC-Russia", "LOC-United-States");
    }
}
