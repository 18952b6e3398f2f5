package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CanonicalUrlFinderTest {
    private static String canonical(String head, String url) {
        return CanonicalUrlFinder.find(Jsoup.parse("<html><head>" + head + "</head><body></body></html>", url == null ? "" : url));
    }

    @Test
    void relativeCanonicalIsResolvedAgainstThePageUrl() {
        assertThat(canonical("<link rel='canonical' href='/news/story-1?ref=x'>", "https://example.org/amp/story-1"))
                .isEqualTo("https://example.org/news/story-1?ref=x");
    }

    @Test
    void canonicalWinsOverOgUrlAndOgUrlIsTheFallback() {
        assertThat(canonical("<meta property='og:url' content='https://example.org/og'><link rel='canonical' href='https://example.org/c'>", null))
                .isEqualTo("https://example.org/c");
        assertThat(canonical("<meta property='og:url' content='https://example.org/og'>", "https://example.org/x"))
                .isEqualTo("https://example.org/og");
    }

    @Test
    void canonicalAmongOtherRelTokensIsFound() {
        assertThat(canonical("<link rel='alternate' href='https://example.org/feed'><link rel='Canonical nofollow' href='https://example.org/c'>", null))
                .isEqualTo("https://example.org/c");
    }

    @Test
    void absentCanonicalIsNull() {
        assertThat(canonical("<link rel='stylesheet' href='/s.css'>", "https://example.org/x")).isNull();
        assertThat(canonical("<link rel='canonical' href=''>", "https://example.org/x")).isNull();
    }
}
