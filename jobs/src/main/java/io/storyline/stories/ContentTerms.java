package io.storyline.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Stemmed content terms of one language, from Lucene's language analyzers (tokenizer, stop words,
 * Snowball or light stemmer). Languages Lucene has no analyzer for in analysis-common (Ukrainian,
 * Polish, Slovene, ...) get the standard tokenizer and a 6-character prefix, a crude but
 * language-neutral stemmer for inflected languages. Digits are left to {@link Evidence}.
 */
final class ContentTerms {
    static final int PREFIX_STEM = 6;
    private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new), Map.entry("ru", RussianAnalyzer::new),
            Map.entry("bg", BulgarianAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
            Map.entry("fr", FrenchAnalyzer::new), Map.entry("cs", CzechAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new), Map.entry("it", ItalianAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new),
            // Chinese and Japanese have no spaces: overlapping pairs of ideographs or kana stand for words.
            Map.entry("zh", CJKAnalyzer::new), Map.entry("ja", CJKAnalyzer::new), Map.entry("ko", CJKAnalyzer::new));
    // Analyzers are thread-safe (they keep per-thread token streams), so one per language per JVM.
    private static final Map<String, Analyzer> CACHE = new ConcurrentHashMap<>();

    private ContentTerms() {}

    /**
     * The terms of {@code text} in order, with repeats; numbers and tokens shorter than 3 letters
     * are dropped, except pairs of CJK characters (a two-character word is a word there).
     */
    static List<String> of(String lang, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        boolean stemmed = ANALYZERS.containsKey(lang);
        Analyzer analyzer = CACHE.computeIfAbsent(stemmed ? lang : "", l -> stemmed ? ANALYZERS.get(l).get()
                : new StandardAnalyzer());
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() < (isBigram(term) ? 2 : 3) || !Character.isLetter(term.charAt(0))) {
                    continue;
                }
                String t = term.toString();
                terms.add(stemmed || t.length() <= PREFIX_STEM ? t : t.substring(0, PREFIX_STEM));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static boolean isBigram(CharTermAttribute term) {
        if (term.length() != 2) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(term.charAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
