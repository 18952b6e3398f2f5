package io.storyline.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A named-entity mention in a document: [start, end) in UTF-16 units of the text, its type and
 * surface, its words with the separators between them, and per word the candidate base forms
 * (default first; one candidate when the document itself settled it). {@code key} is the
 * cross-lingual key when the gazetteer gave one, else null: it then comes from the base form.
 * {@code typeBasis}: what the type rests on.
 */
public record Mention(int start, int end, String type, String surface, String key, List<String> words, List<String> gaps,
                      List<List<String>> candidates, TypeBasis typeBasis) implements Serializable {
    /** What a mention's type rests on. */
    public enum TypeBasis {
        /** The gazetteer or a cue in the document: it counts in the day's vote on its key's type. */
        EVIDENCE,
        /**
         * A title right before a single word ("mluvčí Novák", but also "mluvčí Ryanair", the title holder's
         * organisation): it counts in the day's vote only where no evidence does, and the vote may retype it.
         */
        TITLE,
        /** The document ties it to another mention typed by shape (the surname of a person named in full). */
        DOCUMENT,
        /** The name's shape alone: a one-word name takes the day's vote where there is one. */
        SHAPE
    }

    /**
     * The base form: per word, the first candidate other than the word itself that is attested
     * (seen capitalised in the batch of documents), else the default.
     */
    public String baseForm(Predicate<String> attested) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                b.append(gaps.get(i - 1));
            }
            b.append(choose(words.get(i), candidates.get(i), attested));
        }
        return b.toString();
    }

    /**
     * The forms whose being attested can change the base form: a word's candidates other than the
     * word itself, where it has two or more (a lone candidate is taken either way). Only these go
     * to the day's join.
     */
    public List<String> asks() {
        List<String> asks = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> options = candidates.get(i);
            if (options.size() > 1) {
                for (String c : options) {
                    if (!c.equals(words.get(i))) {
                        asks.add(c);
                    }
                }
            }
        }
        return asks;
    }

    static String choose(String word, List<String> candidates, Predicate<String> attested) {
        for (String c : candidates) {
            if (!c.equals(word) && attested.test(c)) {
                return c;
            }
        }
        return candidates.isEmpty() ? word : candidates.get(0);
    }

    /**
     * The cross-lingual key: the gazetteer's, else the phonetic key of the base form (a person's: of the surname,
     * or of a regnal name with its number). An acronym ({@link GazetteerIndex#spelledOut}) keeps its letters: it is
     * spelled letter by letter, and its phonetic key would fold unrelated ones together ("AA" and "AAA" as "a", "EE"
     * and "İH" as "i", "CCN" and "CN" as "kn").
     */
    public String key(String baseForm) {
        if (key != null) {
            return key;
        }
        String name = "PER".equals(type) ? surname(baseForm) : baseForm;
        String lang = BaseForms.isCyrillic(name) ? "ru" : "en";
        return "n:" + (GazetteerIndex.spelledOut(name) ? EntityKeys.letters(name, lang) : EntityKeys.phonetic(name, lang));
    }

    /** A person's surname, or a regnal name with its number ("Jana Pawła II", "Benedykt XVI"): never the number alone. */
    static String surname(String name) {
        String last = lastWord(name);
        String before = name.substring(0, name.length() - last.length()).strip();
        return !before.isEmpty() && (WordShapes.isRegnalNumber(last) || "I".equals(last)) ? lastWord(before) + " " + last : last;
    }

    static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
