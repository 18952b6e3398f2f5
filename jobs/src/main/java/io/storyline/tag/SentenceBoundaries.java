package io.storyline.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the sentences of a text are. A sentence ends at white space after {@code . ! ?} or
 * {@code …} that closes a word of two or more letters or digits, a closing bracket or a quote, or
 * that a closing quote or bracket follows, when the next text does not start in lower case; and at
 * every line end. A single letter before the point is an initial or an abbreviation ("J. Smith",
 * "г. Москва", "z. B."), so no sentence ends there; nor after the abbreviation of a title or of a word
 * that goes before a name ("prof. Jan Kowalski", "проф. Иванов", "Dr. Smith", "Wlk. Brytania",
 * "św. Jan", "ул. Ленина"). The list is short on purpose: a word that can also end a sentence (Russian
 * "им." is also "them.") is not in it.
 *
 * <p>Written as one pass over the white-space runs, not as a regular expression: Spark NLP's
 * custom-bounds path with the same rule as a regex replaced each match with a symbol and split on
 * it with a look-ahead over the rest of the text, a quarter of the tag stage's CPU time
 * (docs/benchmarks.md, "Tag stage"). {@code SentenceBoundariesTest} checks this pass against that
 * path on real news.
 */
final class SentenceBoundaries {
    private SentenceBoundaries() {}

    /** The sentences as {begin, end} (end exclusive), white space trimmed, empty ones left out. */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            boolean newline = false;
            while (i < n && isSpace(text.charAt(i))) {
                newline |= text.charAt(i) == '\n';
                i++;
            }
            if (newline || (i < n && endsSentence(text, runStart) && !startsLowerCase(text, i)
                    && !(doubledCapitals(text, runStart - 3) && doubledCapitals(text, i)))) {
                add(text, from, runStart, out);
                from = i;
            }
        }
        add(text, from, n, out);
        return out;
    }

    /** Whether the text before a white-space run closes a sentence (the run's end decides the rest). */
    private static boolean endsSentence(String text, int runStart) {
        if (runStart == 0) {
            return false;
        }
        char last = text.charAt(runStart - 1);
        if (isStop(last)) {
            int before = runStart - 1;
            if (before > 0 && isCloser(text.charAt(before - 1))) {
                return true;
            }
            if (before == 0) {
                return false;
            }
            int c1 = text.codePointBefore(before);
            int at2 = before - Character.charCount(c1);
            return isLetterOrDigit(c1) && at2 > 0 && isLetterOrDigit(text.codePointBefore(at2)) && !isAbbreviation(text, before);
        }
        return isCloser(last) && runStart >= 2 && isStop(text.charAt(runStart - 2));
    }

    /**
     * Two capitals of one letter and a point at {@code at}, a word of their own ("EE.", "UU."): Spanish abbreviates a
     * plural by doubling its letters and writes such a pair with a space ("EE. UU.", "FF. AA."), inside which no
     * sentence ends.
     */
    private static boolean doubledCapitals(String text, int at) {
        return at >= 0 && at + 3 <= text.length() && Character.isUpperCase(text.charAt(at)) && text.charAt(at + 1) == text.charAt(at)
                && text.charAt(at + 2) == '.' && (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                && (at + 3 == text.length() || !Character.isLetter(text.charAt(at + 3)));
    }

    /** Titles and name words, lower case; one list for every language, as they do not clash. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "sen", "gov", "lt", "col", "capt", "sgt", "rev",
            "mme", "mgr", "ste", "doc", "inż", "hab", "płk", "ks", "św", "abp", "bp", "wlk", "ul",
            "ing", "mudr", "judr", "phdr", "rndr", "sv", "nám", "mag",
            "проф", "акад", "ген", "св", "ул", "вул", "просп", "доц", "д-р", "г-н", "г-жа");

    /** Whether the word before the point at {@code dot} is one of {@link #ABBREVIATIONS}. */
    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return dot - start <= 5 && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int begin, int end, List<int[]> out) {
        // String.trim's notion of white space (every char up to U+0020), as Spark NLP trims sentences.
        while (begin < end && text.charAt(begin) <= ' ') {
            begin++;
        }
        while (end > begin && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (begin < end) {
            out.add(new int[] {begin, end});
        }
    }

    /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '"' || c == '»' || c == '”' || c == '’' || c == '“' || c == '\'';
    }

    private static boolean isLetterOrDigit(int cp) {
        return Character.isLetter(cp) || (cp >= '0' && cp <= '9');
    }

    private static boolean startsLowerCase(String text, int at) {
        return Character.getType(text.codePointAt(at)) == Character.LOWERCASE_LETTER;
    }
}
