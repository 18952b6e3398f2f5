package io.storyline.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word shingles and their exact Jaccard similarity: the definition that {@link Shingler} hashes and
 * that the synthetic crawl (io.storyline.synth) records for each near-duplicate pair of its gold.
 * Tokens are maximal runs of letters and digits ({@link Character#isLetterOrDigit}), lower-cased
 * with {@link Locale#ROOT}; a shingle is {@link #SIZE} consecutive tokens joined by a space. A text
 * with fewer tokens than that has one shingle of all its tokens.
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
