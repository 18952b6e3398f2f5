package io.storyline.tag;

import static io.storyline.tag.WordShapes.isAcronym;
import static io.storyline.tag.WordShapes.isWord;
import static io.storyline.tag.WordShapes.letters;
import static io.storyline.tag.WordShapes.sameWords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/** Capitalised words that are no names: a common word alone, or in English a run of them, that only its shape made a name. */
final class CommonWordSpans {
    private CommonWordSpans() {}

    /**
     * A capitalised word alone, typed by its shape only, that the dictionary knows only as a common word
     * ("the Constitution", "a Special Judge", "tous les États") is no name (English and French; German by its
     * own dictionary): unless the document writes it inside a longer name ("Blanc" after "Laurent Blanc"), or
     * it is an organisation or place noun ("Parliament", "la Cour"), whose capital makes it one.
     */
    static void drop(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        // German text quotes English words its dictionary lacks ("Travel", "Corporate"): English's dictionary decides them.
        // An adjective alone is no name either ("Kaniber, Bayerischer Landwirtschaftsminister").
        boolean german = "de".equals(lang);
        if (!CommonWords.covers(lang) && !german) {
            return;
        }
        Set<String> inLongerNames = new HashSet<>();
        for (Span s : spans.values()) {
            if (s.to() > s.from()) {
                for (int k = s.from(); k <= s.to(); k++) {
                    inLongerNames.add(tokens.get(k).text());
                }
            }
        }
        // In English (not French, which writes a title inside a name with its capital: "Top Chef"), a run of common
        // words is no name once, or before a person's title, whose part it is ("Principal Private Secretary"); a
        // title made of them recurs ("Regular Economic Report").
        if ("en".equals(lang)) {
            List<Span> runs = new ArrayList<>(0);
            for (Span s : spans.values()) {
                if (s.to() > s.from() && s.basis() == Mention.TypeBasis.SHAPE && s.name() == null && commonWordsOnly(tokens, s, lang)
                        && (s.to() + 1 < tokens.size() && Cues.isTitle(tokens.get(s.to() + 1).text(), lang) || !recurs(tokens, s, spans.values()))) {
                    runs.add(s);
                }
            }
            runs.forEach(s -> spans.remove(s.from()));
        }
        spans.values().removeIf(s -> {
            if (s.from() != s.to() || s.basis() != Mention.TypeBasis.SHAPE || s.name() != null) {
                return false;
            }
            String word = tokens.get(s.from()).text();
            boolean shouted = german && shoutedGermanNoun(word);
            return (shouted || !isAcronym(word)) && !inLongerNames.contains(word) && Cues.nameNounType(word, lang) == null
                    && (shouted || (german ? noGermanName(word) : CommonWords.isCommonOnly(word, lang)));
        });
    }

    /** Whether another span of the document has the same words. */
    private static boolean recurs(List<Token> tokens, Span s, java.util.Collection<Span> all) {
        for (Span other : all) {
            if (other.from() != s.from() && other.to() - other.from() == s.to() - s.from() && sameWords(tokens, s.from(), other.from(), s.to() - s.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word of a longer span is only a common word, and none a noun that makes names ("Principal
     * Private" before a title, "Invalid Email"; not "Security Council").
     */
    private static boolean commonWordsOnly(List<Token> tokens, Span s, String lang) {
        for (int k = s.from(); k <= s.to(); k++) {
            String word = tokens.get(k).text();
            if (isWord(word) && (isAcronym(word) || !CommonWords.isCommonOnly(word, lang) || Cues.nameNounType(word, lang) != null)) {
                return false;
            }
        }
        return true;
    }

    /** A German common noun written in capitals, as headlines and kickers shout them ("AKTIE IM FOKUS"). */
    private static boolean shoutedGermanNoun(String word) {
        if (letters(word) < 4 || !word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String titleCase = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        return ProperNouns.germanClass(titleCase) == ProperNouns.WordClass.COMMON;
    }

    /**
     * A word alone that is no name in German text: an adjective or a noun made of one ("Bayerischer", "Vorsitzenden"),
     * or an English common word the German dictionary lacks.
     */
    private static boolean noGermanName(String word) {
        ProperNouns.WordClass kind = ProperNouns.germanClass(word);
        return kind == ProperNouns.WordClass.ADJECTIVE || kind == ProperNouns.WordClass.ADJECTIVE_OR_NOUN
                || kind == ProperNouns.WordClass.OPEN && CommonWords.isCommonOnly(word, "en");
    }
}
