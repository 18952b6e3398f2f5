package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.text.LineCleaner;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingTitleTest {
    private static final LineCleaner CLEANER = LineCleaner.defaults();
    private static final String BODY = "Die Landesregierung hat am Dienstag ein Förderprogramm für Gründer im ländlichen Raum vorgestellt, "
            + "das ab dem kommenden Jahr jedem neuen Betrieb eine Prämie von 20.000 Euro zahlt.\n"
            + "Die Ministerin sagte, das Programm solle vor allem Höfe erhalten, für die sich in der Familie keine Nachfolge findet, "
            + "und es werde zunächst drei Jahre laufen.\n";

    private static LeadingTitle.Split split(String text, String url) {
        List<String> lines = LineCleaner.lines(text);
        return LeadingTitle.split(lines, CLEANER.clean(lines), url);
    }

    @Test
    void aWetRecordsFirstLineIsItsPageTitleWithoutTheSiteEvenWhenTheCleanerDropsItWithTheMenu() {
        // As Common Crawl writes it: <title>, then the header's site name and menu, then the article.
        String wet = "Prämie für Existenzgründer auf dem Land | Wochenblatt\nWochenblatt\nNewsletter\nShop\nHeftarchiv\n"
                + "Kleinanzeigen\nTermine\n" + BODY;
        LeadingTitle.Split split = split(wet, "https://www.wochenblatt-example.de/agrarpolitik/praemie.html");

        assertThat(split.title()).isEqualTo("Prämie für Existenzgründer auf dem Land");
        assertThat(split.text()).startsWith("Die Landesregierung").doesNotContain("Heftarchiv");
    }

    @Test
    void theEndOfTheTitleThatThePagePrintsAboveTheArticleIsTheHeadline() {
        // <title> is "headline - section - site"; the page prints its logo, its menu, then the headline as its h1.
        String wet = "Prämie für Existenzgründer auf dem Land - Agrarpolitik - Wochenblatt für Landwirtschaft & Landleben\n"
                + "Wochenblatt für Landwirtschaft & Landleben\nAgrarpolitik\nTermine\nShop\n"
                + "Prämie für Existenzgründer auf dem Land\n" + BODY;
        assertThat(split(wet, "https://www.wochenblatt-example.de/a/praemie.html").title())
                .isEqualTo("Prämie für Existenzgründer auf dem Land");

        // A short headline before a longer site name counts when the site name is printed too.
        String shortHeadline = "Ratschläge geben | DaF Blog - Frühling 08\nDaF Blog - Frühling 08\nA1\nA2\nB1\n"
                + "Ratschläge geben\n" + BODY;
        assertThat(split(shortHeadline, "https://daf-example.de/ratschlaege").title()).isEqualTo("Ratschläge geben");

        // A section's name in the menu is not the headline, though it is one end of the title.
        String section = "USA - Kalifornien verpachtet Seeboden für schwimmende Windparks\nStartseite\nUSA\nEuropa\nAsien\n" + BODY;
        assertThat(split(section, "https://energie-example.de/usa/seeboden").title())
                .isEqualTo("USA - Kalifornien verpachtet Seeboden für schwimmende Windparks");
    }

    @Test
    void aKeptTitleLineThatNamesItsSiteLeavesTheTextAndABareHeadlineStays() {
        String named = "Prämie für Existenzgründer auf dem Land - Wochenblatt\n\n" + BODY;
        String bare = "Prämie für Existenzgründer auf dem Land\n\n" + BODY;
        assertThat(CLEANER.clean(named).lines()).as("the cleaner keeps the title line").first()
                .isEqualTo("Prämie für Existenzgründer auf dem Land - Wochenblatt");

        LeadingTitle.Split fromPage = split(named, "https://www.wochenblatt-example.de/agrarpolitik/praemie.html");
        LeadingTitle.Split fromText = split(bare, "https://www.wochenblatt-example.de/agrarpolitik/praemie.html");

        assertThat(fromPage.title()).isEqualTo("Prämie für Existenzgründer auf dem Land");
        assertThat(fromPage.text()).isEqualTo(CLEANER.clean(BODY).text());
        assertThat(fromText.title()).isEqualTo("Prämie für Existenzgründer auf dem Land");
        assertThat(fromText.text()).isEqualTo(CLEANER.clean(bare).text()).startsWith("Prämie für Existenzgründer");
    }

    @Test
    void linesWithoutLettersBeforeTheTitleDoNotHideIt() {
        String wet = "\uFEFF\n22|4|2022\n***\nPrämie für Existenzgründer auf dem Land - Wochenblatt\n" + BODY;
        LeadingTitle.Split split = split(wet, "https://www.wochenblatt.de/praemie");

        assertThat(split.title()).isEqualTo("Prämie für Existenzgründer auf dem Land");
        assertThat(split.text()).doesNotContain("Prämie für Existenzgründer").contains("Die Landesregierung");
    }

    @Test
    void aPageWithoutTitleStartsWithChromeOrProseAndGetsNoTitle() {
        String cookie = "Wir verwenden Cookies, um Inhalte zu personalisieren. Mit der Nutzung stimmen Sie der Verwendung zu\n" + BODY;
        String sentence = BODY;
        String tooLong = "Lange Zeile ".repeat(20) + "ohne Ende\n" + BODY;
        String placeholder = "{{ article.title }}\n" + BODY;

        for (String text : List.of(cookie, sentence, tooLong, placeholder)) {
            LeadingTitle.Split split = split(text, "https://example.org/a");
            assertThat(split.title()).as(text).isNull();
            assertThat(split.text()).as(text).isEqualTo(CLEANER.clean(text).text());
        }
    }

    @Test
    void aHeadlineThatAsksOrEndsWithAnAbbreviationIsStillATitle() {
        assertThat(split("An oder aus? So heizen Sie im Urlaub richtig\n" + BODY, "https://example.org/a").title())
                .isEqualTo("An oder aus? So heizen Sie im Urlaub richtig");
        assertThat(split("Neue Zölle der U.S.\n" + BODY, "https://example.org/a").title()).isEqualTo("Neue Zölle der U.S.");
    }

    @Test
    void anEmptyTextHasNoTitle() {
        assertThat(split("", "https://example.org/a")).isEqualTo(new LeadingTitle.Split(null, ""));
        assertThat(split("\n \n", "https://example.org/a").title()).isNull();
    }
}
