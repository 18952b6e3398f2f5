package io.storyline.dedup;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A text's shingle set as sorted, distinct 64-bit hashes, the input of {@link MinHasher}.
 *
 * <p><b>Word shingles</b> (the default). The text is NFKC-normalised, then cut into tokens by
 * {@link Shingles#tokens}: maximal runs of letters and digits, lower-cased with {@link Locale#ROOT}. A
 * shingle is {@value #WORD_SIZE} consecutive tokens joined by one space. This is the tokeniser that
 * records the synthetic crawl's gold Jaccard, reused rather than copied so the two cannot drift apart:
 * for any text that NFKC leaves unchanged (all of the synthetic crawl), the exact Jaccard of two shingle
 * sets here is the gold figure, up to 64-bit hash collisions. NFKC is applied first so that full-width
 * Latin, ligatures and compatibility digits shingle like their plain forms.
 *
 * <p><b>Character shingles</b> for scripts written without spaces: when {@code lang} is zh, ja or th
 * (any region suffix, e.g. {@code zh-Hant}), or when more than half of the text's letters are Han, Kana,
 * Thai, Lao, Khmer or Myanmar (so a mislabelled article is still shingled by what it is). Tokens there
 * would be whole clauses between punctuation, so one changed character would change a whole "word". The
 * text is reduced to its letters and digits (the tokeniser's character class, lower-cased; spaces,
 * punctuation and combining marks dropped) and a shingle is {@value #CHAR_SIZE} consecutive characters.
 * Why 5: a Han character is a morpheme and Chinese words average under two characters, so 5 characters
 * span two to three words: specific enough that unrelated articles share almost no shingles, short
 * enough that a one-character edit changes only 5 of them. The cost of that choice: a one-word edit
 * moves a Chinese text's Jaccard about half as far as a one-word edit in English moves its 5-word
 * shingles, so the same threshold is somewhat looser for these scripts. No gold exists yet to tune it.
 *
 * <p><b>Short texts.</b> A text with fewer units (tokens, or characters in character mode) than one
 * shingle gets exactly one shingle: all its units, in order (the rule of {@link Shingles#of}). Two short
 * texts therefore match (Jaccard 1) only when their normalised token sequences are identical, and
 * otherwise share nothing (Jaccard 0); a short text never shares a shingle with a longer text either,
 * since its shingle has fewer units than any full shingle. This is the defined treatment that keeps short
 * texts from all colliding into one group, the failure of tools that give them an empty (hence identical)
 * signature. A text with no letters or digits at all has no shingles ({@code long[0]}); {@link MinHasher}
 * gives it a signature that matches nothing, so it stays a singleton.
 *
 * <p>Hashes are the first 64 bits of MurmurHash3 x64 128 (commons-codec) over the UTF-8 shingle, with
 * a different seed for word and character shingles so that the two kinds never coincide. Stateless and
 * thread-safe.
 */
public final class Shingler implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Tokens per word shingle; the synthetic gold's {@link Shingles#SIZE}. */
    public static final int WORD_SIZE = Shingles.SIZE;
    /** Characters per character shingle, for scripts written without spaces. */
    public static final int CHAR_SIZE = 5;

    // Arbitrary fixed seeds; changing one changes every signature and so every group id downstream.
    static final int WORD_SEED = 0x5712_0001;
    static final int CHAR_SEED = 0x5712_0002;

    private static final Set<String> CHARACTER_LANGUAGES = Set.of("zh", "ja", "th");

    public Shingler() {}

    /** Sorted, distinct 64-bit shingle hashes of {@code text}; {@code lang} may be null or empty. */
    public long[] shingles(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return new long[0];
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return usesCharacterShingles(normalized, lang) ? characterShingles(normalized) : wordShingles(normalized);
    }

    /** Whether {@link #shingles} cuts this text into character rather than word shingles. */
    public static boolean usesCharacterShingles(String text, String lang) {
        if (lang != null && !lang.isEmpty()) {
            String base = lang.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
            if (CHARACTER_LANGUAGES.contains(base)) {
                return true;
            }
        }
        int letters = 0;
        int unspaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (isUnspacedScript(Character.UnicodeScript.of(cp))) {
                    unspaced++;
                }
            }
        }
        return unspaced * 2 > letters;
    }

    private static boolean isUnspacedScript(Character.UnicodeScript script) {
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }

    private static long[] wordShingles(String text) {
        List<String> tokens = Shingles.tokens(text);
        if (tokens.isEmpty()) {
            return new long[0];
        }
        byte[][] utf8 = new byte[tokens.size()][];
        int longest = 0;
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = tokens.get(i).getBytes(StandardCharsets.UTF_8);
            longest = Math.max(longest, utf8[i].length);
        }
        int size = Math.min(WORD_SIZE, utf8.length); // short text: one shingle of all its tokens
        int count = utf8.length - size + 1;
        byte[] buffer = new byte[(longest + 1) * size];
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            int length = 0;
            for (int k = start; k < start + size; k++) {
                if (k > start) {
                    buffer[length++] = ' '; // the separator of Shingles.of, so the strings are the same
                }
                System.arraycopy(utf8[k], 0, buffer, length, utf8[k].length);
                length += utf8[k].length;
            }
            hashes[start] = MurmurHash3.hash128x64(buffer, 0, length, WORD_SEED)[0];
        }
        return sortedDistinct(hashes);
    }

    private static long[] characterShingles(String text) {
        int[] chars = text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .toArray();
        if (chars.length == 0) {
            return new long[0];
        }
        int size = Math.min(CHAR_SIZE, chars.length); // short text: one shingle of all its characters
        int count = chars.length - size + 1;
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            byte[] utf8 = new String(chars, start, size).getBytes(StandardCharsets.UTF_8);
            hashes[start] = MurmurHash3.hash128x64(utf8, 0, utf8.length, CHAR_SEED)[0];
        }
        return sortedDistinct(hashes);
    }

    private static long[] sortedDistinct(long[] values) {
        Arrays.sort(values);
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[distinct++] = values[i];
            }
        }
        return distinct == values.length ? values : Arrays.copyOf(values, distinct);
    }

    /** Exact Jaccard of two sorted, distinct hash sets; 0 when either is empty (empty texts match nothing). */
    public static double exactJaccard(long[] a, long[] b) {
        return a.length == 0 || b.length == 0 ? 0.0 : Shingles.jaccard(a, b);
    }
}
