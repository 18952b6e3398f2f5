package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.config.Settings;
import io.storyline.tag.EntityResolver.Edge;
import io.storyline.tag.EntityResolver.Form;
import io.storyline.tag.EntityResolver.KeySummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private static final Gazetteer GAZETTEER = Gazetteer.of(Settings.load().tag());

    private static KeySummary name(String key, String type, long docs, long firstDay) {
        return EntityResolver.summary(key, Map.of(type, docs), List.of(), docs, firstDay, GAZETTEER);
    }

    private static KeySummary person(String key, long docs, String... fullNames) {
        List<Form> forms = new ArrayList<>();
        for (String f : fullNames) {
            forms.add(new Form(f, 3));
        }
        return EntityResolver.summary(key, Map.of("PER", docs), forms, docs, 0, GAZETTEER);
    }

    private static Edge edge(KeySummary a, KeySummary b) {
        return EntityResolver.edge(a, b, 0);
    }

    private static List<Edge> edgesAmong(List<KeySummary> keys) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Edge e = edge(keys.get(i), keys.get(j));
                if (e != null) {
                    edges.add(e);
                }
            }
        }
        return edges;
    }

    @Test
    void spellingVariantsWithinTheLengthLimitMerge() {
        assertThat(edge(name("n:breksit", "MISC", 10, 0), name("n:brekzit", "MISC", 5, 0))).isNotNull()
                .extracting(Edge::distance).isEqualTo(1);
        assertThat(edge(person("n:defis", 10), person("n:deifis", 5))).isNotNull();
        // Two edits in a long name: Velká Británie as romanised by two languages.
        assertThat(edge(name("n:fielka britania", "LOC", 10, 0), name("n:felka britani", "ORG", 3, 0))).isNotNull();
    }

    @Test
    void differentNamesStayApart() {
        // First letter differs.
        assertThat(edge(person("n:parker", 3), person("n:barker", 3))).isNull();
        // A consonant differs in a name of up to seven letters.
        assertThat(edge(person("n:farada", 3), person("n:faraga", 3))).isNull();
        // Three letters allow no edit.
        assertThat(edge(person("n:mai", 3), person("n:mei", 3))).isNull();
        // A person and a place.
        assertThat(edge(person("n:paris", 3), name("n:parisa", "LOC", 3, 0))).isNull();
        // A surname and its feminine form are two people.
        assertThat(edge(person("n:ifanof", 3), person("n:ifanofa", 3))).isNull();
        // Two people with close surnames but different first names.
        assertThat(edge(person("n:kadri", 5, "Mumtaz Qadri"), person("n:kadra", 5, "Afzal Qadra"))).isNull();
        // Two gazetteer entries never merge, however close.
        assertThat(edge(name("g:LOC-Austria", "LOC", 3, 0), name("g:LOC-Australia", "LOC", 3, 0))).isNull();
    }

    @Test
    void aPersonsFullNameLinksASurnameKeyToTheGazetteer() {
        KeySummary gazetteerMay = person("g:PER-Theresa-May", 50);
        // "Тереза Май" (a surname key "mai") against the gazetteer's "Тереза Мей".
        assertThat(edge(person("n:mai", 5, "Тереза Май"), gazetteerMay)).isNotNull();
        assertThat(edge(person("n:mai", 5), gazetteerMay)).isNull();
    }

    @Test
    void nearDuplicateEvidenceLiftsTheLimitButKeepsTheGuards() {
        KeySummary mai = person("n:mai", 3);
        KeySummary mei = person("n:mei", 3);
        assertThat(EntityResolver.edge(mai, mei, 0)).isNull();
        assertThat(EntityResolver.edge(mai, mei, 2)).isNotNull().extracting(Edge::evidence).isEqualTo(2L);
        // An updated copy naming another person in the same place is no spelling variant.
        assertThat(EntityResolver.edge(person("n:jonson", 3), person("n:starmer", 3), 1)).isNull();
        assertThat(EntityResolver.edge(person("n:mai", 3), name("n:mei", "LOC", 3, 0), 1)).isNull();
    }

    @Test
    void blocksHoldEveryPairWithinTheLimit() {
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder("b");
            int length = 3 + random.nextInt(8);
            for (int j = 1; j < length; j++) {
                b.append("aeiklmnrst".charAt(random.nextInt(10)));
            }
            words.add(b.toString());
        }
        Map<String, Set<String>> blocks = new HashMap<>();
        for (String w : words) {
            for (String block : EntityResolver.blocks("LOC", w)) {
                blocks.computeIfAbsent(block, k -> new HashSet<>()).add(w);
            }
        }
        Set<String> blocked = new HashSet<>();
        blocks.values().forEach(keys -> keys.forEach(a -> keys.forEach(b -> blocked.add(a + "|" + b))));
        int withinLimit = 0;
        for (String a : words) {
            for (String b : words) {
                int limit = EntityResolver.limit(Math.min(a.length(), b.length()));
                if (!a.equals(b) && new LevenshteinDistance(limit).apply(a, b) >= 0) {
                    withinLimit++;
                    assertThat(blocked).as(a + " ~ " + b).contains(a + "|" + b);
                }
            }
        }
        assertThat(withinLimit).isGreaterThan(20);
        assertThat(EntityResolver.blocks("LOC", "britania")).contains("NAME:britania", "NAME:brtania", "NAME:btania")
                .doesNotContain("NAME:ritania");
        assertThat(EntityResolver.blocks("ORG", "x")).isEqualTo(EntityResolver.blocks("LOC", "x"));
        assertThat(EntityResolver.blocks("PER", "x")).isNotEqualTo(EntityResolver.blocks("LOC", "x"));
    }

    @Test
    void setsAreStarsSoChainsDoNotMerge() {
        // a~b and b~c, but a and c are two edits apart at a length that allows one.
        KeySummary a = name("n:bolkan", "LOC", 9, 0);
        KeySummary b = name("n:bolkin", "LOC", 5, 0);
        KeySummary c = name("n:bulkin", "LOC", 4, 0);
        List<Edge> edges = edgesAmong(List.of(a, b, c));
        assertThat(edges).hasSize(2);
        Map<String, String> canonical = EntityResolver.resolve(List.of(a, b, c), edges);
        assertThat(canonical).containsExactly(Map.entry("n:bolkin", "n:bolkan"));
    }

    @Test
    void theCanonicalKeyIsTheGazetteersThenTheEarliestThenTheMostFrequentInAnyOrder() {
        KeySummary gazetteerLondon = name("g:LOC-London", "LOC", 2, 20);
        KeySummary londin = name("n:londin", "LOC", 50, 1);
        Map<String, String> toGazetteer = EntityResolver.resolve(List.of(londin, gazetteerLondon),
                List.of(edge(londin, gazetteerLondon)));
        assertThat(toGazetteer).containsExactly(Map.entry("n:londin", "g:LOC-London"));

        KeySummary early = name("n:brekzit", "MISC", 2, 10);
        KeySummary frequent = name("n:breksit", "MISC", 90, 11);
        KeySummary sameDayRare = name("n:brexsit", "MISC", 1, 11);
        List<KeySummary> keys = new ArrayList<>(List.of(early, frequent, sameDayRare));
        List<Edge> edges = new ArrayList<>(edgesAmong(keys));
        Map<String, String> expected = EntityResolver.resolve(keys, edges);
        assertThat(expected).containsEntry("n:breksit", "n:brekzit");
        for (int seed = 0; seed < 10; seed++) {
            Collections.shuffle(keys, new Random(seed));
            Collections.shuffle(edges, new Random(seed));
            assertThat(EntityResolver.resolve(keys, edges)).isEqualTo(expected);
        }
        // On one day, the most documents win.
        KeySummary sameDay = name("n:brekzit", "MISC", 2, 11);
        assertThat(EntityResolver.resolve(List.of(sameDay, frequent), List.of(edge(sameDay, frequent))))
                .containsExactly(Map.entry("n:brekzit", "n:breksit"));
    }

    @Test
    void gazetteerKeysAreCentres() {
        KeySummary gazetteerAustria = name("g:LOC-Austria", "LOC", 5, 0);
        KeySummary afstria = name("n:afstria", "LOC", 50, 0);
        Map<String, String> canonical = EntityResolver.resolve(List.of(afstria, gazetteerAustria),
                List.of(edge(afstria, gazetteerAustria)));
        assertThat(canonical).containsExactly(Map.entry("n:afstria", "g:LOC-Austria"));
    }

    @Test
    void theMajorityTypeDecidesTiesAlphabetically() {
        assertThat(EntityResolver.summary("n:x", Map.of("ORG", 2L, "LOC", 2L, "PER", 1L), List.of(), 1, 0, GAZETTEER).type())
                .isEqualTo("LOC");
    }

    @Test
    void mentionContextIsTheWordsAround() {
        String a = "On Monday Prime Minister Theresa May said in London that";
        int start = a.indexOf("Theresa May");
        assertThat(MentionContext.of(a, start, start + "Theresa May".length())).isEqualTo("monday prime minister | said in london");
        String b = "On Monday Prime Minister Тереза Мэй said in London that";
        int startB = b.indexOf("Тереза Мэй");
        assertThat(MentionContext.of(b, startB, startB + "Тереза Мэй".length())).isEqualTo(MentionContext.of(a, start, start + 11));
        assertThat(MentionContext.of("May said", 0, 3)).isNull();
    }
}
