package io.storyline.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication time of a page, from the most reliable evidence that holds a plausible value:
 * JSON-LD datePublished, then meta tags, then {@code <time datetime>}, then itemprop=datePublished,
 * then a date in the URL. A value after crawledAt + 1 day, or before 1995 (before news sites
 * existed), is a CMS default or a typo, so the next source is tried instead.
 */
final class PublicationTimeFinder {
    private PublicationTimeFinder() {}

    static final Instant EARLIEST = Instant.parse("1995-01-01T00:00:00Z");
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);

    /** Meta names and properties in order of how specifically they mean "first published". */
    private static final List<String> META_KEYS = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "published_time",
            "article.published", "pubdate", "publishdate", "publish-date", "publish_date", "datepublished",
            "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dc.date", "dcterms.date", "date", "cxenseparse:recs:publishtime");

    // /2015/11/17/, /2015-11-17, _20151117 — the year must look like one and month/day must be in range.
    private static final Pattern URL_YMD = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?![0-9])");

    /**
     * @param urls the page URL and its canonical URL (either may be null), searched for a date last
     */
    static PublicationTime find(Document doc, JsonLd jsonLd, List<String> urls, Instant crawledAt) {
        Instant latest = (crawledAt != null ? crawledAt : Instant.now()).plus(CLOCK_SKEW);

        for (String value : jsonLd.articleFieldValues("datePublished")) {
            Instant t = plausible(DateParser.parse(value), latest);
            if (t != null) {
                return new PublicationTime(t, "json-ld");
            }
        }
        for (String key : META_KEYS) {
            for (Element meta : doc.select("meta[content]")) {
                String name = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
                if (!name.equalsIgnoreCase(key)) {
                    continue;
                }
                Instant t = plausible(DateParser.parse(meta.attr("content")), latest);
                if (t != null) {
                    return new PublicationTime(t, "meta");
                }
            }
        }
        for (Element time : timeElements(doc)) {
            Instant t = plausible(DateParser.parse(time.attr("datetime")), latest);
            if (t != null) {
                return new PublicationTime(t, "time-element");
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            Instant t = plausible(DateParser.parse(value), latest);
            if (t != null) {
                return new PublicationTime(t, "itemprop");
            }
        }
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            Matcher m = URL_YMD.matcher(url);
            while (m.find()) {
                try {
                    Instant t = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                            .atStartOfDay().toInstant(ZoneOffset.UTC);
                    if (plausible(t, latest) != null) {
                        return new PublicationTime(t, "url");
                    }
                } catch (DateTimeException e) {
                    // 2015/02/31 and the like: not a date
                }
            }
        }
        return null;
    }

    /**
     * {@code <time datetime>} elements, best first: those marked pubdate or itemprop=datePublished,
     * then those inside the article, then the rest in document order. Pages list the times of
     * related articles and comments too, so the one inside the article is the better guess.
     */
    private static List<Element> timeElements(Document doc) {
        List<Element> marked = new ArrayList<>();
        List<Element> inArticle = new ArrayList<>();
        List<Element> rest = new ArrayList<>();
        for (Element time : doc.select("time[datetime]")) {
            if (time.hasAttr("pubdate") || time.attr("itemprop").equalsIgnoreCase("datePublished")) {
                marked.add(time);
            } else if (insideArticle(time)) {
                inArticle.add(time);
            } else {
                rest.add(time);
            }
        }
        marked.addAll(inArticle);
        marked.addAll(rest);
        return marked;
    }

    private static boolean insideArticle(Element e) {
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            String tag = parent.tagName();
            if (tag.equals("article") || tag.equals("main") || parent.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return true;
            }
        }
        return false;
    }

    private static Instant plausible(Instant t, Instant latest) {
        return t != null && !t.isBefore(EARLIEST) && !t.isAfter(latest) ? t : null;
    }
}
