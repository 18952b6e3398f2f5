package io.storyline.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word shingles and their exact Jaccard similarity, the figure recorded for each near-duplicate
 * pair of the gold. Tokens are maximal runs of letters and digits ({@link Character#isLetterOrDigit}),
 * lower-cased with {@link Locale#ROOT}; a shingle is {@link #SIZE} consecutive tokens joined by a
 * space. A text with fewer tokens than that has one shingle of all its tokens.
 */
public final class Shingles {
    public static final int SIZE = 5;

    private Shingles() {
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return tokens;
    }

    public static Set<String> of(String text) {
        List<String> tokens = tokens(text);
        Set<String> shingles = new HashSet<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < SIZE) {
            shingles.add(String.join(" ", tokens));
            return shingles;
        }
        for (int i = 0; i + SIZE <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + SIZE)));
        }
        return shingles;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** Number of tokens, without building them. */
    public static int countTokens(String text) {
        int tokens = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = Character.isLetterOrDigit(text.charAt(i));
            if (word && !inToken) {
                tokens++;
            }
            inToken = word;
        }
        return tokens;
    }

    /**
     * The shingles as sorted, distinct 64-bit hashes: a fast stand-in for {@link #of} where an
     * estimate is enough (the generator's edit loop). Collisions are possible in principle, so the
     * figures recorded in the gold always come from {@link #jaccard(String, String)}.
     */
    static long[] hashes(String text) {
        long[] tokens = new long[16];
        int n = 0;
        long h = 0;
        boolean inToken = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
                inToken = true;
            } else if (inToken) {
                if (n == tokens.length) {
                    tokens = java.util.Arrays.copyOf(tokens, n * 2);
                }
                tokens[n++] = h;
                h = 0;
                inToken = false;
            }
        }
        int count = Math.max(1, n - SIZE + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long x = 0x9E3779B97F4A7C15L;
            for (int k = i; k < Math.min(n, i + SIZE); k++) {
                x = (x ^ tokens[k]) * 0xBF58476D1CE4E5B9L;
                x ^= x >>> 29;
            }
            out[i] = x;
        }
        java.util.Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return java.util.Arrays.copyOf(out, distinct);
    }

    /** Jaccard of two sorted, distinct hash sets (1.0 for two empty sets). */
    public static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 1.0 : (double) common / union;
    }

    public static double jaccard(String a, String b) {
        return jaccard(of(a), of(b));
    }
}
