package io.storyline.extract;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import io.storyline.text.LineCleaner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text and metadata of an HTML page. Holds no state, so one instance serves all threads.
 */
public final class HtmlExtractor {
    private static final LineCleaner PROMPTS = LineCleaner.defaults();
    private static final Set<LineCleaner.Reason> PROMPT_REASONS = EnumSet.of(LineCleaner.Reason.COOKIE_NOTICE,
            LineCleaner.Reason.ACCESS_WALL, LineCleaner.Reason.PROMO, LineCleaner.Reason.FOOTER, LineCleaner.Reason.LINKS,
            LineCleaner.Reason.COMMENTS);

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
        String text = withoutPrompts(mainText(doc, jsonLd));
        return new ExtractedPage(title, text, published, canonical);
    }

    /**
     * Cookie notices and subscribe prompts often sit in markup with no telling class name (a
     * consent layer named "cmp", a promo inside the article body). Their wording is telling, in
     * many languages: the line cleaner's cookie, promo and footer rules drop those blocks, its
     * web-address rule lines of links (an embedded post's address, "Permalink: https://…"), and its
     * comments rule a comment thread the markup did not name; only those.
     */
    private static String withoutPrompts(String text) {
        LineCleaner.Result cleaned = PROMPTS.clean(text);
        Set<Integer> prompts = new HashSet<>();
        for (LineCleaner.DroppedLine dropped : cleaned.dropped()) {
            if (PROMPT_REASONS.contains(dropped.reason())) {
                prompts.add(dropped.index());
            }
        }
        if (prompts.isEmpty()) {
            return text;
        }
        List<String> lines = text.lines().toList();
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            if (!prompts.contains(i)) {
                kept.append(lines.get(i)).append('\n');
            }
        }
        return kept.toString().strip();
    }

    private static String mainText(Document doc, JsonLd jsonLd) {
        Element body = doc.body();
        Boilerplate.remove(body);
        return MainTextFinder.find(body, jsonLd.articleField("articleBody"));
    }
}
