package io.storyline.text;

import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Function words ({@link StopWords}, Lucene's lists) as a second opinion on a language: a text of one language is
 * full of that language's articles, pronouns and prepositions, whatever its names and topic. Counting
 * them is one lookup per word (all lists in one map), far cheaper than n-gram scoring over a longer sample,
 * so {@link LanguageIdentifier} lets a head whose narrow lead they confirm settle the text.
 *
 * <p>Lucene has lists for thirteen of the default languages; Polish, Slovene, Ukrainian and Macedonian
 * have none, and a language that lacks a list cannot be counted as a competitor, so {@link #confirms}
 * refuses whenever one of those is a contender.
 */
final class FunctionWords {

    // Chosen on the dev part of `storyline eval language` (see LanguageIdentifier.CONFIRMED_MARGIN): with 5
    // and 1.5 a third of the texts that took the full sample settle on their head, and one answer of 7,080
    // changed (to the right one).
    static final int MIN_WORDS = 5;
    static final double MIN_RATIO = 1.5;

    private final String[] codes;
    // A word's lists, one bit per language of codes: one lookup per word instead of one per list.
    private final CharArrayMap<Integer> listsOf;

    /** The lists of those of {@code languages} (ISO 639-1) that Lucene has one for. */
    FunctionWords(Collection<String> languages) {
        List<String> listed = languages.stream().filter(lang -> StopWords.of(lang) != null).sorted().toList();
        this.codes = listed.toArray(String[]::new);
        this.listsOf = new CharArrayMap<>(4096, false);
        for (int s = 0; s < codes.length; s++) {
            for (Object entry : StopWords.of(codes[s])) {
                char[] word = (char[]) entry; // lower case: words are lower-cased before they are looked up
                Integer lists = listsOf.get(word, 0, word.length);
                listsOf.put(word, (lists == null ? 0 : lists) | 1 << s);
            }
        }
    }

    boolean hasList(String lang) {
        for (String code : codes) {
            if (code.equals(lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text}'s function words point to {@code lang}, and only to it: at least {@value #MIN_WORDS}
     * of its words are on {@code lang}'s list, and {@value #MIN_RATIO} times as many as on any other list.
     * False for a language without a list.
     */
    boolean confirms(String lang, String text) {
        int[] counts = count(text);
        int own = -1;
        int other = 0;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(lang)) {
                own = counts[i];
            } else {
                other = Math.max(other, counts[i]);
            }
        }
        return own >= MIN_WORDS && own >= MIN_RATIO * other;
    }

    /** Per list, how many of the text's words (runs of letters, lower-cased) are on it. */
    int[] count(String text) {
        int[] counts = new int[codes.length];
        char[] word = new char[32];
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int length = 0;
            boolean tooLong = false;
            while (i < n && Character.isLetter(text.charAt(i))) {
                if (length < word.length) {
                    word[length++] = Character.toLowerCase(text.charAt(i));
                } else {
                    tooLong = true;
                }
                i++;
            }
            Integer lists = length > 0 && !tooLong ? listsOf.get(word, 0, length) : null;
            if (lists != null) {
                for (int s = 0; s < codes.length; s++) {
                    if ((lists & 1 << s) != 0) {
                        counts[s]++;
                    }
                }
            }
        }
        return counts;
    }
}
