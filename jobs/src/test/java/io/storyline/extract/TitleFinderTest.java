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
