package io.storyline.text;

import com.github.pemistahl.lingua.api.Language;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lingua 1.2.2's language scores in its low-accuracy mode ({@code LanguageDetector.computeLanguageConfidenceValues}
 * built with {@code withLowAccuracyMode()}): the same models (the trigram, bigram and unigram files in Lingua's jar),
 * the same rules (Lingua's alphabets, unique characters and character-to-language table, read from Lingua itself) and
 * the same formula, computed here because Lingua's own path cost a fifth of ingest's CPU. Per call it hands the work to
 * the common fork-join pool, cleans the text with three regular expressions, tests every trigram against a regular
 * expression, scans every word against every entry of its character table, and looks every trigram up in each
 * language's own map, taking a lock for each lookup. Here one table holds every configured language's frequencies of
 * an n-gram ({@link NgramTable}), and the rules read per-character tables built once ({@link LinguaRules}).
 * {@code LanguageScorerTest} checks the scores against Lingua's on the samples, the shared sets and random text.
 *
 * <p>Lingua sums each language's log-frequencies in {@code float}, in its hash set's order; the sums here are
 * {@code double}s in text order, so a confidence may differ from Lingua's in its seventh digit.
 *
 * <p>Instances are immutable and thread-safe; {@link #forLanguages} shares one per language set in a JVM.
 */
final class LanguageScorer {

    /** Languages ranked by confidence, highest first (ties by Lingua's order); empty when nothing could be scored. */
    record Scores(Language[] ranked, double[] confidences) {
        static final Scores NONE = new Scores(new Language[0], new double[0]);

        int size() {
            return ranked.length;
        }
    }

    private static final Map<Set<Language>, LanguageScorer> SHARED = new ConcurrentHashMap<>();

    private final Language[] languages;
    private final LinguaRules rules;
    private final NgramTable table;

    /** The shared scorer for a language set, built on first use (0.6 s in a cold JVM for the 21 default languages). */
    static LanguageScorer forLanguages(Set<Language> languages) {
        return SHARED.computeIfAbsent(Set.copyOf(languages), key -> new LanguageScorer(languages));
    }

    LanguageScorer(Collection<Language> configured) {
        this.languages = new LinkedHashSet<>(configured).toArray(Language[]::new);
        this.rules = new LinguaRules(languages);
        this.table = new NgramTable(languages);
    }

    /** The confidence of each language that the text's n-grams or Lingua's rules leave possible, ranked. */
    Scores score(String text) {
        String cleaned = cleanUp(text);
        if (cleaned.isEmpty() || !hasLetter(cleaned)) {
            return Scores.NONE;
        }
        int[] words = LinguaRules.words(cleaned);
        Language byRules = rules.detect(cleaned, words);
        if (byRules != Language.UNKNOWN) {
            return new Scores(new Language[] {byRules}, new double[] {1.0});
        }
        boolean[] possible = rules.filter(cleaned, words);
        int possibleCount = 0;
        int onlyPossible = -1;
        for (int i = 0; i < possible.length; i++) {
            if (possible[i]) {
                possibleCount++;
                onlyPossible = i;
            }
        }
        if (possibleCount == 1) {
            return new Scores(new Language[] {languages[onlyPossible]}, new double[] {1.0});
        }
        if (cleaned.length() < 3) {
            return Scores.NONE;
        }
        return rank(sumLogFrequencies(cleaned, possible, possibleCount));
    }

    /**
     * Lingua's {@code cleanUpInputText}: trimmed (Kotlin's whitespace, which includes no-break spaces), lower-cased,
     * without punctuation ({@code \p{P}}) and numbers ({@code \p{N}}), with each run of {@code \s} made one space.
     */
    static String cleanUp(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isKotlinWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isKotlinWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (isRegexSpace(cp)) {
                space = true;
                continue;
            }
            if (isPunctuationOrNumber(cp)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    private static boolean isKotlinWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isRegexSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }

    private static boolean isPunctuationOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                 Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Per possible language, the sum of ln(frequency) over the text's distinct letter trigrams, each taken from the
     * trigram model or, where the language lacks it, its bigram prefix or its first letter (Lingua's
     * {@code computeSumOfNgramProbabilities}); 0 where none of them is known.
     */
    private double[] sumLogFrequencies(String text, boolean[] possible, int possibleCount) {
        double[] sums = new double[languages.length];
        int[] stamp = new int[languages.length];
        LongOpenHashSet distinct = new LongOpenHashSet(Math.max(16, text.length()));
        int trigram = 0;
        for (int i = 0; i + 3 <= text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            char c = text.charAt(i + 2);
            if (!isLetterWindow(text, i, a, b, c)) {
                continue;
            }
            long key = NgramTable.key(3, a, b, c);
            if (!distinct.add(key)) {
                continue;
            }
            trigram++;
            int found = add(table.row(key), possible, sums, stamp, trigram, 0);
            if (found < possibleCount) {
                found = add(table.row(NgramTable.key(2, a, b, '\0')), possible, sums, stamp, trigram, found);
                if (found < possibleCount) {
                    add(table.row(NgramTable.key(1, a, '\0', '\0')), possible, sums, stamp, trigram, found);
                }
            }
        }
        return sums;
    }

    private int add(int row, boolean[] possible, double[] sums, int[] stamp, int trigram, int found) {
        if (row < 0) {
            return found;
        }
        for (int e = table.rowStart(row); e < table.rowEnd(row); e++) {
            int i = table.language(e);
            if (possible[i] && stamp[i] != trigram) {
                stamp[i] = trigram;
                sums[i] += table.logFrequency(e);
                found++;
            }
        }
        return found;
    }

    /** Whether the three characters at {@code i} are all letters ({@code \p{L}+}, read as code points). */
    private static boolean isLetterWindow(String text, int i, char a, char b, char c) {
        if (Character.isSurrogate(a) || Character.isSurrogate(b) || Character.isSurrogate(c)) {
            return text.substring(i, i + 3).codePoints().allMatch(Character::isLetter);
        }
        return Character.isLetter(a) && Character.isLetter(b) && Character.isLetter(c);
    }


    /** Lingua's confidences: the best (highest, least negative) sum divided by each language's sum. */
    private Scores rank(double[] sums) {
        double highest = Double.NEGATIVE_INFINITY;
        int scored = 0;
        for (double sum : sums) {
            if (sum < 0) {
                highest = Math.max(highest, sum);
                scored++;
            }
        }
        if (scored == 0) {
            return Scores.NONE;
        }
        Integer[] order = new Integer[scored];
        double[] confidence = new double[languages.length];
        int k = 0;
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] < 0) {
                confidence[i] = highest / sums[i];
                order[k++] = i;
            }
        }
        Arrays.sort(order, (x, y) -> {
            int byConfidence = Double.compare(confidence[y], confidence[x]);
            return byConfidence != 0 ? byConfidence : Integer.compare(languages[x].ordinal(), languages[y].ordinal());
        });
        Language[] ranked = new Language[scored];
        double[] values = new double[scored];
        for (int r = 0; r < scored; r++) {
            ranked[r] = languages[order[r]];
            values[r] = confidence[order[r]];
        }
        return new Scores(ranked, values);
    }

}
