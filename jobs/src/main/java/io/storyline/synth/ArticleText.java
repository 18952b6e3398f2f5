package io.storyline.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The headline and main text of one synthetic article: paragraphs of sentences. The main text,
 * the ground truth for extraction and for Jaccard, is the paragraphs joined by a blank line.
 */
record ArticleText(String headline, List<List<String>> paragraphs) {

    String mainText() {
        StringBuilder out = new StringBuilder(4096);
        for (List<String> paragraph : paragraphs) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(paragraphText(paragraph));
        }
        return out.toString();
    }

    static String paragraphText(List<String> sentences) {
        return String.join(" ", sentences);
    }

    int wordCount() {
        int words = 0;
        for (List<String> paragraph : paragraphs) {
            for (String sentence : paragraph) {
                words += countWords(sentence);
            }
        }
        return words;
    }

    static int countWords(String sentence) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean space = Character.isWhitespace(sentence.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    ArticleText deepCopy(String newHeadline) {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            copy.add(new ArrayList<>(paragraph));
        }
        return new ArticleText(newHeadline, copy);
    }
}
