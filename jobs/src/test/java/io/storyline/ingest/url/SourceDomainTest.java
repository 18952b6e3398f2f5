package io.storyline.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceDomainTest {
    @ParameterizedTest
    @CsvSource({
        "www.gazeta.ru, www.gazeta.ru, gazeta.ru",
        "news.bbc.co.uk, news.bbc.co.uk, bbc.co.uk",
        "bbc.co.uk, bbc.co.uk, bbc.co.uk",
        "foo.blogspot.com, foo.blogspot.com, foo.blogspot.com",
        "WWW.Lenta.RU., www.lenta.ru, lenta.ru",
        "a.b.c.kobe.jp, a.b.c.kobe.jp, b.c.kobe.jp",
        "www.Пример.РФ, www.xn--e1afmkfd.xn--p1ai, xn--e1afmkfd.xn--p1ai",
        "co.uk, co.uk, co.uk",
        "blogspot.com, blogspot.com, blogspot.com",
        "192.168.0.1, 192.168.0.1, 192.168.0.1",
        "localhost, localhost, localhost",
        "[::1], [::1], [::1]",
        "www.news.unknowntld, www.news.unknowntld, news.unknowntld",
    })
    void registeredDomainFromThePublicSuffixList(String host, String expectedHost, String expectedSource) {
        assertThat(SourceDomain.ofHost(host)).isEqualTo(new SourceDomain(expectedHost, expectedSource));
    }

    @Test
    void fromUrl() {
        assertThat(SourceDomain.ofUrl("https://NEWS.BBC.co.uk:443/news/world?utm_source=x"))
                .isEqualTo(new SourceDomain("news.bbc.co.uk", "bbc.co.uk"));
        assertThat(SourceDomain.ofUrl("http://127.0.0.1:8080/x")).isEqualTo(new SourceDomain("127.0.0.1", "127.0.0.1"));
    }

    @Test
    void invalidHostsGiveNull() {
        assertThat(SourceDomain.ofUrl("not a url")).isNull();
        assertThat(SourceDomain.ofUrl(null)).isNull();
        assertThat(SourceDomain.ofHost("exa mple.com")).isNull();
        assertThat(SourceDomain.ofHost("")).isNull();
    }
}
