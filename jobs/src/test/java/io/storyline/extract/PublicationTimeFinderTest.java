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
        assertThat(t).extracting(PublicationTime::instant, PublicationTime::source).containsExactly(Instant.parse("2020-05-01T08:00:00Z"), "json-ld");
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
        assertThat(t).extracting(PublicationTime::instant, PublicationTime::source).containsExactly(Instant.parse("2020-05-03T09:00:00Z"), "meta");
    }

    @Test
    void everyMetaNameIsEvidence() {
        for (String name : new String[] {"article:published_time", "og:published_time", "pubdate", "publishdate", "date",
                "DC.date.issued", "sailthru.date", "parsely-pub-date"}) {
            String attribute = name.startsWith("article:") || name.startsWith("og:") ? "property" : "name";
            PublicationTime t = find("<meta " + attribute + "='" + name + "' content='2020-05-04T07:00:00Z'>", "", null);
            assertThat(t).as(name).extracting(PublicationTime::instant, PublicationTime::source).containsExactly(Instant.parse("2020-05-04T07:00:00Z"), "meta");
        }
    }

    @Test
    void timeElementPrefersPubdateAndTheArticle() {
        String body = "<aside><time datetime='2020-01-01T00:00:00Z'>related</time></aside>"
                + "<article><time datetime='2020-05-05T06:00:00Z'>today</time></article>";
        assertThat(find("", body, null)).extracting(PublicationTime::instant, PublicationTime::source).containsExactly(Instant.parse("2020-05-05T06:00:00Z"), "time-element");
        String marked = "<time datetime='2020-01-01T00:00:00Z'>x</time><time pubdate datetime='2020-05-06T06:00:00Z'>y</time>";
        assertThat(find("", marked, null).instant()).isEqualTo(Instant.parse("2020-05-06T06:00:00Z"));
    }

    @Test
    void itempropDatePublishedInContentOrText() {
        assertThat(find("", "<span itemprop='datePublished' content='2020-05-07'>7 May</span>", null))
                .extracting(PublicationTime::instant, PublicationTime::source).containsExactly(Instant.parse("2020-05-07T00:00:00Z"), "itemprop");
        assertThat(find("", "<span itemprop='datePublished'>Thu, 07 May 2020 10:00:00 GMT</span>", null).instant())
                .isEqualTo(Instant.parse("2020-05-07T10:00:00Z"));
    }

    @Test
    void datesInTheUrl() {
        assertThat(find("", "", "https://example.org/2015/11/17/story")).extracting(PublicationTime::instant, PublicationTime::source).containsExactly(Instant.parse("2015-11-17T00:00:00Z"), "url");
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
        assertThat(t).extracting(PublicationTime::instant, PublicationTime::source).containsExactly(Instant.parse("2020-06-16T11:00:00Z"), "time-element");
        assertThat(find("<meta name='date' content='1994-12-31'>", "", null)).isNull();
    }

    @Test
    void noEvidenceGivesNull() {
        assertThat(find("<meta name='date' content='not a date'>", "<p>text</p>", "https://example.org/a")).isNull();
    }

    @Test
    void thePublishersDayIsKeptBesideTheInstant() {
        PublicationTime t = find(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-04-16T01:00:03+05:30\"}"), "", null);
        assertThat(t.instant()).isEqualTo(Instant.parse("2020-04-15T19:30:03Z"));
        assertThat(t.date()).hasToString("2020-04-16");
        assertThat(t.local()).hasToString("2020-04-16T01:00:03+05:30");
    }

    @Test
    void aUtcTimestampTakesTheLocalDayFromTheUrlOrTheSameMomentWithItsOffset() {
        String head = "<meta property='article:published_time' content='2020-06-09T01:09:55Z'>";
        assertThat(find(head, "", "https://example.org/2020/06/08/story").date()).hasToString("2020-06-08");
        String offset = "<article><h1>A headline for this test</h1><time datetime='2020-06-08T18:09:55-07:00'>x</time></article>";
        assertThat(find(head, offset, null).date()).hasToString("2020-06-08");
        assertThat(find(head, "", null).date()).as("no local evidence").hasToString("2020-06-09");
        assertThat(find(head, "", "https://example.org/2020/06/01/story").date()).as("more than a day apart")
                .hasToString("2020-06-09");
    }

    @Test
    void aUtcTimestampTakesTheLocalDayFromADayWithoutTimeOrAnEarlierPrintedDay() {
        String late = ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-05-05T23:15:0Z\"}");
        String printedDay = "<h1>A headline that is long enough</h1><p itemprop='datePublished'>06 Maggio 2020</p>";
        assertThat(find(late, printedDay, null)).as("a day without a time in the markup is the publisher's day")
                .extracting(p -> p.date().toString(), PublicationTime::source).containsExactly("2020-05-06", "itemprop");
        String morning = ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-20T09:49:32+0000\"}");
        String byline = "<h1>A headline that is long enough</h1><div class='ArticleHeader_date'>January 19, 2020 / 12:25 PM</div>";
        assertThat(find(morning, byline, null).date()).as("printed a day earlier, before noon UTC").hasToString("2020-01-19");
        String evening = ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-20T15:49:32+0000\"}");
        assertThat(find(evening, byline, null).date()).as("no offset west of UTC reaches the day before").hasToString("2020-01-20");
        String later = "<h1>A headline that is long enough</h1><div class='ArticleHeader_date'>January 21, 2020</div>";
        assertThat(find(morning, later, null).date()).as("a later printed day may be an update").hasToString("2020-01-20");
    }

    @Test
    void datesOfEmbeddedPostsAndOfTheSitesNavigationAreNotThePages() {
        String head = "<meta property='article:published_time' content='2019-10-18T16:06:50+02:00'>";
        String embed = "<h1>A headline that is long enough</h1><p>Text.</p><blockquote class='instagram-media'><p>A post shared by someone "
                + "on <time datetime='2019-04-21T23:47:18+00:00'>Apr 21, 2019</time></p></blockquote><p>More text of the article.</p>";
        assertThat(find(head, embed, null).date()).hasToString("2019-10-18");
        String clock = "<div class='b-sitenav__time'>11:39 GMT 29 April 2020</div><h1>A headline that is long enough</h1>"
                + "<time class='b-article__refs-date' datetime='2020-04-28T22:57'>22:57 GMT 28.04.2020</time>";
        assertThat(find("<meta property='article:modified_time' content='2020-04-29T11:14:24Z'>"
                + "<meta property='article:published_time' content='2020-04-28T22:57:38Z'>", clock, null).date())
                .as("the navigation's clock is not a printed update").hasToString("2020-04-28");
    }

    @Test
    void aYearFirstDateAnywhereInThePageIsTheLastResort() {
        PublicationTime printed = find("", "<p>Text of the article.</p><p>2019-10-16 | Botschaft</p>", null);
        assertThat(printed).extracting(p -> p.date().toString(), PublicationTime::source).containsExactly("2019-10-16", "page-date");
        assertThat(find("", "<p>Text.</p><img src='/files/2013/02/16/photo.jpg'><p>Filed 2012/01/05 in Archive</p>", null).date())
                .as("in an attribute, and the first one").hasToString("2013-02-16");
        assertThat(find("", "<p>Text.</p><script>showDate(\"2020/04/17 01:43:09\")</script>", null).date())
                .as("in a script").hasToString("2020-04-17");
        assertThat(find("", "<p>Text.</p><p>2019-02-30, 2021-01-01 and 1990.05.01</p><p>2019.11.08</p>", null).date())
                .as("no such day, after the crawl, before 1995: the next one").hasToString("2019-11-08");
        assertThat(find("", "<p>Text.</p><p>05-11-2019, 2019-5-11, 2019/05-11, 20190511</p>", null))
                .as("only year first, two-digit month and day, one separator").isNull();
        assertThat(find("", "<p>Text.</p><div>27 Sep 2016</div><p>2019-11-08</p>", null).date())
                .as("after a date standing alone").hasToString("2016-09-27");
    }

    @Test
    void aDateStandingAloneInItsTextWhenNothingElseDatesThePage() {
        PublicationTime alone = find("", "<p>Text of the article.</p><div>27 Sep 2016</div>", null);
        assertThat(alone).extracting(p -> p.date().toString(), PublicationTime::source).containsExactly("2016-09-27", "text-date");
        assertThat(find("", "<p>Text.</p><p>Benni<br>10. September 2017</p>", null).date()).as("a text node of its own")
                .hasToString("2017-09-10");
        assertThat(find("", "<p>The court met on 27 September 2016 in Macenta.</p>", null)).as("a date in running text").isNull();
        assertThat(find("", "<p>Text of the article, long enough to be most of the page.</p>"
                + "<div class='related'><span>27 Sep 2016</span></div>", null)).as("in a block of other articles").isNull();
        assertThat(find("<meta name='date' content='2019-12-01'>", "<div>27 Sep 2016</div>", null).date())
                .as("only when nothing else dates the page").hasToString("2019-12-01");
    }

    @Test
    void urlDatesWithOneDigitParts() {
        assertThat(find("", "", "https://example.org/2017/7/12/story").date()).hasToString("2017-07-12");
    }

    @Test
    void datesPrintedInBylinesDatelinesAndAfterLabels() {
        PublicationTime t = find("", "<h1>A headline that is long enough</h1><div class='article-meta'>Von Anna Muster | 22.04.2020, 12:01 Uhr</div>", null);
        assertThat(t).extracting(PublicationTime::source).isEqualTo("byline");
        assertThat(t.date()).hasToString("2020-04-22");
        assertThat(find("", "<li class='artikeldatum'>25. November 2019 16:11 Uhr</li>", null).date()).as("compound class name")
                .hasToString("2019-11-25");
        assertThat(find("", "<p>By Jane Doe</p><time>March 11, 2020</time>", null).date()).as("<time> without datetime")
                .hasToString("2020-03-11");
        assertThat(find("<title>Headline of the report | Site</title>", "<h1>Site</h1><h2>Headline of the report</h2>"
                + "<p>A standfirst of one sentence.</p><p>Hamburg, 2. November 2019</p><p>Text.</p>", null).date())
                .as("a dateline after the headline").hasToString("2019-11-02");
        assertThat(find("", "<div><h5>Datum: </h5>03.02.2020</div>", null).date()).as("after a label").hasToString("2020-02-03");
        assertThat(find("", "<p>The contract runs from 03.02.2020.</p>", null)).as("a date in running text").isNull();
    }

    @Test
    void afterTheHeadlineADateOnALineOfItsOwnBeatsOneInACaptionOrSentence() {
        String caption = "<h1>Protesters gather at a theater in Paris</h1><div>FILE PHOTO: The president speaks to the military "
                + "near Orleans, France, January 16, 2020. Photographer/Pool via Agency</div>";
        assertThat(find("", caption + "<p>January 18, 2020</p><p>PARIS (Agency) - Protesters tried to enter.</p>", null).date())
                .hasToString("2020-01-18");
        assertThat(find("", caption + "<p>PARIS (Agency) - Protesters tried to enter.</p>", null).date())
                .as("without a line of its own, the first date after the headline").hasToString("2020-01-16");
        assertThat(find("", caption + "<p>The protest, which the unions had called on <a href='/x'>January 17, 2020</a>, drew "
                + "hundreds of people to the theater where the president sat.</p>",
                null).date()).as("a link inside a sentence is not a line of its own").hasToString("2020-01-16");
        assertThat(find("", "<div><h1>Site update: chapter 121 is online</h1> 24. März 2004, 19:49 | Genesis <p>Chapter 121 is now "
                + "online.</p><div><h3>Comment by Naru</h3> 26. März 2004, 16:19 <p>Thanks!</p></div></div>", null).date())
                .as("a line between blocks, in a block that holds the whole article").hasToString("2004-03-24");
    }

    @Test
    void theSitesHeaderPrintsTodayNotThePagesDate() {
        String masthead = "<header class='header'><a class='logo' href='/'><span class='date-edition'>lun. 5 août 2019</span></a></header>";
        String article = "<main><h1 class='title'>Violences policières, une bombe à retardement</h1>"
                + "<ul class='info'><li>27 juin 2019</li><li>Par Elba</li></ul><p>Text of the article.</p></main>";
        assertThat(find("", masthead + article, null).date()).hasToString("2019-06-27");
        assertThat(find("", masthead + "<main><h1 class='title'>Violences policières, une bombe</h1><p>Text.</p></main>", null))
                .as("as a navigation's clock, never the page's date").isNull();
        assertThat(find("<title>The headline of the article</title>", "<article><header><time class='published'>2 May 2019</time>"
                + "</header><h2>The headline of the article</h2><p>Text.</p></article>", null).date())
                .as("an article's own header before its headline").hasToString("2019-05-02");
        assertThat(find("", "<h1>The headline of the article</h1><header><time datetime='2019-05-03T10:00:00Z'></time></header>", null))
                .as("a header after the headline").extracting(PublicationTime::source).isEqualTo("time-element");
        assertThat(find("", "<h1>The headline of the article<header><time datetime='2019-05-04T10:00:00Z'></time></header></h1>", null))
                .as("a header inside the headline").extracting(PublicationTime::source).isEqualTo("time-element");
    }

    @Test
    void aSummaryNamedAsAnEntryIsNotAByline() {
        String teaser = "<h1>Stadt Stuttgart, the city's home page</h1><p class='entry-descr'>The mayor presented the budget "
                + "on Thursday, 28 September 2017, to the council.</p>";
        assertThat(find("", teaser + "<p class='entry-date'>9 October 2017</p>", null).date()).hasToString("2017-10-09");
        assertThat(find("", "<p>Text.</p><span class='article-intro__date'>9 October 2017</span>", null))
                .as("a date word after the summary word").extracting(PublicationTime::source).isEqualTo("byline");
    }

    @Test
    void theHeadlineIsTheLongestHeadingInTheTitleNotTheSitesName() {
        String page = "<h1 class='site-title'>Notes and Views of a Writer</h1><p>1 June 2020</p><article><header><h1 class='entry-title'>What is the "
                + "difference between private and public services?</h1><p>Posted on 15 April 2016</p></header>"
                + "<p>A caption from 2 March 2016 and the text.</p></article>";
        assertThat(find("<title>What is the difference between private and public services? | Notes and Views of a Writer</title>",
                "<header class='masthead'><p>Today: 1 June 2020</p></header>" + page, null).date())
                .as("the byline after the article's headline, not the date after the site's name").hasToString("2016-04-15");
    }

    @Test
    void datesOfRelatedArticlesAndCommentsCountOnlyWhenNothingElseDoes() {
        String related = "<div class='related-articles'><time datetime='2020-01-01T10:00:00Z'>1 Jan</time></div>";
        String own = "<article><h1>The article's own headline</h1><time datetime='2020-05-05T06:00:00Z'>5 May</time></article>";
        assertThat(find("", related + own, null).instant()).isEqualTo(Instant.parse("2020-05-05T06:00:00Z"));
        String comment = "<article><h1>The article's own headline</h1><p>Text of the article, long enough to be most of the page, "
                + "and more text so that the comments are the smaller part of it.</p>"
                + "<div class='comments'><time datetime='2020-05-09T06:00:00Z'>9 May</time></div></article>";
        assertThat(find("", comment, null)).extracting(PublicationTime::source).isEqualTo("elsewhere");
    }

    @Test
    void theDayMostSourcesAgreeOnBeatsALoneFirstSource() {
        String head = "<meta property='article:published_time' content='2020-01-21T15:38:44+01:00'>";
        String body = "<h1>A headline that is long enough</h1><span itemprop='datePublished' content='2020-01-27'></span>"
                + "<div class='date'>27.01.2020</div>";
        assertThat(find(head, body, null).date()).hasToString("2020-01-27");
        assertThat(find(head, "<div class='date'>27.01.2020</div>", null).date()).as("one against one: the first source")
                .hasToString("2020-01-21");
    }

    @Test
    void aPrintedDayThatTheMarkupsModifiedDayConfirmsBeatsTheMarkupsFirstPublication() {
        String head = ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-10-15T16:59:59Z\","
                + "\"dateModified\":\"2020-03-12T14:42:17Z\"}");
        String printed = "<h1>A headline that is long enough</h1><div class='post-date'>March 12, 2020</div>";
        PublicationTime t = find(head, printed, null);
        assertThat(t).extracting(p -> p.date().toString(), PublicationTime::source).containsExactly("2020-03-12", "byline");
        assertThat(find(head, "<h1>A headline that is long enough</h1><div class='post-date'>March 11, 2020</div>", null).date())
                .as("printed and modified disagree: the markup's publication stands").hasToString("2019-10-15");
        String unmodified = ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-10-15T16:59:59Z\"}");
        assertThat(find(unmodified, printed, null).date()).as("no modified day to confirm the print").hasToString("2019-10-15");
    }

    @Test
    void aDateBesideACalendarIconAfterAnAsOfLabelOrAsTheLastChangeWhenNothingElseSaysIt() {
        assertThat(find("", "<ul><li><i class='fa fa-calendar'></i> 16.10.2019<br><a href='x'>Botschaft</a></li></ul>", null).date())
                .hasToString("2019-10-16");
        assertThat(find("", "<div class='lastchanged'>Stand: 19.10.2019 11:05 Uhr</div><p>Text.</p>", null).date())
                .hasToString("2019-10-19");
        PublicationTime changed = find("", "<p>Text.</p><div><label>Letzte Änderung:</label> 14.01.2020 um 09:25</div>", null);
        assertThat(changed).extracting(p -> p.date().toString(), PublicationTime::source).containsExactly("2020-01-14", "modified");
        assertThat(find("<meta property='article:published_time' content='2019-12-01T10:00:00+01:00'>",
                "<p>Text.</p><div>Last updated: January 14, 2020</div>", null).date())
                .as("a publication date beats the last change").hasToString("2019-12-01");
    }

    @Test
    void classAndIdNamesAreMatchedAsWholeWords() {
        java.util.List<String> words = new java.util.ArrayList<>();
        NameWords.split("PageBuilder-pageRow post_date", words);
        assertThat(words).containsExactly("page", "builder", "page", "row", "post", "date");
        assertThat(find("", "<div class='update-box'>03.02.2020</div>", null)).as("'date' is not in 'update'").isNull();
    }

    @Test
    void dateFormats() {
        assertThat(DateParser.parse("2015-11-17T10:00:00Z")).isEqualTo(Instant.parse("2015-11-17T10:00:00Z"));
        assertThat(DateParser.parse("2015-11-17T10:00:00.123+01:00")).isEqualTo(Instant.parse("2015-11-17T09:00:00.123Z"));
        assertThat(DateParser.parse("2015-11-17T10:00:00+0100")).isEqualTo(Instant.parse("2015-11-17T09:00:00Z"));
        assertThat(DateParser.parse("2020-12-05T23:15:0Z")).as("one-digit seconds").isEqualTo(Instant.parse("2020-12-05T23:15:00Z"));
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
