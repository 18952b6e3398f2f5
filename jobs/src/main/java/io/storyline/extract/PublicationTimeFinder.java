package io.storyline.extract;

import io.storyline.text.PhraseList;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * The original publication time of a page, from the most reliable evidence that holds a plausible
 * value. Sources in order (each one's share of right days on dates-dev is in docs/inputs.md#publication-dates):
 * JSON-LD datePublished; meta tags that mean "published"; itemprop=datePublished; a publication
 * date in an inline script; {@code <time datetime>} marked or inside the article; a date printed in
 * a byline or dateline (in the languages of {@link TextDates}); JSON-LD dateCreated or uploadDate;
 * any other {@code <time datetime>}; a date in the URL; a modification date; and when none of these
 * has a value, a date standing alone in the page's text, and last the first year-month-day anywhere
 * in the markup. Times and dates inside related-article lists, teasers, comments, sidebars, the site's
 * navigation and embedded posts belong to other pages and are read only as a last resort.
 *
 * <p>The URL's date wins over every source but JSON-LD and meta when they disagree: a CMS sets it
 * when the article is first published, and keeps it through the site migrations and
 * republications that reset the page's other dates. A value after crawledAt + 1 day, or before 1995
 * (before news sites existed), is a CMS default or a typo, so the next source is tried instead.
 *
 * <p>The order and the byline and URL rules follow htmldate's (Barbaresi, Apache-2.0): header
 * metadata first, then marked elements, then the URL, with original dates preferred; the code is
 * our own.
 */
final class PublicationTimeFinder {
    // CSS queries parsed once: jsoup parses a query string on every select (2% of ingest's samples).
    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished], abbr.published[title]");
    private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator SCRIPT = QueryParser.parse("script");
    private static final Evaluator HTML_LANG = QueryParser.parse("html[lang]");
    private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator H1_H2 = QueryParser.parse("h1, h2");
    private static final Evaluator H1 = QueryParser.parse("h1");

    private PublicationTimeFinder() {}

    static final Instant EARLIEST = Instant.parse("1995-01-01T00:00:00Z");
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);

    /** Meta names and properties in order of how specifically they mean "first published". */
    private static final List<String> META_KEYS = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "published_time",
            "article:published", "article.published", "pubdate", "publishdate", "publish-date", "publish_date",
            "publication_date", "publication-date", "date_published", "datepublished", "originalpublicationdate",
            "original-publish-date", "article_date_original", "sailthru.date", "parsely-pub-date", "sw-pubdate",
            "citation_publication_date", "citation_date", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dcterms.created", "dc.created", "dc.date", "dcterms.date", "date", "pdate", "cxenseparse:recs:publishtime",
            "dc.date.published", "displaydate", "date_created", "created", "rnews:datepublished", "uploaddate");

    private static final List<String> MODIFIED_META_KEYS = List.of(
            "article:modified_time", "og:updated_time", "og:modified_time", "dateModified", "last-modified",
            "dcterms.modified", "dc.date.modified", "lastmod");

    // "datePublished": "2020-04-16T01:00:03+05:30" in a script's JSON or JavaScript object
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "[\"'](?:datePublished|publishDate|publishedDate|published_at|publishedAt|date_published|pubDate|"
                    + "publicationDate|publication_date|firstPublished|first_published_at|dateCreated)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");

    private static final PhraseList SCRIPT_DATE_KEYS = PhraseList.of(List.of(SCRIPT_DATE.pattern()));

    // /2015/11/17/, /2015-11-17, _20151117, /2017/7/12/: a year that looks like one, month and day in range.
    private static final Pattern URL_YMD = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})(?:([/_-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]))(?![0-9])");

    private static final Pattern ANY_YMD = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})([-/.])(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![0-9])");

    /** Class and id words of blocks that list other pages or reader comments. */
    private static final Set<String> UNRELATED_WORDS = Set.of(
            "related", "comment", "comments", "kommentar", "kommentare", "teaser", "teasers", "recommended",
            "recommendations", "recommendation", "sidebar", "popular", "trending", "mostread",
            "more", "similar", "also", "latest", "recirculation", "recirc", "outbrain", "taboola", "promo",
            "rail", "aside", "prev", "next", "replies", "reply",
            // the site's own navigation, where a clock or today's date is printed
            "nav", "navbar", "sitenav", "navigation", "menu", "topbar");

    /** Class and id words of the elements that print a byline's or dateline's date. */
    private static final Set<String> DATE_WORDS = Set.of(
            "date", "dates", "datum", "time", "timestamp", "datetime", "published", "publish", "publication",
            "pubdate", "posted", "postdate", "byline", "dateline", "meta", "fecha", "data", "created", "entry", "info",
            // Icon fonts name the empty element that stands before a printed date ("fa fa-calendar").
            "calendar");

    /** Words that say an element's date is a modification date. */
    private static final Set<String> MODIFIED_WORDS = Set.of("updated", "modified", "update", "lastmod", "aktualisiert", "edited");

    /**
     * Class and id words of elements that hold a text's summary or description ("entry-descr", "post-excerpt"):
     * the dates in them are the prose's, not a byline's, even after a date word ({@link #dateNamed}).
     */
    private static final Set<String> SUMMARY_WORDS = Set.of(
            "descr", "desc", "description", "excerpt", "summary", "abstract", "snippet", "intro");

    private static final int MAX_BYLINE_CHARS = 200;

    /** A line no longer than this after the headline is a byline or dateline of its own, not prose. */
    private static final int BYLINE_NODE_CHARS = 100;

    // Labels of a publication date, in the languages of TextDates; the date must follow within two characters.
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?<!\\p{L})(?:datum|date|published|posted|posted on|published on|veröffentlicht|veröffentlicht am|erstellt am|stand|"
                    + "publié le|mise en ligne|mis en ligne le|publicado|publicado el|pubblicato|pubblicato il|"
                    + "опубликовано|дата публикации|дата|opublikowano|data publikacji|publikováno|gepubliceerd|publicerad)"
                    + "\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // Labels of a modification date ("Letzte Änderung: 14.01.2022", "Last updated: March 3, 2020").
    private static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?<!\\p{L})(?:last updated|last modified|updated|updated on|letzte änderung|zuletzt aktualisiert|aktualisiert am|"
                    + "aktualisiert|mis à jour le|mise à jour|actualizado|aggiornato|обновлено|zaktualizowano|aktualizováno)"
                    + "\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Text after the headline searched for a dateline: room for a standfirst and a photo credit. */
    private static final int HEADER_CHARS = 400;

    /**
     * @param urls the page URL and its canonical URL (either may be null), searched for a date
     */
    static PublicationTime find(Document doc, JsonLd jsonLd, List<String> urls, Instant crawledAt) {
        Instant latest = (crawledAt != null ? crawledAt : Instant.now()).plus(CLOCK_SKEW);
        return choose(candidates(doc, jsonLd, urls, latest));
    }

    /** The first candidate, unless a rule below says another one knows the day better. */
    static PublicationTime choose(List<PublicationTime> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        PublicationTime chosen = chooseDay(candidates);
        PublicationTime reprinted = printedUpdate(chosen, candidates);
        return reprinted != null ? reprinted : chosen;
    }

    /**
     * A page that prints the day of its last update as its date, where the markup still names the first
     * publication: the printed day and the markup's modified day agree, and the markup's published day is
     * the odd one out. The page shows its readers the update, and so does the date a reader would cite.
     */
    private static PublicationTime printedUpdate(PublicationTime chosen, List<PublicationTime> candidates) {
        if (!MARKUP_SOURCES.contains(chosen.source())) {
            return null;
        }
        PublicationTime printed = firstOf(candidates, "byline");
        PublicationTime modified = firstOf(candidates, "modified");
        boolean agree = printed != null && modified != null && printed.date().equals(modified.date());
        return agree && !printed.date().equals(chosen.date()) ? printed : null;
    }

    private static final Set<String> MARKUP_SOURCES = Set.of("json-ld", "meta", "itemprop", "script", "time-element");

    private static PublicationTime firstOf(List<PublicationTime> candidates, String source) {
        for (PublicationTime c : candidates) {
            if (c.source().equals(source)) {
                return c;
            }
        }
        return null;
    }

    private static PublicationTime chooseDay(List<PublicationTime> candidates) {
        PublicationTime best = candidates.get(0);
        PublicationTime local = localDay(best, candidates);
        if (local != null) {
            return local;
        }
        PublicationTime voted = voted(candidates);
        if (voted != null && !voted.date().equals(best.date())) {
            return voted;
        }
        if (!best.source().equals("json-ld") && !best.source().equals("meta")) {
            for (PublicationTime c : candidates) {
                if (c.source().equals("url") && !c.date().equals(best.date())) {
                    return c;
                }
            }
        }
        return best;
    }

    /**
     * A UTC timestamp's day is not always the publisher's: 01:09 UTC on the 9th is the evening of the
     * 8th in Denver. When the best evidence is such a timestamp and a source that knows the local day
     * says one day off, that day wins. Sources that know it: the same moment with its offset, the URL,
     * a day given in the markup without a time ({@code <p itemprop="datePublished">06 Dicembre 2020</p>}),
     * and a printed date one day earlier when the timestamp is before noon (an offset of up to 12 hours
     * west reaches it). A printed date one day later does not count: bylines print the day of the
     * last update as often as the first, and an update is never earlier than the publication.
     */
    private static PublicationTime localDay(PublicationTime best, List<PublicationTime> candidates) {
        OffsetDateTime t = best.local();
        if (!t.getOffset().equals(ZoneOffset.UTC) || dayOnly(t)) {
            return null;
        }
        for (PublicationTime c : candidates) {
            long days = c.date().toEpochDay() - best.date().toEpochDay();
            boolean knowsLocalDay = c.source().equals("url")
                    || (!c.local().getOffset().equals(ZoneOffset.UTC) && c.instant().equals(best.instant()))
                    || (MARKUP_SOURCES.contains(c.source()) && dayOnly(c.local()))
                    || (c.source().equals("byline") && days == -1 && t.getHour() < 12);
            if (knowsLocalDay && Math.abs(days) == 1) {
                return c;
            }
        }
        return null;
    }

    /** A day without a time: how dates alone are parsed (offset zero, midnight). */
    private static boolean dayOnly(OffsetDateTime t) {
        return t.getOffset().equals(ZoneOffset.UTC) && t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    /**
     * The day that most independent sources give, when it is more than one source and more than
     * any other day gets; else null. The script and modified sources repeat or contradict JSON-LD by
     * construction and do not vote.
     */
    private static PublicationTime voted(List<PublicationTime> candidates) {
        Map<LocalDate, Set<String>> votes = new LinkedHashMap<>();
        Map<LocalDate, PublicationTime> first = new HashMap<>();
        for (PublicationTime c : candidates) {
            if (!c.source().equals("script") && !c.source().equals("modified") && !c.source().equals("elsewhere")) {
                votes.computeIfAbsent(c.date(), d -> new HashSet<>()).add(c.source());
                first.putIfAbsent(c.date(), c);
            }
        }
        LocalDate best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<LocalDate, Set<String>> e : votes.entrySet()) {
            int n = e.getValue().size();
            if (n > most) {
                best = e.getKey();
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return best != null && most >= 2 && !tie ? first.get(best) : null;
    }

    /** Every plausible candidate, most reliable source first (one per source: its first value). */
    static List<PublicationTime> candidates(Document doc, JsonLd jsonLd, List<String> urls, Instant latest) {
        Page page = new Page(doc);
        List<PublicationTime> out = new ArrayList<>();
        addFirst(out, "json-ld", jsonLd.articleFieldValues("datePublished"), latest);
        addFirst(out, "meta", metaValues(page, META_KEYS), latest);
        List<String> itemprop = new ArrayList<>();
        for (Element e : doc.select(DATE_PUBLISHED)) {
            if (!page.unrelated(e)) {
                itemprop.add(e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime")
                        : e.tagName().equals("abbr") ? e.attr("title") : writtenDay(e.text(), page.monthFirst));
            }
        }
        addFirst(out, "itemprop", itemprop, latest);
        addFirst(out, "script", scriptValues(doc), latest);
        List<String> marked = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (Element time : doc.select(TIME_WITH_DATETIME)) {
            if (modified(time)) {
                continue;
            }
            boolean isMarked = time.hasAttr("pubdate") || time.attr("itemprop").equalsIgnoreCase("datePublished")
                    || insideArticle(time);
            (page.unrelated(time) ? elsewhere : isMarked ? marked : other).add(time.attr("datetime"));
        }
        addFirst(out, "time-element", marked, latest);
        PublicationTime byline = byline(page, latest);
        if (byline == null && page.headline != null) {
            byline = besideHeadline(page.headline, page.monthFirst, latest);
        }
        if (byline == null) {
            byline = labelled(page, DATE_LABEL, "byline", latest);
        }
        if (byline != null) {
            out.add(byline);
        }
        List<String> created = new ArrayList<>(jsonLd.articleFieldValues("dateCreated"));
        created.addAll(jsonLd.articleFieldValues("uploadDate"));
        addFirst(out, "json-ld-created", created, latest);
        addFirst(out, "time-element", other, latest);
        PublicationTime url = fromUrls(urls, latest);
        if (url != null) {
            out.add(url);
        }
        addFirst(out, "elsewhere", elsewhere, latest);
        List<String> modified = new ArrayList<>(jsonLd.articleFieldValues("dateModified"));
        modified.addAll(metaValues(page, MODIFIED_META_KEYS));
        addFirst(out, "modified", modified, latest);
        if (out.isEmpty()) {
            // Nothing names the publication: a date printed on its own ("14. Februar 2012" under a
            // headline, "27 Sep 2016" in a plain div) most often is it; else a page that says when
            // it last changed was published no later.
            PublicationTime alone = alone(page, latest);
            PublicationTime changed = alone != null ? alone : labelled(page, UPDATE_LABEL, "modified", latest);
            PublicationTime last = changed != null ? changed : anywhere(doc, latest);
            if (last != null) {
                out.add(last);
            }
        }
        return out;
    }

    /**
     * The first year-month-day anywhere in the page's markup, attributes and scripts included ("2021-10-16 |
     * Botschaft", an image's upload path, a script's date argument), for pages that date themselves nowhere
     * else. htmldate ends with such a search of the whole document too (Barbaresi); the first one is taken as
     * the page's own date usually comes before those of the lists and comments below it. Only year-first
     * dates with one separator are read, as they cannot be misread as day-month or month-day.
     */
    private static PublicationTime anywhere(Document doc, Instant latest) {
        Matcher m = ANY_YMD.matcher(doc.outerHtml());
        while (m.find()) {
            OffsetDateTime t = plausible(TextDates.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))), latest);
            if (t != null) {
                return new PublicationTime(t, "page-date", confidence("page-date"));
            }
        }
        return null;
    }

    private static void addFirst(List<PublicationTime> out, String source, List<String> values, Instant latest) {
        for (String value : values) {
            OffsetDateTime t = plausible(DateParser.parseLocal(value), latest);
            if (t != null) {
                out.add(new PublicationTime(t, source, confidence(source)));
                return;
            }
        }
    }

    /** A day printed as text ("06 Dicembre 2020") as ISO, so the markup parser reads it; else the text as it is. */
    private static String writtenDay(String text, boolean monthFirst) {
        if (DateParser.parseLocal(text) != null) {
            return text;
        }
        LocalDate day = TextDates.first(text, monthFirst);
        return day != null ? day.toString() : text;
    }

    private static List<String> metaValues(Page page, List<String> keys) {
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            values.addAll(page.metas().getOrDefault(key.toLowerCase(Locale.ROOT), List.of()));
        }
        return values;
    }

    private static List<String> scriptValues(Document doc) {
        List<String> values = new ArrayList<>();
        for (Element script : doc.select(SCRIPT)) {
            String data = script.data();
            // Inline scripts run to hundreds of kilobytes; the regex runs only on those naming a date key.
            if (!SCRIPT_DATE_KEYS.mayOccur(data)) {
                continue;
            }
            Matcher m = SCRIPT_DATE.matcher(data);
            while (m.find()) {
                values.add(m.group(1));
            }
        }
        return values;
    }

    /** A date printed in an element named as a byline, dateline or date, or in a {@code <time>} without datetime. */
    private static PublicationTime byline(Page page, Instant latest) {
        Element body = page.doc.body();
        for (Element e : body == null ? List.<Element>of() : body.getAllElements()) {
            boolean time = e.tagName().equals("time");
            if (!time && (!e.hasAttr("class") && !e.hasAttr("id") || !dateNamed(e))) {
                continue;
            }
            String text = e.text();
            if (text.isBlank() && !time && e.parent() != null) {
                // An icon: the date is printed beside it, in its parent.
                text = e.parent().text();
            }
            if (text.length() > MAX_BYLINE_CHARS || page.unrelated(e) || modified(e)) {
                continue;
            }
            PublicationTime t = printed(text, page.monthFirst, latest);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * A date printed just after the headline, where bylines and datelines without a telling name
     * stand ("Hamburg, 2. November 2021", "Von Claudia Lindner · 27.1.2022"): in the first
     * {@link #HEADER_CHARS} characters of text that follow it in the page (text nodes that start within
     * them), the first date printed on a short line of its own, else the first date at all. A photo
     * caption or a first sentence that names an earlier day ("… near Orleans, France, January 16, 2020.
     * Photographer/Pool") often stands between the headline and the byline's own line ("January 18, 2020").
     */
    private static PublicationTime besideHeadline(Element headline, boolean monthFirst, Instant latest) {
        StringBuilder text = new StringBuilder();
        PublicationTime[] lineDate = new PublicationTime[1];
        // Stops as soon as it has the text it needs: the rest of the page is not walked.
        NodeTraversor.filter(new NodeFilter() {
            private boolean after;

            @Override
            public FilterResult head(Node node, int depth) {
                if (after && node instanceof TextNode t) {
                    String own = t.text().strip();
                    if (!own.isEmpty() && onLineOfItsOwn(t)) {
                        lineDate[0] = printed(own, monthFirst, latest);
                    }
                    text.append(t.text()).append(' ');
                }
                return text.length() < HEADER_CHARS && lineDate[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                after |= node == headline;
                return FilterResult.CONTINUE;
            }
        }, headline.ownerDocument().body());
        if (lineDate[0] != null) {
            return lineDate[0];
        }
        return printed(text.length() > HEADER_CHARS ? text.substring(0, HEADER_CHARS) : text.toString(),
                monthFirst, latest);
    }

    /**
     * The node is printed on a short line of its own: with the inline elements that hold it and the text
     * beside them up to the nearest block boundary or {@code <br>}, at most {@link #BYLINE_NODE_CHARS}
     * characters ("24. März 2004, 19:49 | Genesis" between a heading and a paragraph; not a link inside a
     * sentence).
     */
    private static boolean onLineOfItsOwn(TextNode t) {
        Node inline = t;
        while (inline.parent() instanceof Element p && !p.isBlock() && p.parent() != null) {
            inline = p;
        }
        int chars = textChars(inline);
        for (Node n = inline.previousSibling(); n != null && chars <= BYLINE_NODE_CHARS && !lineBreak(n); n = n.previousSibling()) {
            chars += textChars(n);
        }
        for (Node n = inline.nextSibling(); n != null && chars <= BYLINE_NODE_CHARS && !lineBreak(n); n = n.nextSibling()) {
            chars += textChars(n);
        }
        return chars <= BYLINE_NODE_CHARS;
    }

    private static boolean lineBreak(Node n) {
        return n instanceof Element e && (e.isBlock() || e.tagName().equals("br"));
    }

    private static int textChars(Node n) {
        return n instanceof TextNode t ? t.text().strip().length() : n instanceof Element e ? e.text().length() : 0;
    }

    /** A date right after a label that says it is the publication date: "Datum: 03.02.2022", "Posted on March 3, 2020". */
    private static PublicationTime labelled(Page page, Pattern label, String source, Instant latest) {
        String text = page.bodyText();
        Matcher m = label.matcher(text);
        while (m.find()) {
            LocalDate day = TextDates.leading(text.substring(m.end(), Math.min(text.length(), m.end() + 40)), page.monthFirst, 2);
            OffsetDateTime t = plausible(day, latest);
            if (t != null) {
                return new PublicationTime(t, source, confidence(source));
            }
        }
        return null;
    }

    /**
     * The first text in the page that is a date and nothing else (a weekday before it and a time after
     * it allowed), outside blocks of other content and not after an update label. htmldate ends with a
     * search of the whole page for dates too (Barbaresi); this one takes only dates that stand alone,
     * not dates in running text.
     */
    private static PublicationTime alone(Page page, Instant latest) {
        Element body = page.doc.body();
        if (body == null) {
            return null;
        }
        PublicationTime[] found = new PublicationTime[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (e.tagName().equals("script") || e.tagName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    LocalDate day = TextDates.alone(t.text().strip(), page.monthFirst);
                    OffsetDateTime when = plausible(day, latest);
                    Element p = t.parent();
                    if (when != null && p != null && !page.unrelated(p) && !modified(p) && !afterUpdateLabel(p, t)) {
                        found[0] = new PublicationTime(when, "text-date", confidence("text-date"));
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return found[0];
    }

    /** The text node follows an update label in its block ("Letzte Änderung: 14.01.2020"): a modification date. */
    private static boolean afterUpdateLabel(Element block, TextNode date) {
        String text = block.text();
        int at = text.indexOf(date.text().strip());
        if (at <= 0) {
            return false;
        }
        String before = text.substring(Math.max(0, at - 40), at);
        Matcher m = UPDATE_LABEL.matcher(before);
        while (m.find()) {
            if (m.end() == before.length()) {
                return true;
            }
        }
        return false;
    }

    private static PublicationTime printed(String text, boolean monthFirst, Instant latest) {
        LocalDate day = TextDates.first(text, monthFirst);
        OffsetDateTime t = plausible(day, latest);
        return t == null ? null : new PublicationTime(t, "byline", confidence("byline"));
    }

    private static PublicationTime fromUrls(List<String> urls, Instant latest) {
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            Matcher m = URL_YMD.matcher(url);
            while (m.find()) {
                String month = m.group(3) != null ? m.group(3) : m.group(5);
                String day = m.group(4) != null ? m.group(4) : m.group(6);
                try {
                    OffsetDateTime t = plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(month),
                            Integer.parseInt(day)), latest);
                    if (t != null) {
                        return new PublicationTime(t, "url", confidence("url"));
                    }
                } catch (DateTimeException e) {
                    // 2015/02/31 and the like: not a date
                }
            }
        }
        return null;
    }

    /** Pages that declare US English print slashed dates month first. */
    private static boolean usEnglish(Document doc) {
        String lang = doc.select(HTML_LANG).attr("lang").toLowerCase(Locale.ROOT);
        return lang.equals("en-us") || lang.equals("en_us");
    }

    /**
     * The element's name says it holds a date: of its date words (also at the end of a compound: "artikeldatum",
     * "entrydate") and summary words, the last is a date word ("entry-date", "article-intro__date"; not
     * "entry-descr", whose "entry" the summary word follows).
     */
    private static boolean dateNamed(Element e) {
        boolean date = false;
        for (String word : NameWords.of(e)) {
            if (SUMMARY_WORDS.contains(word)) {
                date = false;
            } else if (DATE_WORDS.contains(word) || word.endsWith("datum") || (word.endsWith("date") && !MODIFIED_WORDS.contains(word))) {
                date = true;
            }
        }
        return date;
    }

    /** One of the element's class and id words is in {@code words}. */
    private static boolean namedBy(Element e, Set<String> words) {
        for (String word : NameWords.of(e)) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean modified(Element e) {
        return namedBy(e, MODIFIED_WORDS) || e.attr("itemprop").equalsIgnoreCase("dateModified");
    }

    /** What the rules need to know about the page as a whole. */
    private static final class Page {
        final Document doc;
        final Element headline;
        final boolean monthFirst;
        private final Set<Element> headlineContainers = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, Integer> blockChars = new IdentityHashMap<>();
        private final Map<Element, Boolean> named = new IdentityHashMap<>();
        private String bodyText;
        private Map<String, List<String>> metas;

        Page(Document doc) {
            this.doc = doc;
            this.headline = headline(doc);
            this.monthFirst = usEnglish(doc);
            for (Element a = headline; a != null; a = a.parent()) {
                headlineContainers.add(a);
            }
        }

        /** The contents of the page's meta elements by name (property, name, itemprop or http-equiv; lower case), in page order. */
        Map<String, List<String>> metas() {
            if (metas == null) {
                metas = new HashMap<>();
                for (Element meta : doc.select(META_WITH_CONTENT)) {
                    String name = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name")
                            : meta.hasAttr("itemprop") ? meta.attr("itemprop") : meta.attr("http-equiv");
                    metas.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(meta.attr("content"));
                }
            }
            return metas;
        }

        /**
         * Inside a block that lists other pages, comments, site navigation or embedded posts (by tag, or
         * by a class or id word), or inside the site's header ({@link #siteHeader}). Only
         * blocks below the one that holds the headline, and holding less than half the page's text,
         * count: the page's own wrappers carry words such as "layoutTwoColumnsRightSidebar" or
         * "comments-open" in their names.
         */
        boolean unrelated(Element e) {
            for (Element a = e; a != null && !headlineContainers.contains(a) && !a.tagName().equals("body"); a = a.parent()) {
                if (UNRELATED_TAGS.contains(a.tagName()) || siteHeader(a) || named.computeIfAbsent(a, b -> namedBy(b, UNRELATED_WORDS))) {
                    return blockChars.computeIfAbsent(a, b -> b.text().length()) * 2 < bodyChars();
                }
            }
            return false;
        }

        /**
         * A {@code <header>} outside the article that ends before the headline, on a page whose headline is known,
         * is the site's: its date is today's or the edition's ("lun. 5 août 2019" beside the logo), as a
         * navigation's clock is. The article's own header holds the headline (whose containers are never other
         * content), follows it, or lies inside the {@code <article>}.
         */
        private boolean siteHeader(Element a) {
            return headline != null && a.tagName().equals("header") && !insideArticle(a) && precedesHeadline(a);
        }

        /** The element comes before the headline in the page and does not hold it. */
        private boolean precedesHeadline(Element a) {
            Element branch = a;
            while (branch.parent() != null && !headlineContainers.contains(branch.parent())) {
                branch = branch.parent();
            }
            Element common = branch.parent();
            if (common == null || common == headline) {
                // Not under the page's root, or inside the headline itself.
                return false;
            }
            Element headlineBranch = headline;
            while (headlineBranch.parent() != common) {
                headlineBranch = headlineBranch.parent();
            }
            return branch.elementSiblingIndex() < headlineBranch.elementSiblingIndex();
        }

        private int bodyChars() {
            return bodyText().length();
        }

        String bodyText() {
            if (bodyText == null) {
                bodyText = doc.body() == null ? "" : doc.body().text();
            }
            return bodyText;
        }
    }

    /** Blocks that are other content by their tag; a blockquote holds an embedded post (Instagram, X, Facebook) or a quote. */
    private static final Set<String> UNRELATED_TAGS = Set.of("aside", "nav", "blockquote");

    /**
     * The article's headline: the first h1 or h2 that holds the page's title or whose text is in it
     * (in the page's title or og:title), else the first h1; of the headings in the title, the longest.
     * Logos are often the first h1, and a site's name is in its pages' titles too ("Headline | Site
     * name"), so the first heading in the title can be the site's.
     */
    private static Element headline(Document doc) {
        String pageTitle = doc.title().toLowerCase(Locale.ROOT).strip();
        String titles = pageTitle + " " + doc.select(OG_TITLE).attr("content").toLowerCase(Locale.ROOT);
        Element inTitle = null;
        int inTitleChars = 0;
        for (Element h : doc.select(H1_H2)) {
            String text = h.text().toLowerCase(Locale.ROOT).strip();
            if (text.length() < 10) {
                continue;
            }
            if (titles.contains(text)) {
                if (text.length() > inTitleChars) {
                    inTitle = h;
                    inTitleChars = text.length();
                }
            } else if (inTitle == null && !pageTitle.isEmpty() && text.contains(pageTitle)) {
                return h;
            }
        }
        return inTitle != null ? inTitle : doc.selectFirst(H1);
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

    /** A printed day (null when none) as midnight of that day, when plausible. */
    private static OffsetDateTime plausible(LocalDate day, Instant latest) {
        return day == null ? null : plausible(day.atStartOfDay().atOffset(ZoneOffset.UTC), latest);
    }

    private static OffsetDateTime plausible(OffsetDateTime t, Instant latest) {
        return t != null && !t.toInstant().isBefore(EARLIEST) && !t.toInstant().isAfter(latest) ? t : null;
    }

    /**
     * Each source's share of right days where it had a value, on the 326 development pages of
     * dates-dev (PublicationTimeMeasurement; docs/inputs.md#publication-dates).
     */
    private static double confidence(String source) {
        return switch (source) {
            case "url" -> 0.98;
            case "itemprop" -> 0.98;
            case "time-element" -> 0.98;
            case "meta" -> 0.93;
            case "script" -> 0.93;
            case "json-ld" -> 0.92;
            case "byline" -> 0.95;
            case "json-ld-created" -> 0.74;
            case "modified" -> 0.73;
            case "elsewhere" -> 0.61;
            case "text-date" -> 0.75;
            case "page-date" -> 0.75;
            default -> throw new IllegalArgumentException("unknown date source " + source);
        };
    }
}
