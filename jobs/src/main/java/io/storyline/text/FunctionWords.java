package io.storyline.text;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Function words (Lucene's stop-word lists) as a second opinion on a language: a text of one language is
 * full of that language's articles, pronouns and prepositions, whatever its names and topic. Counting
 * them is a dozen set lookups per word, far cheaper than Lingua's n-gram scoring over a longer sample,
 * so {@link LanguageIdentifier} lets a head whose narrow lead they confirm settle the text.
 *
 * <p>Lucene has lists for thirteen of the default languages; Polish, Slovene, Ukrainian and Macedonian
 * have none, and a language that lacks a list cannot be counted as a competitor, so {@link #confirms}
 * refuses whenever one of those is a contender.
 */
final class FunctionWords {

    private static final Map<String, CharArraySet> LUCENE_LISTS = lists();

    private static Map<String, CharArraySet> lists() {
        Map<String, CharArraySet> lists = new LinkedHashMap<>();
        lists.put("en", org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        lists.put("de", org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet());
        lists.put("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet());
        lists.put("es", org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet());
        lists.put("it", org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet());
        lists.put("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer.getDefaultStopSet());
        lists.put("nl", org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet());
        lists.put("cs", org.apache.lucene.analysis.cz.CzechAnalyzer.getDefaultStopSet());
        lists.put("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer.getDefaultStopSet());
        lists.put("ru", org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet());
        lists.put("bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet());
        lists.put("sr", org.apache.lucene.analysis.sr.SerbianAnalyzer.getDefaultStopSet());
        lists.put("ar", org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet());
        return Map.copyOf(lists);
    }

    // Chosen on the dev part of `storyline eval language` (see LanguageIdentifier.CONFIRMED_MARGIN): with 5
    // and 1.5 a third of the texts that took the full sample settle on their head, and one answer of 7,080
    // changed (to the right one).
    static final int MIN_WORDS = 5;
    static final double MIN_RATIO = 1.5;

    private final String[] codes;
    private final CharArraySet[] sets;

    /** The lists of those of {@code languages} (ISO 639-1) that Lucene has one for. */
    FunctionWords(Collection<String> languages) {
        List<String> listed = languages.stream().filter(LUCENE_LISTS::containsKey).sorted().toList();
        this.codes = listed.toArray(String[]::new);
        this.sets = listed.stream().map(LUCENE_LISTS::get).toArray(CharArraySet[]::new);
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
            if (length > 0 && !tooLong) {
                for (int s = 0; s < sets.length; s++) {
                    if (sets[s].contains(word, 0, length)) {
                        counts[s]++;
                    }
                }
            }
        }
        return counts;
    }
}
