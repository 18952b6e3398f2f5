package io.storyline.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Lucene's stop-word lists (lower case), one table for every use: tagging reads a sentence's first word
 * among them as no name, language identification counts them as a language's function words.
 *
 * <p>English takes Snowball's list (174 words, with pronouns and modals: "Him", "Could", "I've"), not
 * EnglishAnalyzer's 33; the other analyzers' defaults are Snowball's lists already, or their own.
 * Polish, Slovene, Ukrainian and Macedonian have none in lucene-analysis-common.
 */
public final class StopWords {
    private StopWords() {}

    private static final Map<String, CharArraySet> LISTS = Map.ofEntries(
            Map.entry("en", snowball("english_stop.txt")),
            Map.entry("de", org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet()),
            Map.entry("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet()),
            Map.entry("es", org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet()),
            Map.entry("it", org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet()),
            Map.entry("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer.getDefaultStopSet()),
            Map.entry("nl", org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet()),
            Map.entry("cs", org.apache.lucene.analysis.cz.CzechAnalyzer.getDefaultStopSet()),
            Map.entry("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer.getDefaultStopSet()),
            Map.entry("ru", org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet()),
            Map.entry("bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet()),
            Map.entry("sr", org.apache.lucene.analysis.sr.SerbianAnalyzer.getDefaultStopSet()),
            Map.entry("ar", org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()));

    /** The list of a language (ISO 639-1), or null when Lucene has none. */
    public static CharArraySet of(String lang) {
        return LISTS.get(lang);
    }

    private static CharArraySet snowball(String file) {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's " + file + " is missing from the class path", e);
        }
    }
}
