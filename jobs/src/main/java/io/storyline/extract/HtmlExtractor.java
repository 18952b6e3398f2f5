package io.storyline.extract;

import java.time.Instant;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text and metadata of an HTML page. Holds no state, so one instance serves all threads.
 */
public final class HtmlExtractor {
    public HtmlExtractor() {}

    /**
     * @param html      the decoded page
     * @param url       the page's URL, used to resolve relative links and as date evidence; may be null
     * @param crawledAt when the page was fetched, the upper bound for a plausible publication time;
     *                  null means now
     */
    public ExtractedPage extract(String html, String url, Instant crawledAt) {
        Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
        // Metadata first: the text extraction below removes headers, time elements and scripts.
        JsonLd jsonLd = JsonLd.of(doc);
        String title = TitleFinder.find(doc, url);
        String canonical = CanonicalUrlFinder.find(doc);
        // The canonical URL is date evidence too, e.g. when a page is read from a file with no URL.
        PublicationTime published = PublicationTimeFinder.find(doc, jsonLd, Arrays.asList(url, canonical), crawledAt);
        String text = mainText(doc, jsonLd);
        return new ExtractedPage(title, text, published == null ? null : published.instant(),
                published == null ? null : published.source(), canonical);
    }

    private static String mainText(Document doc, JsonLd jsonLd) {
        Element body = doc.body();
        Boilerplate.remove(body);
        return MainTextFinder.find(body, jsonLd.articleField("articleBody"));
    }
}
