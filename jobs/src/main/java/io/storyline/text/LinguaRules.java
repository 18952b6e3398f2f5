package io.storyline.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.Alphabet;
import com.github.pemistahl.lingua.internal.Constant;
import com.github.pemistahl.lingua.internal.util.extension.CharExtensionsKt;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lingua 1.2.2's rules ({@code LanguageDetector.detectLanguageWithRules} and {@code filterLanguagesByRules}) over a
 * set of languages, with Lingua's own data (its alphabets, each language's unique characters, its
 * character-to-languages table) read from Lingua's classes into per-character tables once. Lingua scans every word
 * against every entry of its table on every call. Immutable once built.
 *
 * <p>The data comes from Lingua's Kotlin-internal members ({@code Alphabet}, {@code Constant},
 * {@code Language.getAlphabets$lingua()}), public in its bytecode but not its API: they are pinned by the Lingua version
 * in the POM, and {@code LanguageScorerTest}, which compares every score with Lingua's own detector, is what an upgrade
 * must pass.
 */
final class LinguaRules {
    private static final Language[] ALL = Language.values();
    private static final Alphabet[] ALPHABETS = Alphabet.values();
    private static final int CHARS = 1 << 16;

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

    // detectLanguageWithRules: a character's vote (a language ordinal, or -1), or votes (-2 - i indexes ruleVotes).
    private final int[] ruleVote;
    private final int[][] ruleVotes;

    // filterLanguagesByRules: Lingua's character-to-languages table, as entries with their languages' indexes.
    private final int[][] mappingLanguages;
    private final int[] mappingCharOf; // a character's index among the table's characters, or -1
    private final int[][] mappingEntriesOfChar; // per table character, the entries holding it (repeats kept)

    /** The rules among {@code languages}; {@link #filter} answers by index in that array. */
    LinguaRules(Language[] languages) {
        this.languages = languages.clone();
        this.indexOfOrdinal = new int[ALL.length];
        Arrays.fill(indexOfOrdinal, -1);
        this.hasAlphabet = new boolean[languages.length * ALPHABETS.length];
        for (int i = 0; i < languages.length; i++) {
            indexOfOrdinal[languages[i].ordinal()] = i;
            for (Alphabet alphabet : languages[i].getAlphabets$lingua()) {
                hasAlphabet[i * ALPHABETS.length + alphabet.ordinal()] = true;
            }
        }

        // Rules, as LanguageDetector builds them: alphabets that only one configured language writes, then Han,
        // then kana, then the unique characters of Latin, Cyrillic and Devanagari languages.
        Map<Alphabet, Language> oneLanguageAlphabets = Alphabet.Companion.allSupportingExactlyOneLanguage();
        this.ruleVote = new int[CHARS];
        List<int[]> votes = new ArrayList<>();
        Map<String, Integer> votesIndex = new HashMap<>();
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

    /** Lingua's {@code splitTextIntoWords}: split at spaces, and each logogram a word of its own; as start, end pairs. */
    static int[] words(String text) {
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
    Language detect(String text, int[] words) {
        int wordCount = words.length / 2;
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
    boolean[] filter(String text, int[] words) {
        int wordCount = words.length / 2;
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
}
