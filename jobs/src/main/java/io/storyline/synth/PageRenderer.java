package io.storyline.synth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * Renders an article as a news page of its source: head metadata (title with the site-name
 * suffix, canonical link, Open Graph, JSON-LD NewsArticle with datePublished), then the chrome an
 * extractor must drop (cookie banner, menu, share bar, "read also" links inside the body, related
 * headlines, newsletter box, reader comments, footer, scripts) around the article body.
 *
 * <p>The container of the body differs per source: {@code <article><p>}, a body div inside
 * {@code <article>}, {@code itemprop="articleBody"}, a {@code <section>}, an id'd content div, or
 * a WordPress-like {@code entry-content}. Pages are padded with a JSON state script (as
 * single-page-app news sites ship) to at least {@link #MIN_BYTES}.
 */
final class PageRenderer {
    static final int MIN_BYTES = 6 * 1024;
    /** Above this, the page is rendered again without comments and with fewer links. */
    static final int MAX_BYTES = 15 * 1024;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[] NICK_PARTS = {"alex", "nord", "maria", "ivan", "tom", "sun", "wolf", "lena",
        "petro", "carla", "max", "gio", "kat", "stef", "oleg", "ana", "rudi", "zina", "dan", "mira"};
    private static final String HEX = "0123456789abcdef";

    private final LongFunction<Story> otherStory;

    /** @param otherStory makes unrelated events for the related-headlines box, by a random index */
    PageRenderer(LongFunction<Story> otherStory) {
        this.otherStory = otherStory;
    }

    byte[] render(PlannedDoc doc, ArticleText text, ArticleWriter writer, List<Entity> people, long pageSeed) {
        byte[] page = render(doc, text, writer, people, pageSeed, false);
        return page.length <= MAX_BYTES ? page : render(doc, text, writer, people, pageSeed, true);
    }

    private byte[] render(PlannedDoc doc, ArticleText text, ArticleWriter writer, List<Entity> people, long pageSeed,
                          boolean compact) {
        SplittableRandom random = new SplittableRandom(pageSeed);
        LanguageBank bank = writer.bank();
        Source src = doc.source();
        String p = src.cssPrefix();
        String lang = doc.lang();
        Instant published = Instant.ofEpochSecond(doc.publishedEpochSecond());
        String publishedIso = ISO.format(published.atOffset(ZoneOffset.UTC));
        String modifiedIso = ISO.format(published.plusSeconds(random.nextInt(7200)).atOffset(ZoneOffset.UTC));
        String shown = DateTimeFormatter.ofPattern(bank.chrome("dateformat"), Locale.forLanguageTag(lang))
            .format(published.atOffset(ZoneOffset.UTC));
        Entity author = people.get(random.nextInt(people.size()));
        String authorName = author.name(lang);
        String origin = "https://" + src.host();
        String firstSentence = text.paragraphs().get(0).get(0);

        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<title>").append(esc(text.headline())).append(esc(src.titleSeparator())).append(esc(src.siteName()))
            .append("</title>\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<meta name=\"description\" content=\"").append(esc(firstSentence)).append("\">\n");
        h.append("<link rel=\"canonical\" href=\"").append(esc(doc.url())).append("\">\n");
        h.append("<meta property=\"og:type\" content=\"article\">\n");
        h.append("<meta property=\"og:title\" content=\"").append(esc(text.headline())).append("\">\n");
        h.append("<meta property=\"og:url\" content=\"").append(esc(doc.url())).append("\">\n");
        h.append("<meta property=\"og:site_name\" content=\"").append(esc(src.siteName())).append("\">\n");
        h.append("<meta property=\"og:image\" content=\"").append(origin).append("/images/").append(hex(random, 12))
            .append(".jpg\">\n");
        h.append("<meta property=\"article:published_time\" content=\"").append(publishedIso).append("\">\n");
        h.append("<link rel=\"stylesheet\" href=\"/static/css/").append(p).append(".").append(hex(random, 8))
            .append(".css\">\n");
        h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
            .append("\"headline\":").append(json(text.headline()))
            .append(",\"datePublished\":\"").append(publishedIso).append("\",\"dateModified\":\"").append(modifiedIso)
            .append("\",\"inLanguage\":\"").append(lang).append("\",\"mainEntityOfPage\":").append(json(doc.url()))
            .append(",\"author\":{\"@type\":\"Person\",\"name\":").append(json(authorName))
            .append("},\"publisher\":{\"@type\":\"Organization\",\"name\":").append(json(src.siteName()))
            .append(",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"").append(origin).append("/logo.png\"}}}</script>\n");
        analytics(h, src, compact ? 1 : src.scriptKilobytes(), random);
        h.append("</head>\n<body class=\"").append(p).append("-page ").append(p).append("-article\">\n");

        if (src.cookieBanner()) {
            List<String> buttons = bank.chromeList("accept");
            h.append("<div id=\"cookie-consent\" class=\"").append(p).append("-cookies\" role=\"dialog\"><p>")
                .append(esc(bank.chrome("cookie"))).append("</p>");
            for (String b : buttons) {
                h.append("<button class=\"btn\">").append(esc(b)).append("</button>");
            }
            h.append("</div>\n");
        }
        List<String> nav = bank.chromeList("nav");
        h.append("<header class=\"").append(p).append("-header\"><div class=\"logo\"><a href=\"/\">")
            .append(esc(src.siteName())).append("</a></div>\n<nav class=\"").append(p).append("-nav\"><ul>");
        for (int i = 0; i < Math.min(nav.size(), compact ? 6 : src.navItems()); i++) {
            h.append("<li><a href=\"/").append(Urls.slug(nav.get(i))).append("/\">").append(esc(nav.get(i)))
                .append("</a></li>");
        }
        h.append("</ul></nav></header>\n<main class=\"").append(p).append("-main\">\n");
        h.append("<div class=\"breadcrumbs\"><a href=\"/\">").append(esc(nav.get(0))).append("</a> &rsaquo; <a href=\"/")
            .append(Urls.slug(nav.get(2))).append("/\">").append(esc(nav.get(2))).append("</a></div>\n");

        String byline = "<div class=\"byline\">" + esc(bank.chrome("byline")) + " <a rel=\"author\" href=\"/authors/"
            + Urls.slug(author.name("en")) + "\">" + esc(authorName) + "</a> <time datetime=\"" + publishedIso + "\">"
            + esc(shown) + "</time></div>\n";
        String h1 = "<h1 class=\"" + p + "-headline\">" + esc(text.headline()) + "</h1>\n";
        String open;
        String close;
        switch (src.container()) {
            case 0 -> {
                open = "<article class=\"" + p + "-article\">\n" + h1 + byline;
                close = "</article>\n";
            }
            case 1 -> {
                open = "<article>\n<header>" + h1 + byline + "</header>\n<div class=\"article-body\">\n";
                close = "</div>\n</article>\n";
            }
            case 2 -> {
                open = h1 + byline + "<div class=\"" + p + "-story\" itemprop=\"articleBody\">\n";
                close = "</div>\n";
            }
            case 3 -> {
                open = h1 + "<section class=\"story-body\">\n" + byline + "<div class=\"text\">\n";
                close = "</div>\n</section>\n";
            }
            case 4 -> {
                open = "<div class=\"" + p + "-top\">" + h1 + byline + "</div>\n<div id=\"article-content\" class=\"content\">\n";
                close = "</div>\n";
            }
            default -> {
                open = "<article class=\"post type-post\">\n" + h1 + byline + "<div class=\"entry-content\">\n";
                close = "</div>\n</article>\n";
            }
        }
        h.append(open);
        List<List<String>> paragraphs = text.paragraphs();
        int readAlsoAt = src.readAlsoInBody() && paragraphs.size() > 3 ? 2 + random.nextInt(paragraphs.size() - 2) : -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == readAlsoAt) {
                String other = writer.headline(otherStory.apply(random.nextLong()), random);
                h.append("<div class=\"read-also\"><strong>").append(esc(pick(bank.chromeList("readalso"), random)))
                    .append(":</strong> <a href=\"").append(origin).append("/news/").append(random.nextInt(9_000_000))
                    .append("\">").append(esc(other)).append("</a></div>\n");
            }
            h.append("<p>").append(esc(ArticleText.paragraphText(paragraphs.get(i)))).append("</p>\n");
        }
        h.append(close);

        h.append("<div class=\"share\">");
        for (String s : bank.chromeList("share")) {
            h.append("<a href=\"#\" class=\"share-").append(Urls.slug(s)).append("\">").append(esc(s)).append("</a> ");
        }
        h.append("</div>\n<div class=\"").append(p).append("-newsletter\"><p>").append(esc(bank.chrome("subscribe")))
            .append("</p><form><input type=\"email\" name=\"email\"><button>OK</button></form></div>\n");

        h.append("<aside class=\"").append(p).append("-related\"><h3>")
            .append(esc(pick(bank.chromeList("related"), random))).append("</h3><ul>\n");
        for (int i = 0; i < (compact ? 3 : src.relatedCount()); i++) {
            relatedItem(h, writer, origin, random);
        }
        h.append("</ul></aside>\n");

        int comments = src.commentCount() == 0 || compact ? 0 : random.nextInt(src.commentCount() + 1);
        if (comments > 0) {
            List<String> bankComments = bank.list("comment");
            h.append("<section class=\"comments\" id=\"comments\"><h3>")
                .append(esc(pick(bank.chromeList("comments"), random))).append(" (").append(comments).append(")</h3>\n");
            for (int i = 0; i < comments; i++) {
                String nick = NICK_PARTS[random.nextInt(NICK_PARTS.length)] + NICK_PARTS[random.nextInt(NICK_PARTS.length)]
                    + random.nextInt(100);
                String comment = writer.fill(pick(bankComments, random),
                    otherStory.apply(random.nextLong()), random);
                h.append("<div class=\"comment\"><span class=\"author\">").append(nick).append("</span> <time>")
                    .append(random.nextInt(12) + 1).append("h</time><p>").append(esc(comment)).append("</p></div>\n");
            }
            h.append("</section>\n");
        }
        h.append("</main>\n<footer class=\"").append(p).append("-footer\"><ul>");
        List<String> footer = bank.chromeList("footer");
        for (int i = 1; i < footer.size(); i++) {
            h.append("<li><a href=\"/").append(Urls.slug(footer.get(i))).append("\">").append(esc(footer.get(i)))
                .append("</a></li>");
        }
        h.append("</ul><p>&copy; 2026 ").append(esc(src.siteName())).append(". ").append(esc(footer.get(0)))
            .append("</p></footer>\n");
        h.append("<script src=\"/static/js/vendor.").append(hex(random, 8)).append(".js\" defer></script>\n");
        // Pad short pages with a state script, the way single-page-app news sites ship their data.
        int target = MIN_BYTES + random.nextInt(1536);
        int size = utf8Length(h) + 16;
        if (size < target) {
            stateScript(h, target - size, random);
        }
        h.append("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void relatedItem(StringBuilder h, ArticleWriter writer, String origin, SplittableRandom random) {
        String headline = writer.headline(otherStory.apply(random.nextLong()), random);
        h.append("<li><a href=\"").append(origin).append("/news/").append(random.nextInt(9_000_000)).append("-")
            .append(Urls.slug(headline)).append("\">").append(esc(headline)).append("</a></li>\n");
    }

    private static void analytics(StringBuilder h, Source src, int scripts, SplittableRandom random) {
        h.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}")
            .append("gtag('js',new Date());gtag('config','G-").append(hex(random, 10).toUpperCase(Locale.ROOT))
            .append("');</script>\n");
        for (int k = 0; k < scripts; k++) {
            h.append("<script>(function(w,d){var s=d.createElement('script');s.async=true;s.src='https://cdn.")
                .append(src.domain()).append("/ads/").append(hex(random, 6))
                .append(".js';var f=d.getElementsByTagName('script')[0];f.parentNode.insertBefore(s,f);")
                .append("w.adSlots=w.adSlots||[];w.adSlots.push({id:'slot-").append(k).append("',sizes:[[300,250],[728,90]],")
                .append("targeting:{section:'news',kw:'").append(hex(random, 4)).append("'}});})(window,document);</script>\n");
        }
    }

    private static void stateScript(StringBuilder h, int bytes, SplittableRandom random) {
        h.append("<script id=\"__STATE__\" type=\"application/json\">{\"ads\":[");
        int start = h.length();
        int k = 0;
        while (h.length() - start < bytes) {
            if (k > 0) {
                h.append(',');
            }
            h.append("{\"slot\":\"ad-").append(k).append("\",\"unit\":\"/").append(1000 + random.nextInt(9000))
                .append("/news/").append(hex(random, 6)).append("\",\"sizes\":[[300,250],[320,100]],\"lazy\":")
                .append(random.nextBoolean()).append(",\"refresh\":").append(random.nextInt(60)).append('}');
            k++;
        }
        h.append("]}</script>\n");
    }

    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String hex(SplittableRandom random, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(HEX.charAt(random.nextInt(16)));
        }
        return s.toString();
    }

    static String esc(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (r != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (r != null) {
                    out.append(r);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape;
            if (c == '"') {
                escape = "\\\"";
            } else if (c == '\\') {
                escape = "\\\\";
            } else if (c == '\n') {
                escape = "\\n";
            } else if (c == '/' && i > 0 && text.charAt(i - 1) == '<') {
                escape = "\\/";
            } else if (c < 0x20) {
                escape = String.format("\\u%04x", (int) c);
            } else {
                continue;
            }
            out.append(text, from, i).append(escape);
            from = i + 1;
        }
        return out.append(text, from, text.length()).append('"').toString();
    }
}
