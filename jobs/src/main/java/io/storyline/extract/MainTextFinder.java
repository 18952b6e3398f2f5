package io.storyline.extract;

import io.storyline.extract.Blocks.Block;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of a page body that {@link Boilerplate} has already cleaned.
 *
 * <p>Two views are combined. The core follows Readability: every paragraph-like block scores
 * points for its length and commas, the points flow to the containers just above it, link-heavy
 * containers are discounted, the best container wins and its siblings join when they look like
 * more of the same article. That pick is precise but misses articles split across containers
 * (recipes, pages built with layout widgets). The second view, in the spirit of Body Text
 * Extraction, finds the element with the most prose net of link lists and labels; prose blocks in
 * that region are added to the core. Both then pass a per-block filter that drops link lists.
 * When this was tuned on the extraction dev set, the core alone reached F1 0.899, the region alone
 * 0.890, and both together 0.918 (0.926 with the later heading and boilerplate-name rules).
 */
final class MainTextFinder {
    private MainTextFinder() {}

    private static final Pattern POSITIVE_NAME = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|news|beitrag|artikel|statia|statya|novost");
    private static final Pattern NEGATIVE_NAME = Pattern.compile(
            "-ad-|hidden|banner|combx|comment|contact|foot|footnote|masthead|media|meta|outbrain|promo|related|"
                    + "scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|list|card");
    private static final Pattern COMMAS = Pattern.compile("[,，、،]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。»\"“”)]\\s*$");

    /** The main text, blocks separated by blank lines, or "" when the page has none. */
    static String find(Element body) {
        return find(body, null);
    }

    /**
     * @param articleBody the JSON-LD articleBody, or null: used instead of the DOM text when that is
     *                    much shorter, as happens on pages that render the article with JavaScript
     */
    static String find(Element body, String articleBody) {
        List<Block> blocks = Blocks.of(body);
        if (blocks.isEmpty()) {
            return withFallback("", articleBody);
        }
        Map<Element, Stats> stats = statsByElement(blocks, body);
        Map<Element, Double> scores = score(blocks, stats);
        Element top = best(scores, body);
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(withSiblings(top, scores, stats));
        Element region = densest(blocks, body);
        Set<Element> ingredients = ingredientLists(body);
        List<Block> kept = new ArrayList<>();
        Block pendingHeading = null;
        for (Block b : blocks) {
            boolean inCore = isUnder(b.element(), chosen);
            // Outside Readability's pick but inside the densest region, only clear prose is re-added:
            // that recovers articles split across containers without their labels and link lists.
            // A recipe's ingredients are its text too, though they are neither prose nor in the prose's container.
            boolean extra = !inCore && (isAncestor(region, b.element()) && isProse(b) || isUnder(b.element(), ingredients));
            if (!inCore && !extra) {
                continue;
            }
            if (b.heading() && keepBlock(b)) {
                // Held back until we see what it introduces: "Related", "Read also" or "Comments"
                // headings precede link lists or nothing, and go with them.
                if (pendingHeading != null) {
                    kept.add(pendingHeading);
                }
                pendingHeading = b;
            } else if (keepBlock(b)) {
                if (pendingHeading != null) {
                    kept.add(pendingHeading);
                    pendingHeading = null;
                }
                kept.add(b);
            } else {
                pendingHeading = null;
            }
        }
        return withFallback(join(withoutLabelsAtTheEdges(kept)), articleBody);
    }

    /** Shorter than this and not ending as a sentence: a label or a button, when it opens or closes the text. */
    private static final int EDGE_LABEL_MAX = 40;

    /**
     * "Kontakt", "Seite teilen", "Bild anzeigen", a photo credit: short lines that are not sentences open
     * or close the text far more often as the page's furniture than as the article's own words.
     */
    private static List<Block> withoutLabelsAtTheEdges(List<Block> kept) {
        int from = 0;
        int to = kept.size();
        // One at each end: a second short line is as often the article's own (a signature, a list).
        if (from < to && label(kept.get(from))) {
            from++;
        }
        if (to > from && label(kept.get(to - 1))) {
            to--;
        }
        return kept.subList(from, to);
    }

    private static boolean label(Block b) {
        return !b.heading() && b.text().length() < EDGE_LABEL_MAX && !SENTENCE_END.matcher(b.text()).find();
    }

    /** Words that name a recipe's ingredient list, in class, id and itemprop names (schema.org recipeIngredient). */
    private static final Set<String> INGREDIENT_WORDS = Set.of("ingredient", "ingredients", "zutaten", "ingredienti", "ingrédients", "ingredientes", "składniki");

