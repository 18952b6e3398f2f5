package io.storyline.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes the parts of a page that are never article text, judged by tag, ARIA role, hidden state
 * and class/id names. Names are matched in the languages of the crawls Storyline reads (en, de, ru,
 * bg, fr, es, it, and transliterated Slavic names, which Cyrillic sites use in their CSS).
 */
final class Boilerplate {
    // Parsed once (see PublicationTimeFinder).
    private static final Evaluator BODY_MARKERS = QueryParser.parse("main, [itemprop=articleBody], article");

    private Boilerplate() {}

    /** Elements that hold no readable text or only interface: dropped wholesale. */
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "video", "audio", "button", "input", "select", "textarea", "option", "dialog", "link", "meta",
            // noscript is decided separately: some blog platforms put the whole post inside it
            "nav", "menu", "aside", "footer",
            // ruby annotations: the reading printed above a word (furigana), not more text
            "rt", "rp");

    private static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
            "toolbar", "banner");

    // Class and id words (NameWords: split at "-", "_" and camelCase), a name's last word taken as a
    // stem: relatedArticles, c-share-bar and js-comments match, "pager" inside PageBuilder does not.
    // These are removed whatever their size: a long comment thread is still not the article.
    private static final NameMatcher STRONG_NAMES = NameMatcher.stems(
            "comment", "komment", "komentar", "comentar", "disqus", "livefyre",
            "cookie", "consent", "gdpr", "onetrust", "didomi", "usercentrics", "sp message",
            "related", "verwandt", "relacionad", "correlat", "svarzan", "pohozh", "recommend", "empfehl",
            "taboola", "outbrain", "plista", "ligatus", "recirc", "mostread", "most read",
            "most viewed", "mostviewed", "meistgelesen", "also read", "alsoread", "see also", "seealso", "lesen sie auch",
            "read also", "readalso", "more stories", "morestories", "more articles", "more news", "morenews",
            "next article", "nextarticle", "newsletter", "breadcrumb", "crumbs", "pagination", "pager", "navbar",
            "adsense", "adsbygoogle", "ad slot", "adslot", "ad container", "ad wrapper",
            "sr only", "screen reader", "visually hidden", "visuallyhidden", "skip link", "skiplink",
            "author bio", "authorbio", "author box", "about author", "about the author", "author info", "author profile",
            "author description", "author container", "post author", "saboxplugin",
            "next post", "nextpost", "prev next", "nextstory", "entry utility", "postmetadata", "post meta", "entry meta",
            "sharedaddy", "likes other");

    // Also boilerplate names, but layouts borrow them ("layout-with-sidebar", "entry share"), so an
    // element carrying most of the page's text is kept despite them.
    private static final NameMatcher WEAK_NAMES = NameMatcher.stems(
            "similar", "trending", "popular", "share", "sharing", "addthis", "addtoany", "shariff",
            "social", "teilen", "podelit", "spodeli", "partage", "compartir", "condividi",
            "subscri", "signup", "sign up", "login", "register", "abonn", "privacy",
            "sidebar", "side bar", "navigation", "menu", "masthead", "site header", "topbar", "top bar",
            "footer", "copyright", "advert", "sponsor", "werbung", "anzeige", "reklam", "publicidad", "promo",
            "affiliate", "popup", "modal", "overlay", "lightbox", "toolbar", "rating", "survey", "jump to",
            // Not "widget" alone: Blogger's post and Elementor's text blocks are widgets too.
            "widget area", "widgetcontainer", "widget title", "widgettitle", "footer widget", "disclosure", "disclaimer", "print none", "noprint", "no print", "hide for print", "hidden print");

    // Matched as whole words only: as stems they would hit "head", "add", "tagline".
    private static final NameMatcher WEAK_WORDS = NameMatcher.words(
            "ad", "ads", "adv", "nav", "tags", "tag list", "taglist", "tagcloud", "keywords", "categories", "cat links",
            "banner", "rail", "poll", "vote", "email", "follow", "cta", "pub", "partner", "latest", "tools", "meta tags",
            // German subscription notices ("abo-hinweis"). Not "paywall": sites wrap the paid
            // article body itself in one ("paywall-template-container").
            "abo");

    private static final NameMatcher CAPTION_NAMES = NameMatcher.stems(
            "caption", "legend", "credit", "bildunterschrift", "photo info", "photoinfo");

    // Whole class tokens that hide an element by CSS convention (Bootstrap, Tailwind, WordPress).
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "is-hidden", "d-none", "invisible");

    // WordPress and Drupal describe a post's tags and state in class tokens of the article wrapper
    // ("tag-social-media", "has-ads", "field--label-hidden"); they say nothing about the element.
    private static final Pattern DESCRIPTIVE_TOKEN = Pattern.compile(
            "^(?:tag|category|categories|post|format|status|type|has|with|no|page-id|postid|layout|field--label)[-_].*|.*--label-hidden$");

    // Containers that CMSs and publishers name as the article body; never removed even when another
    // of their names looks like boilerplate ("article-body has-share-bar").
    static final NameMatcher ARTICLE_BODY_NAMES = NameMatcher.stems(
            "article body", "articlebody", "article content", "articlecontent", "article text", "articletext",
            "entry content", "entrycontent", "post content", "postcontent", "post body", "postbody", "story body",
            "storybody", "story content", "storycontent", "news text", "newstext", "field body", "field name body",
            "post entry", "single post", "main content", "maincontent", "content body", "contentbody", "text content",
            "textcontent", "rich text", "richtext", "body text", "bodytext", "article main", "td post content",
            "entry body", "blog post body");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Removes boilerplate under {@code root} in place. */
    static void remove(Element root) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        // An element holding the article's body is a page wrapper, whatever its name says
        // ("page has-sidebar"), so it and its ancestors are kept. (Holding an h1 is no such evidence:
        // comment sections and "more" boxes use h1 too.)
        for (Element marker : root.select(BODY_MARKERS)) {
            if (marker.tagName().equals("article") && marker.text().length() < 400) {
                continue; // short <article>s are teasers in lists of related stories
            }
            for (Element e = marker; e != null && keep.add(e); e = e.parent()) {
                // walk up until an ancestor already marked
            }
        }
        int pageChars = root.text().length();
        prune(root, keep, false, pageChars);
    }

    private static void prune(Element element, Set<Element> keep, boolean insideArticle, int pageChars) {
        List<Element> children = List.copyOf(element.children());
        for (Element child : children) {
            boolean article = insideArticle || child.tagName().equals("article") || child.tagName().equals("main")
                    || child.attr("itemprop").equalsIgnoreCase("articleBody");
            if (!keep.contains(child) && isBoilerplate(child, insideArticle, pageChars)) {
                child.remove();
            } else {
                prune(child, keep, article, pageChars);
            }
        }
    }

    /** Two long paragraphs of prose: share bars, menus and ad slots never hold that much. */
    private static boolean hasArticleParagraphs(Element e) {
        int long_ = 0;
        for (Element p : e.getElementsByTag("p")) {
            String text = p.text();
            if (text.length() >= 150 && linkChars(p) < text.length() * 0.3 && ++long_ >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            if (!isNamedAnchor(a)) {
                n += a.text().length();
            }
        }
        return n;
    }

    /**
     * {@code <a name=...>} with no href marks a place in the page, not a link. Left open in old markup, a
     * browser (and jsoup since 1.22) reopens it around the paragraphs that follow, which are text. An
     * {@code <a>} with neither is still counted as a link: script-driven menus are written that way.
     */
    static boolean isNamedAnchor(Element a) {
        return a.hasAttr("name") && !a.hasAttr("href");
    }

    static boolean isBoilerplate(Element e, boolean insideArticle, int pageChars) {
        String tag = e.tagName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        // Image captions and photo credits describe a picture, not the story; gold standards for
        // main-text extraction (trafilatura's among them) leave them out.
        if (tag.equals("figcaption") || CAPTION_NAMES.matches(NameWords.of(e.className()))) {
            return true;
        }
        if (tag.equals("noscript")) {
            return e.text().length() < 200;
        }
        // The page header holds logo and navigation; an article's own header holds its headline and lead.
        if (tag.equals("header") && !insideArticle) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("main") || role.equals("article")) {
            return false;
        }
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role) && !(role.equals("banner") && insideArticle)) {
            return true;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find())) {
            return true;
        }
        // Heading ids are anchor slugs of the heading's own words ("nav_nur_die_folie"), not roles.
        boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        boolean slugId = e.id().length() > 40 || (heading && e.id().replaceAll("[^_-]", "").length() > 1);
        List<String> words = new ArrayList<>();
        if (!slugId) {
            NameWords.split(e.id(), words);
        }
        for (String token : e.classNames()) {
            String t = token.toLowerCase(Locale.ROOT);
            if (HIDING_CLASSES.contains(t)) {
                return true;
            }
            if (!DESCRIPTIVE_TOKEN.matcher(t).matches()) {
                NameWords.split(token, words);
            }
        }
        if (words.isEmpty() || ARTICLE_BODY_NAMES.matches(words)) {
            return false;
        }
        if (STRONG_NAMES.matches(words)) {
            return true;
        }
        if (WEAK_NAMES.matches(words) || WEAK_WORDS.matches(words)) {
            return e.text().length() < pageChars * 0.5 && !hasArticleParagraphs(e);
        }
        return false;
    }
}
