package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<Gazetteer.Entry> out = CountryNames.addTo(List.of(UK, EU));

        Gazetteer.Entry uk = byId(out, "LOC-United-Kingdom");
        assertThat(uk.names().get("en")).startsWith("United Kingdom", "Britain").contains("UK");
        assertThat(uk.names().get("de")).contains("Großbritannien", "Vereinigtes Königreich");
        assertThat(byId(out, "ORG-EU")).isSameAs(EU);
    }

    @Test
    void everyOtherCountryAndContinentBecomesAPlaceInEveryLanguageOfTheGazetteer() {
        List<Gazetteer.Entry> out = CountryNames.addTo(List.of(UK,
                new Gazetteer.Entry("LOC-Sofia", "LOC", Map.of("bg", List.of("София"), "cs", List.of("Sofie")))));

        Gazetteer.Entry philippines = byId(out, "LOC-Philippines");
        assertThat(philippines.type()).isEqualTo("LOC");
        assertThat(philippines.names()).containsEntry("de", List.of("Philippinen")).containsEntry("bg", List.of("Филипини"))
                .containsEntry("en", List.of("Philippines")).containsKey("cs").doesNotContainKey("fr");
        assertThat(byId(out, "LOC-Europe").names().get("de")).containsExactly("Europa");
        // Descriptions are no names: "Bosnia & Herzegovina" keeps only its short form.
        assertThat(byId(out, "LOC-Bosnia-Herzegovina").names().get("en")).containsExactly("Bosnia");
    }

    @Test
    void noNameBelongsToTwoEntriesInOneLanguage() {
        List<Gazetteer.Entry> out = Gazetteer.bundled().entries();
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