    private static final Evaluator INGREDIENT_NAMES =
            QueryParser.parse("[class*=ingr], [id*=ingr], [itemprop*=ingr], [class*=zutat], [class*=składnik]");

    private static Set<Element> ingredientLists(Element body) {
        Set<Element> lists = Collections.newSetFromMap(new IdentityHashMap<>());
        // The selector narrows the walk to names holding the stem; the words then decide.
        for (Element e : body.select(INGREDIENT_NAMES)) {
            List<String> words = NameWords.of(e);
            NameWords.split(e.attr("itemprop"), words);
            for (String w : words) {
                if (INGREDIENT_WORDS.contains(w)) {
                    lists.add(e);
                    break;
                }
            }
        }
        return lists;
    }

    private static final double FALLBACK_SHARE = 0.5;

    private static String withFallback(String text, String articleBody) {
        if (articleBody != null) {
            // articleBody may hold markup; Jsoup's text() also collapses its whitespace.
            String fallback = org.jsoup.Jsoup.parse(articleBody).text().trim();
            if (fallback.length() >= 300 && text.length() < fallback.length() * FALLBACK_SHARE) {
                return fallback;
            }
        }
        return text;
    }

    /**
     * The element whose text is the most prose net of boilerplate, in the spirit of Finn's Body Text
     * Extraction: each block adds its length when it reads like prose and subtracts it when it is a
     * link list or a label, so the winner spans the whole article (also when it is split around
     * figures or ad slots) but stops before the surrounding link blocks.
     */
    static Element densest(List<Block> blocks, Element body) {
        // This class's maps of elements iterate in the order the blocks reach them (each element before its
        // ancestors), which the page fixes; a jsoup element is equal only to itself, so a LinkedHashMap keys it by
        // identity as IdentityHashMap would, whose order followed the JVM's identity hashes and decided ties.
        Map<Element, Double> sums = new LinkedHashMap<>();
        for (Block b : blocks) {
            double v = blockValue(b);
            for (Element e = b.element(); e != null; e = e.parent()) {
                sums.merge(e, v, Double::sum);
                if (e == body) {
                    break;
                }
            }
        }
        Element best = body;
        double bestValue = sums.getOrDefault(body, 0.0);
        for (Map.Entry<Element, Double> entry : sums.entrySet()) {
            // On a tie the deeper element wins: the outer one only adds text worth nothing either way.
            if (entry.getValue() > bestValue + 1e-9 || (entry.getValue() >= bestValue - 1e-9 && isAncestor(best, entry.getKey()))) {
                best = entry.getKey();
                bestValue = entry.getValue();
            }
        }
        return best;
    }

    // Link lists cost twice their length: a region may absorb a short "read more" line to join two
    // halves of an article, but not a menu. Tuned on the extraction dev set (0.886 with 1, 0.890 with 2
    // for the region alone); short labels cost half.
    private static final double LINK_PENALTY = 2;
    private static final double SHORT_PENALTY = 0.5;

    static double blockValue(Block b) {
        int length = b.text().length();
        double ld = b.linkDensity();
        if (ld > 0.5) {
            return -length * LINK_PENALTY;
        }
        if (b.heading()) {
            return 0;
        }
        if (length < 20) {
            return -length * SHORT_PENALTY;
        }
        boolean prose = SENTENCE_END.matcher(b.text()).find() || COMMAS.matcher(b.text()).find();
        if (!prose && length < 80) {
            return 0; // a teaser headline or a subheading written as a div: no evidence either way
        }
        return length * (1 - ld) * (prose ? 1.0 : 0.5);
    }

    /** Total and link text under each element, summed from its blocks. */
    record Stats(int chars, int linkChars) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    static Map<Element, Stats> statsByElement(List<Block> blocks, Element body) {
        Map<Element, int[]> sums = new LinkedHashMap<>();
        for (Block b : blocks) {
            for (Element e = b.element(); e != null; e = e.parent()) {
                int[] s = sums.computeIfAbsent(e, k -> new int[2]);
                s[0] += b.text().length();
                s[1] += b.linkChars();
                if (e == body) {
                    break;
                }
            }
        }
        Map<Element, Stats> stats = new LinkedHashMap<>();
        sums.forEach((e, s) -> stats.put(e, new Stats(s[0], s[1])));
        return stats;
    }

