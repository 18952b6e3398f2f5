package io.storyline.extract;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The article title: og:title, else the first h1, else {@code <title>} without the site name.
 * og:title and h1 are what the publisher chose as the headline; {@code <title>} usually carries
 * the site name too, as " | Site", " - Site", " — Site", " :: Site", or "Site | Title". Many sites
 * copy their {@code <title>} into og:title, site name and all; when the page's h1 is one end of it,
 * cut at a separator, that end is the headline.
 */
public final class TitleFinder {
    // Parsed once (see PublicationTimeFinder).
    private static final Evaluator OG_SITE_NAME = metaQuery("og:site_name");
    private static final Evaluator OG_TITLE = metaQuery("og:title");
    private static final Evaluator H1 = QueryParser.parse("h1");

    private TitleFinder() {}

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|«|»|/)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Compiled once: squash runs over every line above a plain text's first paragraph.
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    static String find(Document doc, String pageUrl) {
        String siteName = meta(doc, OG_SITE_NAME);
        String host = host(pageUrl, doc);
        String og = meta(doc, OG_TITLE);
        if (og != null) {
            // og:title is normally the bare headline; strip a suffix only when it is clearly the site.
            String headline = SEPARATOR.matcher(og).find() ? endMatchingHeadline(og, h1(doc), siteName, host) : null;
            return headline != null ? headline : stripSiteName(og, siteName, host, false);
        }
        String h1 = h1(doc);
        if (!h1.isEmpty()) {
            return h1;
        }
        String title = clean(doc.title());
        return title.isEmpty() ? null : stripSiteName(title, siteName, host, true);
    }

    /**
     * A {@code <title>} element's text without the site name, for a page read as plain text: the first line of a
     * Common Crawl WET record is its page's {@code <title>}. When one end of it, cut at a separator, is printed as a
     * line of its own above the article ({@code linesAbove}, where the page's h1 stands among its menus), that end
     * is the headline; else a site-name suffix or prefix is guessed.
     */
    public static String withoutSiteName(String title, String pageUrl, List<String> linesAbove) {
        String cleaned = clean(title);
        String host = host(pageUrl);
        if (SEPARATOR.matcher(cleaned).find()) {
            Map<String, Integer> printedAt = new HashMap<>();
            for (int i = 0; i < linesAbove.size(); i++) {
                printedAt.put(squash(linesAbove.get(i)), i);
            }
            printedAt.remove("");
            String headline = printedEnd(cleaned, printedAt, null, host, true);
            if (headline != null) {
                return headline;
            }
        }
        return stripSiteName(cleaned, null, host, true);
    }

    /**
     * Removes a site-name prefix or suffix. A part counts as the site name when it matches og:site_name
     * or the host; with {@code guessShortSuffix} a last part of at most four words is also dropped,
     * because titles end with the site far more often than with a short clause of the headline.
     */
    static String stripSiteName(String title, String siteName, String host, boolean guessShortSuffix) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (isSite(last, siteName, host)) {
            return withoutLastPart(title);
        }
        if (isSite(first, siteName, host)) {
            return withoutFirstPart(title);
        }
        if (guessShortSuffix && words(last) <= 4 && words(title) - words(last) >= 2) {
            return withoutLastPart(title);
        }
        return title;
    }

    private static String h1(Document doc) {
        Element h1 = doc.selectFirst(H1);
        return h1 == null ? "" : clean(h1.text());
    }

    /** The end of {@code title}, cut at a separator, that reads as {@code h1}, or null (see {@link #printedEnd}). */
    static String endMatchingHeadline(String title, String h1, String siteName, String host) {
        String wanted = squash(h1);
        return wanted.isEmpty() ? null : printedEnd(title, Map.of(wanted, 0), siteName, host, false);
    }

    /**
     * The part of {@code title} before (or after) one of its separators that the page prints by itself, or null.
     * {@code printedAt} maps each printed line, squashed, to its position; of several ends printed, the one printed
     * last, nearest the article, wins. The part after a separator counts only when it is longer than what comes
     * before it ("r/Python - What to put in __init__.py"), since a site's logo is often printed above the headline
     * and a short headline before the site name must not lose to it; a part that is the site name never counts.
     * With {@code shortStartNeedsPrintedRest}, among a text's many printed lines, a part before a separator that is
     * shorter than the rest counts only when the rest, or its last part, is printed too (the site's name in its
     * header): a section's name in a menu ("USA - Kalifornien verpachtet Seeboden …") is not the headline.
     */
    private static String printedEnd(String title, Map<String, Integer> printedAt, String siteName, String host,
                                     boolean shortStartNeedsPrintedRest) {
        String best = null;
        int bestAt = -1;
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            String before = title.substring(0, m.start()).trim();
            String after = title.substring(m.end()).trim();
            int beforeAt = printedAt.getOrDefault(squash(before), -1);
            if (beforeAt > bestAt && !isSite(before, siteName, host) && (!shortStartNeedsPrintedRest
                    || words(before) >= words(after) || printedAt.containsKey(squash(after))
                    || printedAt.containsKey(squash(lastPart(after))))) {
                best = before;
                bestAt = beforeAt;
            }
            int afterAt = printedAt.getOrDefault(squash(after), -1);
            if (afterAt > bestAt && !isSite(after, siteName, host) && words(after) > words(before)) {
                best = after;
                bestAt = afterAt;
            }
        }
        return best;
    }

    private static String withoutLastPart(String title) {
        return title.substring(0, lastSeparator(title).start()).trim();
    }

    private static String lastPart(String title) {
        MatchResult last = lastSeparator(title);
        return last == null ? title : title.substring(last.end()).trim();
    }

    /** The title's last separator, or null when it has none. */
    private static MatchResult lastSeparator(String title) {
        Matcher m = SEPARATOR.matcher(title);
        MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        return last;
    }

    private static String withoutFirstPart(String title) {
        Matcher m = SEPARATOR.matcher(title);
        return m.find() ? title.substring(m.end()).trim() : title;
    }

    private static boolean isSite(String part, String siteName, String host) {
        String p = squash(part);
        if (p.isEmpty()) {
            return false;
        }
        if (siteName != null && p.equals(squash(siteName))) {
            return true;
        }
        if (host != null) {
            String h = squash(host);
            // "Spiegel Online" vs spiegel.de, "ZEIT ONLINE" vs zeit.de, "example.com" vs www.example.com
            String label = hostLabel(host);
            return p.equals(h) || h.endsWith(p) || (label.length() >= 3 && p.startsWith(label) && words(part) <= 3);
        }
        return false;
    }

    private static String hostLabel(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        return labels.length >= 2 ? NOT_LETTER_OR_DIGIT.matcher(labels[labels.length - 2]).replaceAll("") : squash(host);
    }

    private static String host(String pageUrl, Document doc) {
        String host = host(pageUrl);
        return host != null ? host : host(CanonicalUrlFinder.find(doc));
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return null; // not a URI a host can be read from
        }
    }

    private static String squash(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    private static Evaluator metaQuery(String property) {
        return QueryParser.parse("meta[property=" + property + "][content], meta[name=" + property + "][content]");
    }

    private static String meta(Document doc, Evaluator query) {
        Element meta = doc.selectFirst(query);
        if (meta == null) {
            return null;
        }
        String value = clean(meta.attr("content"));
        return value.isEmpty() ? null : value;
    }

    private static String clean(String s) {
        return SPACES.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").trim();
    }
}
