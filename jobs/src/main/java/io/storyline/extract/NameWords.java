package io.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The words of an element's class and id names, lower-cased: split at every character that is
 * not a letter or digit and between a lower-case letter and an upper-case one, so that
 * "PageBuilder-pageRow" gives page, builder, page, row. Matching whole words keeps "pager" from
 * hitting "PageBuilder" and "date" from hitting "update".
 */
final class NameWords {
    private NameWords() {}

    static List<String> of(Element e) {
        List<String> words = new ArrayList<>();
        split(e.className(), words);
        split(e.id(), words);
        return words;
    }

    /** The words of one name. */
    static List<String> of(String name) {
        List<String> words = new ArrayList<>();
        split(name, words);
        return words;
    }

    static void split(String name, List<String> words) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean part = Character.isLetterOrDigit(c);
            boolean boundary = part && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if ((!part || boundary) && start >= 0) {
                words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (part && start < 0) {
                start = i;
            }
        }
    }
}