    static Map<Element, Double> score(List<Block> blocks, Map<Element, Stats> stats) {
        Map<Element, Double> raw = new LinkedHashMap<>();
        for (Block b : blocks) {
            int length = b.text().length();
            if (length < 25 || b.heading()) {
                continue;
            }
            double points = 1 + COMMAS.matcher(b.text()).results().count() + Math.min(length / 100.0, 3);
            // A paragraph tag is the paragraph itself; text sitting directly in a container with block
            // children is an implicit paragraph of that container, so the container is its parent.
            Element first = isParagraphTag(b.element()) ? b.element().parent() : b.element();
            int level = 0;
            for (Element e = first; e != null && level < 4; e = e.parent(), level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                raw.merge(e, points / divider, Double::sum);
                if (e.tagName().equals("body")) {
                    break;
                }
            }
        }
        Map<Element, Double> scores = new LinkedHashMap<>();
        raw.forEach((e, s) -> {
            Stats st = stats.get(e);
            double ld = st == null ? 0 : st.linkDensity();
            // Class names are weak evidence on a box with little text: without this damping a 30-character
            // widget named "recipe-content" outscores the paragraphs of the article itself.
            double damping = st == null ? 0 : Math.min(1.0, st.chars() / 500.0);
            scores.put(e, (s + initialScore(e) * damping) * (1 - ld));
        });
        return scores;
    }

    private static boolean isParagraphTag(Element e) {
        switch (e.tagName()) {
            case "p", "pre", "td", "th", "blockquote", "li", "dd", "dt", "figcaption", "address", "h1", "h2", "h3",
                    "h4", "h5", "h6" -> {
                return true;
            }
            default -> {
                // A div with no block children is a paragraph written with a div.
                for (Element child : e.children()) {
                    if (Blocks.BLOCK_TAGS.contains(child.tagName()) && !child.tagName().equals("br")) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    static double initialScore(Element e) {
        double score = switch (e.tagName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 50;
        }
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return 0;
        }
        double weight = 0;
        if (Boilerplate.ARTICLE_BODY_NAMES.matches(NameWords.of(e))) {
            weight += 25;
        }
        if (NEGATIVE_NAME.matcher(names).find()) {
            weight -= 25;
        }
        if (POSITIVE_NAME.matcher(names).find()) {
            weight += 25;
        }
        return weight;
    }

    static Element best(Map<Element, Double> scores, Element body) {
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > topScore) {
                topScore = entry.getValue();
                top = entry.getKey();
            }
        }
        if (top == null) {
            return body;
        }
        // Readability's rule: when several strong candidates share an ancestor, the article is split
        // among them and the ancestor is the better container.
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getKey() != top && entry.getValue() >= topScore * 0.75) {
                alternatives.add(entry.getKey());
            }
        }
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        // Climb while the parent scores better: the paragraph holder is often one level too deep.
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
            Double s = scores.get(parent);
            if (s == null) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = parent;
            }
            last = s;
        }
        while (top != body && top.parent() != null && top.parent().children().size() == 1) {
            top = top.parent();
        }
        return top;
    }

    static List<Element> withSiblings(Element top, Map<Element, Double> scores, Map<Element, Stats> stats) {
        List<Element> selected = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null || top.tagName().equals("body")) {
            selected.add(top);
            return selected;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                selected.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                selected.add(sibling);
                continue;
            }
            Stats st = stats.get(sibling);
            if (st != null && isParagraphTag(sibling)) {
                String text = sibling.text();
                double ld = st.linkDensity();
                if ((text.length() > 80 && ld < 0.25) || (text.length() > 0 && ld == 0 && SENTENCE_END.matcher(text).find())) {
                    selected.add(sibling);
                }
            }
        }
        return selected;
    }

    private static boolean keepBlock(Block b) {
        if (b.linkDensity() > 0.5 && !b.heading()) {
            return false;
        }
        if (b.heading() && b.linkDensity() > 0.8) {
            return false;
        }
        return true;
    }

    private static boolean isUnder(Element e, Set<Element> roots) {
        for (Element x = e; x != null; x = x.parent()) {
            if (roots.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProse(Block b) {
        return b.text().length() >= PROSE_MIN && b.linkDensity() < 0.2 && SENTENCE_END.matcher(b.text()).find();
    }

    private static final int PROSE_MIN = 60;

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    static String join(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block b : blocks) {
            if (previous != null) {
                out.append(previous.listItem() && b.listItem() ? "\n" : "\n\n");
            }
            out.append(b.text());
            previous = b;
        }
        return out.toString();
    }
}
