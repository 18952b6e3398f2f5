package io.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits a DOM subtree into text blocks the way a browser lays it out: a block ends wherever a
 * block-level element or a line break starts or ends. Each block remembers the element that holds
 * it and how much of its text is link text, which is what the scoring needs.
 */
final class Blocks {
    private Blocks() {}

    /** One run of text in document order. */
    record Block(Element element, String text, int linkChars, boolean heading, boolean listItem) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "figure", "figcaption", "header", "footer", "address", "form", "fieldset", "center", "hr", "br",
            "details", "summary", "nav", "aside", "hgroup", "picture", "img");

    /**
     * Runs of white space (Java's {@code \\s}, and the no-break spaces U+00A0, U+2007 and U+202F) as one space.
     * A scan, and the text itself when it has nothing to change: most text nodes have none, and the regular
     * expression this replaces ({@code [\\s\\u00a0\\u2007\\u202f]+}) built a new string for every node.
     */
    static String collapseSpaces(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && (!isSpace(raw.charAt(i)) || raw.charAt(i) == ' ' && (i + 1 == n || !isSpace(raw.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return raw;
        }
        StringBuilder out = new StringBuilder(n).append(raw, 0, i);
        while (i < n) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(raw.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    static List<Block> of(Element root) {
        Collector c = new Collector();
        c.open(root);
        c.walk(root);
        c.flush();
        return c.blocks;
    }

    private static final class Collector {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final List<Element> stack = new ArrayList<>();
        int linkChars;
        int linkDepth;

        void open(Element e) {
            stack.add(e);
        }

        void walk(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    append(t.getWholeText());
                } else if (child instanceof Element e) {
                    String tag = e.tagName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        if (tag.equals("br") || tag.equals("hr") || tag.equals("img")) {
                            continue;
                        }
                        stack.add(e);
                        walk(e);
                        flush();
                        stack.remove(stack.size() - 1);
                    } else {
                        boolean link = tag.equals("a") && !Boilerplate.isNamedAnchor(e);
                        if (link) {
                            linkDepth++;
                        }
                        walk(e);
                        if (link) {
                            linkDepth--;
                        }
                    }
                }
            }
        }

        void append(String raw) {
            String s = collapseSpaces(raw);
            if (s.isEmpty()) {
                return;
            }
            if (s.charAt(0) == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
                s = s.substring(1);
            }
            text.append(s);
            if (linkDepth > 0) {
                linkChars += s.trim().length();
            }
        }

        void flush() {
            String s = text.toString().trim();
            if (!s.isEmpty()) {
                Element holder = stack.get(stack.size() - 1);
                String tag = holder.tagName();
                boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                blocks.add(new Block(holder, s, Math.min(linkChars, s.length()), heading, tag.equals("li") || tag.equals("dd") || tag.equals("dt")));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
