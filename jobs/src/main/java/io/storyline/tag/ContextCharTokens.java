package io.storyline.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens as Spark NLP's rule-based Tokenizer cuts them with our context characters and its default
 * rule: each run of non-white-space characters is one token, with the context characters at its
 * start as one more token and those at its end as another ("«Газпром»," gives «, Газпром and »,); a
 * run of context characters alone stays one token ("...", "-").
 *
 * <p>Written as one pass, not through Spark NLP's rule factory: that applies one regular expression
 * with a backtracking middle group to every run, a third of the tag stage's CPU time
 * (docs/benchmarks.md, "Tag stage"). {@code ContextCharTokensTest} checks this pass against Spark
 * NLP's Tokenizer on real news.
 */
final class ContextCharTokens {
    private ContextCharTokens() {}

    /**
     * Stripped from the ends of tokens: Spark NLP's defaults, and the quotes, brackets and ellipsis
     * that news put around names («», „“, typographic quotes), which its defaults do not know.
     */
    static final String CONTEXT_CHARS = ".,;:!?*-()\"'«»„“”‘’‚…[]";

    /** The tokens of a text as {begin, end} (end exclusive). */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            int from = start;
            while (from < i && isContext(text.charAt(from))) {
                from++;
            }
            if (from == i) {
                out.add(new int[] {start, i});
                continue;
            }
            int to = i;
            while (isContext(text.charAt(to - 1))) {
                to--;
            }
            if (from > start) {
                out.add(new int[] {start, from});
            }
            out.add(new int[] {from, to});
            if (to < i) {
                out.add(new int[] {to, i});
            }
        }
        return out;
    }

    /** Java's {@code \s}, what Spark NLP's default target pattern {@code \S+} splits on. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isContext(char c) {
        return CONTEXT_CHARS.indexOf(c) >= 0;
    }
}
