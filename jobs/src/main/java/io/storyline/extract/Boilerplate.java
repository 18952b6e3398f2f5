package io.storyline.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes the parts of a page that are never article text, judged by tag, ARIA role, hidden state
 * and class/id names. Names are matched in the languages of the crawls Storyline reads (en, de, ru,
 * bg, fr, es, it, and transliterated Slavic names, which Cyrillic sites use in their CSS).
 */
final class Boilerplate {
    private Boilerplate() {}

    /** Elements that hold no readable text or only interface: dropped wholesale. */
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "video", "audio", "button", "input", "select", "textarea", "option", "dialog", "link", "meta",
            "nav", "menu", "aside", "footer");

    private static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
            "toolbar", "tablist", "banner");

    // Matched anywhere in the lower-cased "id class" string: distinctive enough not to need word
    // boundaries, and CMSs glue them into longer names (relatedArticles, c-share-bar, js-comments).
    private static final Pattern NAME_PART = Pattern.compile(String.join("|",
            "comment", "komment", "komentar", "comentar", "disqus", "livefyre",
            "cookie", "consent", "gdpr", "onetrust", "privacy-", "didomi", "usercentrics",
            "related", "verwandt", "relacionad", "correlat", "svarzan", "pohozh", "similar", "recommend", "empfehl",
            "taboola", "outbrain", "plista", "ligatus", "recirc", "trending", "popular", "mostread", "most-read",
            "most-viewed", "meistgelesen", "also-read", "alsoread", "see-also", "seealso", "lesen-sie-auch",
            "read-also", "readalso", "more-stories", "more-articles", "more-news", "morenews", "next-article",
            "share", "sharing", "sharethis", "addthis", "addtoany", "shariff", "social", "teilen", "podelit",
            "spodeli", "partage", "compartir", "condividi",
            "newsletter", "subscri", "signup", "sign-up", "login", "register", "abonn",
            "sidebar", "side-bar", "breadcrumb", "crumbs", "pagination", "pager", "navbar", "navigation",
            "menu", "masthead", "site-header", "topbar", "top-bar", "footer", "copyright",
            "advert", "adsense", "adsbygoogle", "ad-slot", "adslot", "ad-container", "ad-wrapper", "sponsor",
            "werbung", "anzeige", "reklam", "publicidad", "promo", "affiliate",
            "popup", "modal", "overlay", "lightbox", "widget", "toolbar", "author-bio", "authorbio", "author-box",
            "about-author", "rating", "survey", "sr-only", "screen-reader", "visually-hidden", "visuallyhidden",
            "skip-link", "skiplink", "jump-to", "print-only", "noprint"));

    // Matched as whole words of the name only: as substrings they would hit "head", "add", "tagline".
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:^|[^a-z0-9])(?:ad|ads|adv|nav|tags|tag-list|taglist|tagcloud|keywords|categories|cat-links|"
                    + "banner|hidden|hide|rail|poll|vote|print|email|follow|cta|pub|partner|latest|tools|"
                    + "infobox|info-box|meta-tags)(?:$|[^a-z0-9])");

    // Containers that CMSs and publishers name as the article body; never removed even when another
    // of their names looks like boilerplate ("article-body has-share-bar").
    static final Pattern ARTICLE_BODY_NAME = Pattern.compile(
            "article-?body|article__body|articlebody|article-?content|article__content|article-?text|articletext|"
                    + "entry-?content|post-?content|post-?body|postbody|story-?body|storybody|story-?content|"
                    + "news-?text|field-body|field-name-body|post-entry|single-post|main-?content|maincontent|"
                    + "content-?body|text-?content|rich-?text|richtext|body-?text|bodytext|articlecontent|"
                    + "article-main|article__main|td-post-content|entry-body|blog-post-body");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Removes boilerplate under {@code root} in place. */
    static void remove(Element root) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        // An element holding the article's body or its headline is a page wrapper, whatever its name says
        // ("page has-sidebar"), so it and its ancestors are kept.
        for (Element marker : root.select("main, [itemprop=articleBody], h1, article")) {
            if (marker.tagName().equals("article") && marker.text().length() < 400) {
                continue; // short <article>s are teasers in lists of related stories
            }
            for (Element e = marker; e != null && keep.add(e); e = e.parent()) {
                // walk up until an ancestor already marked
            }
        }
        prune(root, keep, false);
    }

    private static void prune(Element element, Set<Element> keep, boolean insideArticle) {
        List<Element> children = List.copyOf(element.children());
        for (Element child : children) {
            boolean article = insideArticle || child.tagName().equals("article") || child.tagName().equals("main")
                    || child.attr("itemprop").equalsIgnoreCase("articleBody");
            if (!keep.contains(child) && isBoilerplate(child, insideArticle)) {
                child.remove();
            } else {
                prune(child, keep, article);
            }
        }
    }

    static boolean isBoilerplate(Element e, boolean insideArticle) {
        String tag = e.tagName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        // The page header holds logo and navigation; an article's own header holds its headline and lead.
        if (tag.equals("header") && !insideArticle) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role) && !(role.equals("banner") && insideArticle)) {
            return true;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find())) {
            return true;
        }
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT).trim();
        if (names.isEmpty() || ARTICLE_BODY_NAME.matcher(names).find()) {
            return false;
        }
        return NAME_PART.matcher(names).find() || NAME_WORD.matcher(names).find();
    }
}
