package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
    private static String title(String head, String body, String url) {
        return TitleFinder.find(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url == null ? "" : url), url);
    }

    @Test
    void ogTitleWinsOverH1AndTitle() {
        assertThat(title("<title>Page | Site</title><meta property='og:title' content='The headline'>", "<h1>Other</h1>", null))
                .isEqualTo("The headline");
    }

    @Test
    void ogTitleLosesItsSuffixOnlyWhenItIsTheSiteName() {
        String head = "<meta property='og:site_name' content='Daily Planet'>";
        assertThat(title(head + "<meta property='og:title' content='Storm hits city - Daily Planet'>", "", null)).isEqualTo("Storm hits city");
        assertThat(title(head + "<meta property='og:title' content='Paris - a city of light'>", "", null)).isEqualTo("Paris - a city of light");
    }

    @Test
    void ogTitleCopiedFromTheTitleElementLosesWhatTheH1Lacks() {
        assertThat(title("<meta property='og:title' content='Boot Tulln 2022 abgesagt - Diveinside News'>",
                "<h1>Boot Tulln 2022 abgesagt</h1>", null)).isEqualTo("Boot Tulln 2022 abgesagt");
        // the h1 may hold a separator of its own
        assertThat(title("<meta property='og:title' content='Unia Leszno - Falubaz Zielona Góra – 57 : 33 – Relacja - WP'>",
                "<h1>Unia Leszno - Falubaz Zielona Góra</h1>", null)).isEqualTo("Unia Leszno - Falubaz Zielona Góra");
        // a site prefix goes when the h1 is the longer end
        assertThat(title("<meta property='og:title' content=\"r/Python - What's your opinion on __init__.py ?\">",
                "<h1>What's your opinion on __init__.py ?</h1>", null)).isEqualTo("What's your opinion on __init__.py ?");
    }

    @Test
    void aLogoH1NeverBecomesTheTitle() {
        // the site's name in the first h1, at the short end
        assertThat(title("<meta property='og:title' content='Will Smith | Daily Planet'>", "<h1>Daily Planet</h1>", null))
                .isEqualTo("Will Smith | Daily Planet");
        // or naming the host
        assertThat(title("<meta property='og:title' content='strafprozess.ch - Rasende Polizisten'>",
                "<h1>strafprozess.ch</h1>", "https://strafprozess.ch/2020/raser")).isEqualTo("Rasende Polizisten");
    }

    @Test
    void h1IsUsedWithoutOgTitle() {
        assertThat(title("<title>Page | Site</title>", "<h1> The  real\nheadline </h1>", null)).isEqualTo("The real headline");
    }

    @Test
    void titleSuffixesAreRemoved() {
        assertThat(title("<title>Storm hits the city | Daily Planet</title>", "", null)).isEqualTo("Storm hits the city");
        assertThat(title("<title>Storm hits the city - Daily Planet</title>", "", null)).isEqualTo("Storm hits the city");
        assertThat(title("<title>Storm hits the city — Daily Planet</title>", "", null)).isEqualTo("Storm hits the city");
        assertThat(title("<title>Storm hits the city :: Daily Planet</title>", "", null)).isEqualTo("Storm hits the city");
    }

    @Test
    void titlePrefixIsRemovedWhenItMatchesSiteNameOrHost() {
        assertThat(title("<title>Daily Planet | Storm hits the city</title><meta property='og:site_name' content='Daily Planet'>", "", null))
                .isEqualTo("Storm hits the city");
        assertThat(title("<title>Spiegel | Storm hits the city of Hamburg today</title>", "", "https://www.spiegel.de/a/b"))
                .isEqualTo("Storm hits the city of Hamburg today");
    }

    @Test
    void titleWithoutSeparatorIsKeptAndMissingTitleIsNull() {
        assertThat(title("<title>Just a headline</title>", "", null)).isEqualTo("Just a headline");
        assertThat(title("", "<p>text</p>", null)).isNull();
    }
}
