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

    public static double jaccard(String a, String b) {
        return jaccard(of(a), of(b));
    }
}
