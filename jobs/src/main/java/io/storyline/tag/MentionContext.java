package io.storyline.tag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Where a mention stands in its text: the words just before and after it, lower-cased. Two copies
 * of one near-duplicate article that name different keys in the same context name one entity in
 * two spellings (an outlet's house style, a corrected transliteration).
 */
public final class MentionContext {
    /** Words taken on each side. */
    static final int WORDS = 3;
    /** Fewer words in all (at the very start or end of a text) is too little context to rely on. */
    static final int MIN_WORDS = 3;

    private MentionContext() {}

    /** "before words | after words", or null when there is too little context. */
    public static String of(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return null;
        }
        Deque<String> before = new ArrayDeque<>();
        int i = start;
        while (before.size() < WORDS && i > 0) {
            int wordEnd = i;
            while (wordEnd > 0 && !Character.isLetterOrDigit(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            before.addFirst(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
            i = wordStart;
        }
        List<String> after = new ArrayList<>(WORDS);
        int j = end;
        while (after.size() < WORDS && j < text.length()) {
            int wordStart = j;
            while (wordStart < text.length() && !Character.isLetterOrDigit(text.charAt(wordStart))) {
                wordStart++;
            }
            int wordEnd = wordStart;
            while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordStart == wordEnd) {
                break;
            }
            after.add(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
            j = wordEnd;
        }
        if (before.size() + after.size() < MIN_WORDS) {
            return null;
        }
        return String.join(" ", before) + " | " + String.join(" ", after);
    }
}
