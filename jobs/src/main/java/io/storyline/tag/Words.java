package io.storyline.tag;

import java.util.ArrayList;
import java.util.List;

/** Splits a gazetteer name into words as the tokenizer splits text: on spaces, with punctuation apart. */
final class Words {
    private Words() {}

    static List<String> split(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                flush(word, out);
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '.' && word.length() > 0) {
                word.append(c);
            } else {
                flush(word, out);
                out.add(String.valueOf(c));
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
