package io.storyline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches the words of class and id names ({@link NameWords}) against a list of names, each one
 * word or a run of words ("most read" matches most-read, mostRead and most_read). With
 * {@link #stems}, a name's last word may be the start of the page's word ("comment" matches
 * "comments" and "commentlist"); with {@link #words} every word must be whole. A name never matches
 * inside a word: "pager" does not match "PageBuilder-pageRow" (page, builder, page, row), which a
 * substring match did, removing an article's whole container.
 */
final class NameMatcher {
    // Names by their first word, so that a page word is compared only with the names it can start; this
    // runs for every element of every page. Single-word stems are looked up by the page word's prefixes.
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final Set<String> stems = new HashSet<>();
    private final boolean lastIsStem;
    private int shortestStem = Integer.MAX_VALUE;

    private NameMatcher(List<String[]> names, boolean lastIsStem) {
        this.lastIsStem = lastIsStem;
        for (String[] name : names) {
            if (lastIsStem && name.length == 1) {
                stems.add(name[0]);
                shortestStem = Math.min(shortestStem, name[0].length());
            } else {
                byFirstWord.computeIfAbsent(name[0], k -> new ArrayList<>()).add(name);
            }
        }
    }

    /** Names whose last word matches the start of a word. */
    static NameMatcher stems(String... names) {
        return new NameMatcher(split(names), true);
    }

    /** Names that match whole words only. */
    static NameMatcher words(String... names) {
        return new NameMatcher(split(names), false);
    }

    private static List<String[]> split(String... names) {
        List<String[]> out = new ArrayList<>();
        for (String name : names) {
            out.add(name.toLowerCase(Locale.ROOT).split(" "));
        }
        return out;
    }

    /** True when some name occurs in {@code words} (lower case, in order). */
    boolean matches(List<String> words) {
        for (int start = 0; start < words.size(); start++) {
            String word = words.get(start);
            for (int end = shortestStem; end <= word.length(); end++) {
                if (stems.contains(word.substring(0, end))) {
                    return true;
                }
            }
            List<String[]> candidates = byFirstWord.get(word);
            if (candidates != null) {
                for (String[] name : candidates) {
                    if (start + name.length <= words.size() && matchesAt(name, words, start)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean matchesAt(String[] name, List<String> words, int start) {
        int last = name.length - 1;
        for (int i = 0; i < last; i++) {
            if (!words.get(start + i).equals(name[i])) {
                return false;
            }
        }
        String word = words.get(start + last);
        return lastIsStem ? word.startsWith(name[last]) : word.equals(name[last]);
    }
}
