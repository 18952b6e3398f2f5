package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationTimeFinderTest {
    private static final Instant CRAWLED = Instant.parse("2020-06-15T12:00:00Z");

    private static PublicationTime find(String head, String body, String url) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return PublicationTimeFinder.find(doc, JsonLd.of(doc), Arrays.asList(url), CRAWLED);
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void jsonLdDatePublishedOfAnArticle() {
        PublicationTime t = find(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-05-01T10:00:00+02:00\"}"), "", null);
        assertThat(t).isEqualTo(new PublicationTime(Instant.parse("2020-05-01T08:00:00Z"), "json-ld"));
    }

    @Test
    void jsonLdInsideGraphAndArraysPrefersTheArticleObject() {
        String json = "[{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01\"},"
                + "{\"@graph\":[{\"@type\":[\"BlogPosting\"],\"datePublished\":\"2020-05-02T00:00:00Z\"}]}]";
        assertThat(find(ld(json), "", null).instant()).isEqualTo(Instant.parse("2020-05-02T00:00:00Z"));
    }

    @Test
    void brokenJsonLdFallsThroughToMeta() {
        PublicationTime t = find(ld("{\"@type\": \"Article\", oops") + "<meta property='article:published_time' content='2020-05-03T09:00:00Z'>", "", null);
        assertThat(t).isEqualTo(new PublicationTime(Instant.parse("2020-05-03T09:00:00Z"), "meta"));
    }

    @Test
    void everyMetaNameIsEvidence() {
        for (String name : new String[] {"article:published_time", "og:published_time", "pubdate", "publishdate", "date",
                "DC.date.issued", "sailthru.date", "parsely-pub-date"}) {
            String attribute = name.startsWith("article:") || name.startsWith("og:") ? "property" : "name";
            PublicationTime t = find("<meta " + attribute + "='" + name + "' content='2020-05-04T07:00:00Z'>", "", null);
            assertThat(t).as(name).isEqualTo(new PublicationTime(Instant.parse("2020-05-04T07:00:00Z"), "meta"));
        }
    }

    @Test
    void timeElementPrefersPubdateAndTheArticle() {
        String body = "<aside><time datetime='2020-01-01T00:00:00Z'>related</time></aside>"
                + "<article><time datetime='2020-05-05T06:00:00Z'>today</time></article>";
        assertThat(find("", body, null)).isEqualTo(new PublicationTime(Instant.parse("2020-05-05T06:00:00Z"), "time-element"));
        String marked = "<time datetime='2020-01-01T00:00:00Z'>x</time><time pubdate datetime='2020-05-06T06:00:00Z'>y</time>";
        assertThat(find("", marked, null).instant()).isEqualTo(Instant.parse("2020-05-06T06:00:00Z"));
    }

    @Test
    void itempropDatePublishedInContentOrText() {
        assertThat(find("", "<span itemprop='datePublished' content='2020-05-07'>7 May</span>", null))
                .isEqualTo(new PublicationTime(Instant.parse("2020-05-07T00:00:00Z"), "itemprop"));
        assertThat(find("", "<span itemprop='datePublished'>Thu, 07 May 2020 10:00:00 GMT</span>", null).instant())
                .isEqualTo(Instant.parse("2020-05-07T10:00:00Z"));
    }

    @Test
    void datesInTheUrl() {
        assertThat(find("", "", "https://example.org/2015/11/17/story")).isEqualTo(new PublicationTime(Instant.parse("2015-11-17T00:00:00Z"), "url"));
        assertThat(find("", "", "https://example.org/news/story-2015-11-17.html").instant()).isEqualTo(Instant.parse("2015-11-17T00:00:00Z"));
        assertThat(find("", "", "https://example.org/news/20151117-story").instant()).isEqualTo(Instant.parse("2015-11-17T00:00:00Z"));
        assertThat(find("", "", "https://example.org/news/story-123456789")).isNull();
    }

    @Test
    void implausibleValuesFallThroughToTheNextSource() {
        // In the future (beyond crawl time + 1 day), then before 1995: both rejected.
        String head = ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-06-17T00:00:00Z\"}")
                + "<meta property='article:published_time' content='1970-01-01T00:00:00Z'>";
        PublicationTime t = find(head, "<time datetime='2020-06-16T11:00:00Z'>within a day of the crawl</time>", null);
        assertThat(t).isEqualTo(new PublicationTime(Instant.parse("2020-06-16T11:00:00Z"), "time-element"));
        assertThat(find("<meta name='date' content='1994-12-31'>", "", null)).isNull();
    }

    @Test
    void noEvidenceGivesNull() {
        assertThat(find("<meta name='date' content='not a date'>", "<p>text</p>", "https://example.org/a")).isNull();
    }

    @Test
    void dateFormats() {
        assertThat(DateParser.parse("2015-11-17T10:00:00Z")).isEqualTo(Instant.parse("2015-11-17T10:00:00Z"));
        assertThat(DateParser.parse("2015-11-17T10:00:00.123+01:00")).isEqualTo(Instant.parse("2015-11-17T09:00:00.123Z"));
        assertThat(DateParser.parse("2015-11-17T10:00:00+0100")).isEqualTo(Instant.parse("2015-11-17T09:00:00Z"));
        assertThat(DateParser.parse("2015-11-17 10:00")).as("no zone is UTC").isEqualTo(Instant.parse("2015-11-17T10:00:00Z"));
        assertThat(DateParser.parse("2015-11-17")).isEqualTo(Instant.parse("2015-11-17T00:00:00Z"));
        assertThat(DateParser.parse("Tue, 17 Nov 2015 10:00:00 GMT")).isEqualTo(Instant.parse("2015-11-17T10:00:00Z"));
        assertThat(DateParser.parse("Tue, 17 Nov 2015 10:00:00 +0200")).isEqualTo(Instant.parse("2015-11-17T08:00:00Z"));
        assertThat(DateParser.parse("17.11.2015")).isEqualTo(Instant.parse("2015-11-17T00:00:00Z"));
        assertThat(DateParser.parse("November 17, 2015")).isEqualTo(Instant.parse("2015-11-17T00:00:00Z"));
        assertThat(DateParser.parse("1447754400")).isEqualTo(Instant.parse("2015-11-17T10:00:00Z"));
        assertThat(DateParser.parse("yesterday")).isNull();
    }
}
