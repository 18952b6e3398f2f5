package io.storyline.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.Alphabet;
import com.github.pemistahl.lingua.internal.Constant;
import com.github.pemistahl.lingua.internal.util.extension.CharExtensionsKt;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * an n-gram, found by one lookup of the n-gram packed into a {@code long}, and the rules read per-character tables
 * built once. {@code LanguageScorerTest} checks the scores against Lingua's on the samples and the shared sets.
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
    private static final Language[] ALL = Language.values();
    private static final Alphabet[] ALPHABETS = Alphabet.values();
    private static final int CHARS = 1 << 16;
    // Each fraction of a model file is a field name of its own: canonicalising and interning them doubled the load.
    private static final JsonFactory MODEL_JSON =
            new JsonFactoryBuilder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    /** Each character's alphabet (an index into {@link #ALPHABETS}, -1 for none), and whether Lingua splits it off. */
    private static final byte[] ALPHABET_OF = new byte[CHARS];
    private static final boolean[] LOGOGRAM = new boolean[CHARS];

    static {
        Map<Character.UnicodeScript, Integer> byScript = new EnumMap<>(Character.UnicodeScript.class);
        for (int c = 0; c < CHARS; c++) {
            char ch = (char) c;
            int alphabet = byScript.computeIfAbsent(Character.UnicodeScript.of(c), script -> {
                for (int a = 0; a < ALPHABETS.length; a++) {
                    if (ALPHABETS[a].matches(ch)) {
                        return a;
                    }
                }
                return -1;
            });
            ALPHABET_OF[c] = (byte) alphabet;
            LOGOGRAM[c] = CharExtensionsKt.isLogogram(ch);
        }
    }

    private final Language[] languages;
    private final int[] indexOfOrdinal;
    private final boolean[] hasAlphabet; // [language index * ALPHABETS.length + alphabet]

    // The n-gram table: an n-gram's row lists the languages whose model has it, with ln(relative frequency).
    private final Long2IntOpenHashMap rowOf;
    private final int[] rowStart;
    private final byte[] entryLanguage;
    private final float[] entryLogFrequency;

    // detectLanguageWithRules: a character's vote (a language ordinal, or -1), or votes (-2 - i indexes ruleVotes).
    private final int[] ruleVote;
    private final int[][] ruleVotes;

    // filterLanguagesByRules: Lingua's character-to-languages table, as entries with their languages' indexes.
    private final int[][] mappingLanguages;
    private final int[] mappingCharOf; // a character's index among the table's characters, or -1
    private final int[][] mappingEntriesOfChar; // per table character, the entries holding it (repeats kept)

    /** The shared scorer for a language set, built on first use (about half a second for twenty languages). */
    static LanguageScorer forLanguages(Set<Language> languages) {
        return SHARED.computeIfAbsent(Set.copyOf(languages), key -> new LanguageScorer(languages));
    }

    LanguageScorer(Collection<Language> configured) {
        this.languages = new LinkedHashSet<>(configured).toArray(Language[]::new);
        if (languages.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " languages");
        }
        this.indexOfOrdinal = new int[ALL.length];
        Arrays.fill(indexOfOrdinal, -1);
        this.hasAlphabet = new boolean[languages.length * ALPHABETS.length];
        for (int i = 0; i < languages.length; i++) {
            indexOfOrdinal[languages[i].ordinal()] = i;
            for (Alphabet alphabet : languages[i].getAlphabets$lingua()) {
                hasAlphabet[i * ALPHABETS.length + alphabet.ordinal()] = true;
            }
        }

        LongArrayList keys = new LongArrayList();
        IntArrayList entryLanguages = new IntArrayList();
        FloatArrayList logFrequencies = new FloatArrayList();
        for (int i = 0; i < languages.length; i++) {
            for (String order : List.of("unigrams", "bigrams", "trigrams")) {
                readModel(languages[i], order, i, keys, entryLanguages, logFrequencies);
            }
        }
        this.rowOf = new Long2IntOpenHashMap();
        rowOf.defaultReturnValue(-1);
        IntArrayList rowCounts = new IntArrayList();
        int[] rowOfEntry = new int[keys.size()];
        for (int e = 0; e < keys.size(); e++) {
            int row = rowOf.putIfAbsent(keys.getLong(e), rowCounts.size());
            if (row == -1) {
                row = rowCounts.size();
                rowCounts.add(0);
            }
            rowOfEntry[e] = row;
            rowCounts.set(row, rowCounts.getInt(row) + 1);
        }
        this.rowStart = new int[rowCounts.size() + 1];
        for (int r = 0; r < rowCounts.size(); r++) {
            rowStart[r + 1] = rowStart[r] + rowCounts.getInt(r);
        }
        this.entryLanguage = new byte[keys.size()];
        this.entryLogFrequency = new float[keys.size()];
        int[] fill = Arrays.copyOf(rowStart, rowCounts.size());
        for (int e = 0; e < keys.size(); e++) {
            int slot = fill[rowOfEntry[e]]++;
            entryLanguage[slot] = (byte) entryLanguages.getInt(e);
            entryLogFrequency[slot] = logFrequencies.getFloat(e);
        }

        // Rules, as LanguageDetector builds them: alphabets that only one configured language writes, then Han,
        // then kana, then the unique characters of Latin, Cyrillic and Devanagari languages.
        Map<Alphabet, Language> oneLanguageAlphabets = Alphabet.Companion.allSupportingExactlyOneLanguage();
        this.ruleVote = new int[CHARS];
        List<int[]> votes = new ArrayList<>();
        Map<String, Integer> votesIndex = new java.util.HashMap<>();
        for (int c = 0; c < CHARS; c++) {
            char ch = (char) c;
            int alphabet = ALPHABET_OF[c];
            Language only = alphabet < 0 ? null : oneLanguageAlphabets.get(ALPHABETS[alphabet]);
            if (only != null && indexOfOrdinal[only.ordinal()] >= 0) {
                ruleVote[c] = only.ordinal();
            } else if (Alphabet.HAN.matches(ch)) {
                ruleVote[c] = Language.CHINESE.ordinal();
            } else if (Constant.INSTANCE.isJapaneseAlphabet(ch)) {
                ruleVote[c] = Language.JAPANESE.ordinal();
            } else if (Alphabet.LATIN.matches(ch) || Alphabet.CYRILLIC.matches(ch) || Alphabet.DEVANAGARI.matches(ch)) {
                IntArrayList voters = new IntArrayList();
                for (Language language : languages) {
                    String unique = language.getUniqueCharacters$lingua();
                    if (unique != null && !unique.isBlank() && unique.indexOf(ch) >= 0) {
                        voters.add(language.ordinal());
                    }
                }
                if (voters.isEmpty()) {
                    ruleVote[c] = -1;
                } else if (voters.size() == 1) {
                    ruleVote[c] = voters.getInt(0);
                } else {
                    int index = votesIndex.computeIfAbsent(voters.toString(), k -> {
                        votes.add(voters.toIntArray());
                        return votes.size() - 1;
                    });
                    ruleVote[c] = -2 - index;
                }
            } else {
                ruleVote[c] = -1;
            }
        }
        this.ruleVotes = votes.toArray(int[][]::new);

        Map<String, ? extends Set<Language>> mapping = Constant.INSTANCE.getCHARS_TO_LANGUAGES_MAPPING();
        this.mappingLanguages = new int[mapping.size()][];
        this.mappingCharOf = new int[CHARS];
        Arrays.fill(mappingCharOf, -1);
        List<IntArrayList> entriesOfChar = new ArrayList<>();
        int entry = 0;
        for (Map.Entry<String, ? extends Set<Language>> e : mapping.entrySet()) {
            mappingLanguages[entry] = e.getValue().stream().mapToInt(l -> indexOfOrdinal[l.ordinal()])
                    .filter(i -> i >= 0).toArray();
            for (char ch : e.getKey().toCharArray()) {
                if (mappingCharOf[ch] < 0) {
                    mappingCharOf[ch] = entriesOfChar.size();
                    entriesOfChar.add(new IntArrayList());
                }
                entriesOfChar.get(mappingCharOf[ch]).add(entry);
            }
            entry++;
        }
        this.mappingEntriesOfChar = entriesOfChar.stream().map(IntArrayList::toIntArray).toArray(int[][]::new);
    }

    /** The confidence of each language that the text's n-grams or Lingua's rules leave possible, ranked. */
    Scores score(String text) {
        String cleaned = cleanUp(text);
        if (cleaned.isEmpty() || !hasLetter(cleaned)) {
            return Scores.NONE;
        }
        int[] words = words(cleaned);
        int wordCount = words.length / 2;
        Language byRules = detectByRules(cleaned, words, wordCount);
        if (byRules != Language.UNKNOWN) {
            return new Scores(new Language[] {byRules}, new double[] {1.0});
        }
        boolean[] possible = filterByRules(cleaned, words, wordCount);
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

    /** Lingua's {@code splitTextIntoWords}: split at spaces, and each logogram a word of its own; as start, end pairs. */
    private static int[] words(String text) {
        IntArrayList spans = new IntArrayList();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || LOGOGRAM[c]) {
                if (next != i) {
                    spans.add(next);
                    spans.add(i);
                }
                if (c != ' ') {
                    spans.add(i);
                    spans.add(i + 1);
                }
                next = i + 1;
            }
        }
        if (next != text.length()) {
            spans.add(next);
            spans.add(text.length());
        }
        return spans.toIntArray();
    }

    /** Lingua's {@code detectLanguageWithRules}: a language when the letters that only it writes carry the text. */
    private Language detectByRules(String text, int[] words, int wordCount) {
        int[] total = new int[ALL.length];
        int[] counts = new int[ALL.length];
        IntArrayList touched = new IntArrayList();
        int unknown = Language.UNKNOWN.ordinal();
        for (int w = 0; w < wordCount; w++) {
            touched.clear();
            for (int i = words[2 * w]; i < words[2 * w + 1]; i++) {
                int vote = ruleVote[text.charAt(i)];
                if (vote >= 0) {
                    count(counts, touched, vote);
                } else if (vote <= -2) {
                    for (int ordinal : ruleVotes[-2 - vote]) {
                        count(counts, touched, ordinal);
                    }
                }
            }
            int winner = unknown;
            if (touched.size() == 1) {
                int only = touched.getInt(0);
                winner = indexOfOrdinal[only] >= 0 ? only : unknown;
            } else if (touched.size() > 1) {
                int top = topUnique(counts, touched);
                winner = top >= 0 && indexOfOrdinal[top] >= 0 ? top : unknown;
            }
            total[winner]++;
            for (int k = 0; k < touched.size(); k++) {
                counts[touched.getInt(k)] = 0;
            }
        }
        if (total[unknown] < 0.5 * wordCount) {
            total[unknown] = 0;
        }
        IntArrayList present = new IntArrayList();
        for (int o = 0; o < total.length; o++) {
            if (total[o] > 0) {
                present.add(o);
            }
        }
        if (present.isEmpty()) {
            return Language.UNKNOWN;
        }
        if (present.size() == 1) {
            return ALL[present.getInt(0)];
        }
        if (present.size() == 2 && total[Language.CHINESE.ordinal()] > 0 && total[Language.JAPANESE.ordinal()] > 0) {
            return Language.JAPANESE;
        }
        int top = topUnique(total, present);
        return top >= 0 ? ALL[top] : Language.UNKNOWN;
    }

    private static void count(int[] counts, IntArrayList touched, int ordinal) {
        if (counts[ordinal]++ == 0) {
            touched.add(ordinal);
        }
    }

    /** The key with the highest count when no other key has as many, else -1. */
    private static int topUnique(int[] counts, IntArrayList keys) {
        int top = -1;
        int best = -1;
        boolean tied = false;
        for (int k = 0; k < keys.size(); k++) {
            int key = keys.getInt(k);
            if (counts[key] > best) {
                best = counts[key];
                top = key;
                tied = false;
            } else if (counts[key] == best) {
                tied = true;
            }
        }
        return tied ? -1 : top;
    }

    /**
     * Lingua's {@code filterLanguagesByRules}: the languages written in the text's most frequent alphabet, narrowed to
     * those whose characters (Lingua's table) occur in at least half of the words when any are.
     */
    private boolean[] filterByRules(String text, int[] words, int wordCount) {
        int[] alphabetCounts = new int[ALPHABETS.length];
        int[] firstSeen = new int[ALPHABETS.length];
        int seen = 0;
        for (int w = 0; w < wordCount; w++) {
            int alphabet = alphabetOfWord(text, words[2 * w], words[2 * w + 1]);
            if (alphabet >= 0 && alphabetCounts[alphabet]++ == 0) {
                firstSeen[seen++] = alphabet;
            }
        }
        boolean[] possible = new boolean[languages.length];
        if (seen == 0) {
            Arrays.fill(possible, true);
            return possible;
        }
        // The most frequent alphabet, the first seen among equals (Kotlin's maxByOrNull over a LinkedHashMap); when
        // two or more alphabets are all as frequent, any language.
        int top = firstSeen[0];
        boolean allEqual = true;
        for (int k = 1; k < seen; k++) {
            int alphabet = firstSeen[k];
            allEqual &= alphabetCounts[alphabet] == alphabetCounts[firstSeen[0]];
            if (alphabetCounts[alphabet] > alphabetCounts[top]) {
                top = alphabet;
            }
        }
        if (seen > 1 && allEqual) {
            Arrays.fill(possible, true);
            return possible;
        }
        for (int i = 0; i < languages.length; i++) {
            possible[i] = hasAlphabet[i * ALPHABETS.length + top];
        }
        int[] entryHits = new int[mappingLanguages.length];
        int[] stamp = new int[mappingEntriesOfChar.length];
        for (int w = 0; w < wordCount; w++) {
            for (int i = words[2 * w]; i < words[2 * w + 1]; i++) {
                int mapped = mappingCharOf[text.charAt(i)];
                if (mapped >= 0 && stamp[mapped] != w + 1) {
                    stamp[mapped] = w + 1;
                    for (int entry : mappingEntriesOfChar[mapped]) {
                        entryHits[entry]++;
                    }
                }
            }
        }
        int[] languageCounts = new int[languages.length];
        for (int entry = 0; entry < entryHits.length; entry++) {
            if (entryHits[entry] > 0) {
                for (int i : mappingLanguages[entry]) {
                    if (possible[i]) {
                        languageCounts[i] += entryHits[entry];
                    }
                }
            }
        }
        boolean[] subset = new boolean[languages.length];
        boolean any = false;
        for (int i = 0; i < languages.length; i++) {
            if (languageCounts[i] > 0 && languageCounts[i] >= wordCount / 2.0) {
                subset[i] = true;
                any = true;
            }
        }
        return any ? subset : possible;
    }

    /** The alphabet all of a word's characters belong to, or -1 (Lingua's {@code Alphabet.matches(word)}). */
    private static int alphabetOfWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                CharSequence word = text.subSequence(start, end);
                for (int a = 0; a < ALPHABETS.length; a++) {
                    if (ALPHABETS[a].matches(word)) {
                        return a;
                    }
                }
                return -1;
            }
        }
        int alphabet = ALPHABET_OF[text.charAt(start)];
        for (int i = start + 1; i < end && alphabet >= 0; i++) {
            if (ALPHABET_OF[text.charAt(i)] != alphabet) {
                return -1;
            }
        }
        return alphabet;
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
            long key = key(3, a, b, c);
            if (!distinct.add(key)) {
                continue;
            }
            trigram++;
            int found = add(rowOf.get(key), possible, sums, stamp, trigram, 0);
            if (found < possibleCount) {
                found = add(rowOf.get(key(2, a, b, '\0')), possible, sums, stamp, trigram, found);
                if (found < possibleCount) {
                    add(rowOf.get(key(1, a, '\0', '\0')), possible, sums, stamp, trigram, found);
                }
            }
        }
        return sums;
    }

    private int add(int row, boolean[] possible, double[] sums, int[] stamp, int trigram, int found) {
        if (row < 0) {
            return found;
        }
        for (int e = rowStart[row]; e < rowStart[row + 1]; e++) {
            int i = entryLanguage[e];
            if (possible[i] && stamp[i] != trigram) {
                stamp[i] = trigram;
                sums[i] += entryLogFrequency[e];
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

    private static long key(int length, char a, char b, char c) {
        return (long) length << 48 | (long) a << 32 | (long) b << 16 | c;
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

    /** One of Lingua's model files: {"language": ..., "ngrams": {"numerator/denominator": "ngram ngram ...", ...}}. */
    private static void readModel(Language language, String order, int index, LongArrayList keys,
                                  IntArrayList entryLanguages, FloatArrayList logFrequencies) {
        String path = "/language-models/" + language.getIsoCode639_1().name().toLowerCase(Locale.ROOT) + "/"
                + order + ".json";
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            if (in == null) {
                return; // Lingua has no such model for this language (Chinese has unigrams only): it scores none
            }
            try (JsonParser parser = MODEL_JSON.createParser(in)) {
                while (parser.nextToken() != null) {
                    if (parser.currentToken() != JsonToken.FIELD_NAME || !"ngrams".equals(parser.getCurrentName())) {
                        continue;
                    }
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String fraction = parser.getCurrentName();
                        int slash = fraction.indexOf('/');
                        // Lingua's TrainingDataLanguageModel: a float numerator over an int denominator, then ln.
                        float frequency = Float.parseFloat(fraction.substring(0, slash))
                                / (float) Integer.parseInt(fraction.substring(slash + 1));
                        float logFrequency = (float) Math.log(frequency);
                        parser.nextToken();
                        String ngrams = parser.getText();
                        for (int start = 0; start < ngrams.length(); ) {
                            int end = ngrams.indexOf(' ', start);
                            end = end < 0 ? ngrams.length() : end;
                            int length = end - start;
                            if (length == 0 || length > 3) {
                                throw new IllegalStateException("unexpected n-gram in Lingua's model " + path);
                            }
                            keys.add(key(length, ngrams.charAt(start), length > 1 ? ngrams.charAt(start + 1) : '\0',
                                    length > 2 ? ngrams.charAt(start + 2) : '\0'));
                            entryLanguages.add(index);
                            logFrequencies.add(logFrequency);
                            start = end + 1;
                        }
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lingua's model " + path, e);
        }
    }
}
