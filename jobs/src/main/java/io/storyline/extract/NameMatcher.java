package io.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches the words of class and id names ({@link NameWords}) against a list of names, each one
 * word or a run of words ("most read" matches most-read, mostRead and most_read). With
 * {@link #stems}, a name's last word may be the start of the page's word ("comment" matches
 * "comments" and "commentlist"); with {@link #words} every word must be whole. A name never matches
 * inside a word: "pager" does not match "PageBuilder-pageRow" (page, builder, page, row), which a
 * substring match did, removing an article's whole container.
 */
final class NameMatcher {
    private final List<String[]> names;
    private final boolean lastIsStem;

    private NameMatcher(List<String[]> names, boolean lastIsStem) {
        this.names = names;
        this.lastIsStem = lastIsStem;
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
        for (String[] name : names) {
            for (int start = 0; start + name.length <= words.size(); start++) {
                if (matchesAt(name, words, start)) {
                    return true;
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
