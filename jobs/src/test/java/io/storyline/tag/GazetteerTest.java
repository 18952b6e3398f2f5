package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.config.Settings;
import io.storyline.config.SettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
    @TempDir
    Path tmp;

    @Test
    void parsesColumnsByTheHeaderWithAliasesAndComments() {
        List<Gazetteer.Entry> entries = Gazetteer.parse("""
                # a comment
                id\ttype\ten\tru
                LOC-Syria\tLOC\tSyria\tСирия|Сирийская Арабская Республика

                PER-X\tPER\t\tИкс
                """, "test");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).names()).containsEntry("en", List.of("Syria"))
                .containsEntry("ru", List.of("Сирия", "Сирийская Арабская Республика"));
        assertThat(entries.get(1).names()).containsOnlyKeys("ru");
    }

    @Test
    void rejectsBadFilesWithOneLine() {
        assertThatThrownBy(() -> Gazetteer.parse("name\ttype\ten\nX\tLOC\tX\n", "bad.tsv"))
                .isInstanceOf(SettingsException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> Gazetteer.parse("id\ttype\ten\nX\tPLACE\tX\n", "bad.tsv"))
                .isInstanceOf(SettingsException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Gazetteer.parse("id\ttype\ten\nX\tLOC\t\n", "bad.tsv"))
                .isInstanceOf(SettingsException.class).hasMessageContaining("has no name");
        assertThatThrownBy(() -> new Gazetteer(Gazetteer.parse("id\ttype\ten\nX\tLOC\tA\nX\tLOC\tB\n", "dup.tsv")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("duplicate id X");
        assertThatThrownBy(() -> Gazetteer.load(tmp.resolve("missing").toString(), List.of()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("no such file");
    }

    @Test
    void theBundledGazetteerLoadsFromTheClasspathAndKnowsTheSeedEntities() {
        Gazetteer g = Gazetteer.of(Settings.load().tag());
        assertThat(g.entries()).hasSizeGreaterThan(200);
        assertThat(g.byId("PER-Vladimir-Putin").names().get("fr")).contains("Poutine");
        assertThat(g.byId("ORG-Islamic-State").names().get("bg")).contains("Ислямска държава");
        assertThat(g.byId("LOC-Syria").type()).isEqualTo("LOC");
    }

    @Test
    void aFolderOverridesTheBundledFilesAndRoundTripsThroughTsv() throws IOException {
        Files.writeString(tmp.resolve("b.tsv"), "id\ttype\tde\nLOC-Wien\tLOC\tWien\n");
        Files.writeString(tmp.resolve("a.tsv"), "id\ttype\ten\tru\nLOC-Vienna2\tLOC\tVienna\tВена\n");
        Files.writeString(tmp.resolve("notes.txt"), "ignored");
        Gazetteer g = Gazetteer.load(tmp.toString(), List.of());
        assertThat(g.entries()).extracting(Gazetteer.Entry::id).containsExactly("LOC-Vienna2", "LOC-Wien");
        assertThat(new Gazetteer(Gazetteer.parse(g.toTsv(), "copy")).entries()).isEqualTo(g.entries());
    }

    @Test
    void aGermanOneWordNameMatchesItsInflectedFormsButNotNounsThatOnlyShareItsStem() {
        GazetteerIndex index = new GazetteerIndex(Gazetteer.of(Settings.load().tag()), List.of("de"));
        for (String form : List.of("Linke", "Linken")) {
            assertThat(index.byPhrase(GazetteerIndex.phrase(List.of(form), "de"), form)).as(form).isNotNull()
                    .extracting(GazetteerIndex.Name::id).isEqualTo("ORG-Die-Linke");
        }
        for (String noun : List.of("Link", "Links")) {
            assertThat(GazetteerIndex.phrase(List.of(noun), "de")).as("the stemmer gives " + noun + " the party's stem")
                    .isEqualTo(GazetteerIndex.phrase(List.of("Linke"), "de"));
            assertThat(index.byPhrase(GazetteerIndex.phrase(List.of(noun), "de"), noun)).as(noun).isNull();
        }
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Deutschlands"), "de"), "Deutschlands")).isNotNull();
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Holland"), "de"), "Holland")).as("not Hollande").isNull();
        for (String form : List.of("Grünen", "Grüne", "Grüner")) {
            assertThat(index.byPhrase(GazetteerIndex.phrase(List.of(form), "de"), form)).as(form).isNotNull();
        }
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Grün"), "de"), "Grün")).as("the colour").isNull();
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Die", "Linke"), "de"), "Die").id()).isEqualTo("ORG-Die-Linke");
    }

    @Test
    void indexMatchesInflectedFormsThroughStems() {
        GazetteerIndex index = new GazetteerIndex(Gazetteer.of(Settings.load().tag()), List.of("ru", "bg", "en"));
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Путиным"), "ru"), "Путиным").id()).isEqualTo("PER-Vladimir-Putin");
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Франции"), "ru"), "Франции").id()).isEqualTo("LOC-France");
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Ислямска", "държава"), "bg"), "Ислямска").id()).isEqualTo("ORG-Islamic-State");
        // Latin spellings a language's press uses are among its names.
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Reuters"), "ru"), "Reuters").id()).isEqualTo("ORG-Reuters");
        assertThat(index.byPhonetic(EntityKeys.phonetic("Poutine", "fr")).id()).isEqualTo("PER-Vladimir-Putin");
    }

    @Test
    void englishNamesAreLookedForOnlyWhereTheDocumentsLanguageSpellsTheEntityInNoLatinNameOfItsOwn() {
        Gazetteer gazetteer = new Gazetteer(Gazetteer.parse("""
                id\ttype\ten\tpl\tru
                LOC-Asia\tLOC\tAsia\tAzja\tАзия
                ORG-Acme\tORG\tAcme Airways\t\tЭкми
                """, "test"));
        GazetteerIndex index = new GazetteerIndex(gazetteer, List.of("pl", "cs", "ru"));
        // A Russian text quotes a Latin name as it is.
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Acme", "Airways"), "ru"), "Acme").id()).isEqualTo("ORG-Acme");
        // Polish writes "Azja": "Asi", a form of the given name Asia, is not the continent.
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Asi"), "pl"), "Asi")).isNull();
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Azji"), "pl"), "Azji").id()).isEqualTo("LOC-Asia");
        // With no Czech names, the English ones are looked for in Czech.
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Asia"), "cs"), "Asia").id()).isEqualTo("LOC-Asia");
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Acme", "Airways"), "pl"), "Acme").id()).isEqualTo("ORG-Acme");
    }

    @Test
    void aDocumentLanguagesOwnNameWinsOverAnEnglishOneWithTheSameMatchKey() {
        // The gazetteer lists no Polish name for the Swedish band Europe, so its English name is looked for
        // in Polish, where it shares the match key of the continent's Polish "Europa": the phrase is the
        // Polish name.
        Gazetteer gazetteer = new Gazetteer(Gazetteer.parse("""
                id\ttype\ten\tpl
                LOC-Europe\tLOC\tEurope\tEuropa
                ORG-Europe-band\tORG\tEurope\t
                """, "test"));
        GazetteerIndex small = new GazetteerIndex(gazetteer, List.of("pl"));
        assertThat(small.byPhrase(GazetteerIndex.phrase(List.of("Europie"), "pl"), "Europie").name()).isEqualTo("Europa");
        GazetteerIndex index = new GazetteerIndex(Gazetteer.of(Settings.load().tag()), List.of("pl", "sl", "en"));
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("Europe"), "en"), "Europe").name()).isEqualTo("Europe");
        // Written in lower case, a phrase stands for a name written so ("DPA|dpa"), never a capitalised one.
        String dpa = GazetteerIndex.phrase(List.of("dpa"), "sl");
        assertThat(index.byPhrase(dpa, "dpa").name()).isEqualTo("dpa");
        assertThat(index.byPhrase(dpa, "DPA").name()).isEqualTo("DPA");
        assertThat(index.byPhrase(GazetteerIndex.phrase(List.of("china"), "en"), "china")).isNull();
    }
}
