package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Namesakes: people one surname key joins, as semeval-train's real news names them. */
class NamesakesTest {

    /** A surname key's split, no gazetteer person's. */
    private static Map<String, String> split(String key, List<Namesakes.Named> docs) {
        return Namesakes.split(key, docs, java.util.Set.of());
    }

    private static Namesakes.Named doc(String id, String lang, String... names) {
        return new Namesakes.Named(id, lang, List.of(names));
    }

    @Test
    void anotherPersonOfTheSurnameGetsAKeyOfItsOwn() {
        List<Namesakes.Named> docs = List.of(doc("d1", "en", "Boris Johnson"), doc("d2", "en", "Boris Johnson"),
                doc("d3", "de", "Boris Johnson"), doc("d4", "ru", "Борис Джонсон"), doc("d5", "en", "Sarah Johnson"),
                doc("d6", "fr", "Sarah Johnson"), doc("d7", "en", "Rian Johnson"), doc("d8", "en", "Rian Johnson"));
        Map<String, String> split = split("n:jonson", docs);
        // Sarah Johnson's articles leave Boris Johnson's key. "Rian" is in no given-name list: a capitalised word before
        // a surname may be anything, so the director stays under the key.
        assertThat(split).containsOnlyKeys("d5", "d6").containsValue("n:jonson~sara");
        List<Namesakes.Named> shuffled = new ArrayList<>(docs);
        Collections.reverse(shuffled);
        assertThat(split("n:jonson", shuffled)).isEqualTo(split);
    }

    @Test
    void aLoneArticleSplitsOnlyByAKnownGivenName() {
        List<Namesakes.Named> docs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            docs.add(doc("d" + i, "en", "Donald Trump"));
        }
        docs.add(doc("ivanka", "en", "Ivanka Trump"));
        assertThat(split("n:trump", docs)).containsOnlyKeys("ivanka");
        // "Österreichs" (Austria's) is no given name: Werner Kogler keeps his key.
        assertThat(split("n:kogler", List.of(doc("a", "de", "Werner Kogler"), doc("b", "de", "Werner Kogler"),
                doc("c", "de", "Österreichs Kogler")))).isEmpty();
    }

    @Test
    void spellingsOfOneGivenNameAndSecondGivenNamesStayTogether() {
        assertThat(split("n:erdogan", List.of(doc("a", "tr", "Recep Tayyip Erdoğan"), doc("b", "en", "Tayyip Erdogan"),
                doc("c", "de", "Recep Tayyip Erdogan")))).isEmpty();
        assertThat(split("n:putin", List.of(doc("a", "de", "Wladimir Putin"), doc("b", "en", "Vladimir Putin"),
                doc("c", "ru", "Владимир Путин")))).isEmpty();
        assertThat(split("n:soleimani", List.of(doc("a", "en", "Qasem Soleimani"), doc("b", "en", "Qassem Soleimani"),
                doc("c", "de", "Kassem Soleimani"), doc("d", "en", "Qassim Soleimani")))).isEmpty();
        assertThat(split("n:obrador", List.of(doc("a", "es", "Andrés Manuel López Obrador"),
                doc("b", "es", "López Obrador"), doc("c", "en", "Manuel Lopez Obrador")))).isEmpty();
    }

    @Test
    void aGazetteerPersonKeepsTheKeyOnlyWhereTheGivenNamesAgreeWithTheEntrys() {
        java.util.Set<String> boris = Namesakes.givenWords("Boris Johnson", "en");
        // Fewer articles than the director's, but the entry's own person.
        Map<String, String> split = Namesakes.split("g:PER-Boris-Johnson", List.of(doc("a", "en", "Boris Johnson"),
                doc("b", "en", "Sarah Johnson"), doc("c", "en", "Sarah Johnson")), boris);
        assertThat(split).containsOnlyKeys("b", "c");
        assertThat(Namesakes.split("g:PER-Boris-Johnson", List.of(doc("b", "en", "Sarah Johnson"), doc("c", "en", "Sarah Johnson")),
                boris)).containsOnlyKeys("b", "c");
    }

    @Test
    void anArticleNamingTwoNamesakesKeepsTheKey() {
        assertThat(split("n:merz", List.of(doc("a", "de", "Friedrich Merz"), doc("b", "de", "Friedrich Merz"),
                doc("c", "de", "Friedrich Merz", "Martina Merz"), doc("d", "de", "Martina Merz"), doc("e", "de", "Martina Merz"))))
                .containsOnlyKeys("d", "e");
    }
}
