package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class DemonymsTest {
    @Test
    void aPlacesStemLinkAndEndingsMakeItsPeoplesNounWithItsBaseForm() {
        assertThat(Demonyms.of("Британия", "bg")).contains(entry("британци", "британци"), entry("британците", "британци"),
                entry("британец", "британец"), entry("британецът", "британец"), entry("британката", "британка"));
        assertThat(Demonyms.of("Италия", "bg")).containsKeys("италианци", "италианците");
        assertThat(Demonyms.of("Европа", "bg")).containsKeys("европейци", "европейците");
        assertThat(Demonyms.of("България", "bg")).contains(entry("българи", "българи"), entry("българите", "българи"));
        assertThat(Demonyms.of("США", "ru")).isEmpty();
        assertThat(Demonyms.of("Америка", "ru")).contains(entry("американцев", "американцы"), entry("американцем", "американец"));
        assertThat(Demonyms.of("Россия", "ru")).contains(entry("россияне", "россияне"), entry("россиянами", "россияне"));
        assertThat(Demonyms.of("Britanija", "sl")).contains(entry("britanci", "britanci"), entry("britancev", "britanci"),
                entry("britanec", "britanec"), entry("britanka", "britanka"));
        assertThat(Demonyms.of("Avstrija", "sl")).containsKeys("avstrijec", "avstrijci");
    }

    @Test
    void notAdjectivesNorShortStemsNorOtherLanguages() {
        // The adjective ("британски", "британските") is no person.
        assertThat(Demonyms.of("Британия", "bg")).doesNotContainKeys("британски", "британските", "британския");
        // "Рус|ия" would make the adjective "руски".
        assertThat(Demonyms.of("Русия", "bg")).isEmpty();
        // After an s, -ka is the adjective's feminine.
        assertThat(Demonyms.of("Тунис", "bg")).doesNotContainKeys("туниска", "туниската").containsKey("тунисци");
        assertThat(Demonyms.of("Belorusija", "sl")).doesNotContainKeys("beloruska", "belorusko").containsKey("belorusci");
        assertThat(Demonyms.of("Британія", "uk")).isEmpty();
        assertThat(Demonyms.of("Británie", "cs")).isEmpty();
    }
}
