package io.storyline.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {
    private final UrlCanonicalizer urls = new UrlCanonicalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTP://WWW.Gazeta.RU/Politics/Article.html | http://www.gazeta.ru/Politics/Article.html",
        "http://example.org:80/a | http://example.org/a",
        "https://example.org:443/a | https://example.org/a",
        "https://example.org:80/a | https://example.org:80/a",
        "http://example.org:8080 | http://example.org:8080/",
        "http://example.org: | http://example.org/",
        "http://example.org | http://example.org/",
        "http://example.org./a | http://example.org/a",
        "http://user:secret@example.org/a | http://example.org/a",
        "http://example.org/a#comments | http://example.org/a",
        "http://example.org/#!/story/42 | http://example.org/#!/story/42",
        "http://example.org/a/./b/../c | http://example.org/a/c",
        "http://example.org/../../x | http://example.org/x",
        "http://example.org/a/b/.. | http://example.org/a/",
        "http://example.org/a/%2E%2E/b | http://example.org/b",
        "http://example.org/%7euser/%61 | http://example.org/~user/a",
        "http://example.org/a%2fb?q=%3d%3D | http://example.org/a%2Fb?q=%3D%3D",
        "http://example.org/100%/x | http://example.org/100%25/x",
        "http://example.org/a b?q=c d | http://example.org/a%20b?q=c%20d",
        "http://example.org/новости/путин | http://example.org/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D0%BF%D1%83%D1%82%D0%B8%D0%BD",
        "http://example.org/a?x=1&&y=2& | http://example.org/a?x=1&y=2",
        "http://example.org/a? | http://example.org/a",
        "http:\\\\example.org\\a\\b | http://example.org/a/b",
        "http://[2001:DB8::1]:8080/a | http://[2001:db8::1]:8080/a",
    })
    void normalizes(String input, String expected) {
        assertThat(urls.normalize(input)).isEqualTo(expected);
    }

    @Test
    void trackingParametersAreRemovedKeepingTheOthersInOrder() {
        assertThat(urls.normalize("https://www.bbc.co.uk/news/world-123?b=2&utm_source=twitter&a=1&fbclid=IwAR0x"
                + "&UTM_Medium=social&gclid=abc&id=7&yclid=1&mc_cid=x&mc_eid=y&_ga=2.1&ref=rss&ref_src=twsrc&ocid=msn"
                + "&cmpid=x&igshid=z&at_medium=RSS&at_campaign=KARANGA"))
                .isEqualTo("https://www.bbc.co.uk/news/world-123?b=2&a=1&id=7");
    }

    @Test
    void queryOfOnlyTrackingParametersDisappears() {
        assertThat(urls.normalize("https://lenta.ru/news/2024/01/01/x/?utm_source=yxnews&utm_medium=desktop"))
                .isEqualTo("https://lenta.ru/news/2024/01/01/x/");
    }

    @Test
    void parametersThatMerelyContainATrackingNameAreKept() {
        assertThat(urls.normalize("http://example.org/?preference=1&gclid_like=2&page=3"))
                .isEqualTo("http://example.org/?preference=1&gclid_like=2&page=3");
    }

    @Test
    void idnHostsBecomePunycodeConsistently() {
        String unicode = urls.normalize("http://Пример.РФ/статья");
        String punycode = urls.normalize("http://xn--e1afmkfd.xn--p1ai/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F");
        assertThat(unicode).isEqualTo("http://xn--e1afmkfd.xn--p1ai/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F");
        assertThat(punycode).isEqualTo(unicode);
        assertThat(urls.normalize("http://b%C3%BCcher.de/")).isEqualTo("http://xn--bcher-kva.de/");
    }

    @Test
    void surroundingWhitespaceAndEmbeddedNewlinesAreIgnored() {
        assertThat(urls.normalize("  \thttps://example.org/a\n/b \r\n")).isEqualTo("https://example.org/a/b");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not a url", "/relative/path", "mailto:editor@example.org", "javascript:void(0)",
        "ftp://example.org/file", "http://", "http:///", "http://exa mple.com/", "http://example.org:99999/",
        "http://example.org:abc/", "http://ex<ample.org/", "http://..example.org/", "http://[zz::1]/",
        "http://%FF%FE/"})
    void garbageGivesNullWithoutThrowing(String input) {
        assertThat(urls.normalize(input)).isNull();
    }

    @Test
    void declaredCanonicalIsPreferred() {
        assertThat(urls.canonical("https://m.gazeta.ru/politics/2024/01/01/123.shtml?utm_source=tg",
                "https://www.gazeta.ru/politics/2024/01/01/123.shtml?utm_campaign=amp"))
                .isEqualTo("https://www.gazeta.ru/politics/2024/01/01/123.shtml");
    }

    @Test
    void canonicalOnAnotherDomainIsBelievedForSyndication() {
        assertThat(urls.canonical("https://www.local-paper.com/ap/story-1", "https://apnews.com/article/abc123"))
                .isEqualTo("https://apnews.com/article/abc123");
    }

    @Test
    void homePageCanonicalOnAnArticleIsRejected() {
        String page = "https://www.example-news.co.uk/world/2024/election-results";
        assertThat(urls.canonical(page, "https://www.example-news.co.uk/")).isEqualTo(page);
        assertThat(urls.canonical(page, "https://www.example-news.co.uk")).isEqualTo(page);
        assertThat(urls.canonical(page, "https://www.example-news.co.uk/index.php")).isEqualTo(page);
    }

    @Test
    void homePageCanonicalOnTheHomePageIsKept() {
        assertThat(urls.canonical("https://www.example-news.co.uk/?utm_source=x", "https://example-news.co.uk/"))
                .isEqualTo("https://example-news.co.uk/");
    }

    @Test
    void protocolRelativeCanonicalTakesThePageScheme() {
        assertThat(urls.canonical("https://www.bbc.co.uk/news/1", "//www.bbc.com/news/1"))
                .isEqualTo("https://www.bbc.com/news/1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/news/1", "news/1", "", "  ", "http://localhost/news/1", "http://127.0.0.1/news/1",
        "https://www.example.com/news/1", "https://staging.internal/news/1", "ftp://bbc.co.uk/news/1",
        "https://co.uk/news/1", "https://{{host}}/news/1", "https://intranet/news/1"})
    void implausibleCanonicalFallsBackToThePageUrl(String declared) {
        assertThat(urls.canonical("https://www.bbc.co.uk/news/1?at_medium=RSS", declared))
                .isEqualTo("https://www.bbc.co.uk/news/1");
    }

    @Test
    void nullDeclaredCanonicalGivesTheNormalizedPage() {
        assertThat(urls.canonical("HTTPS://WWW.BBC.CO.UK/news/1#top", null)).isEqualTo("https://www.bbc.co.uk/news/1");
        assertThat(urls.canonical("garbage", null)).isNull();
        assertThat(urls.canonical("garbage", "https://www.bbc.co.uk/news/1")).isEqualTo("https://www.bbc.co.uk/news/1");
    }
}
