package io.storyline.tag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a document's capitals say nothing of names, for {@link MentionFinder}: its segments (sentences,
 * or lines of one: titles and lists end without punctuation), each segment's first word, and the tokens
 * of headlines written in title case or in capitals.
 */
final class Headlines {
    private Headlines() {}

    private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "/", "|", "•", "·", "-", "–");
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "…");

    /** Each token's segment: a sentence, or a line of one (titles and lists end without punctuation). */
    static int[] segments(String text, List<Token> tokens) {
        int[] segment = new int[tokens.size()];
        int n = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.sentence() != tokens.get(i - 1).sentence() || text.substring(tokens.get(i - 1).end(), t.begin()).indexOf('\n') >= 0) {
                n++;
            }
            segment[i] = n;
        }
        return segment;
    }

    /** A segment's first word. */
    static boolean[] sentenceStarts(List<Token> tokens, int[] segment) {
        boolean[] start = new boolean[tokens.size()];
        boolean seenWord = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && segment[i] != segment[i - 1]) {
                seenWord = false;
            }
            if (!seenWord && WordShapes.isWord(tokens.get(i).text())) {
                start[i] = true;
                seenWord = true;
            }
        }
        return start;
    }

    /**
     * Tokens of segments written in title case or capitals ("Does Great Atlantic Resources Corp Have A
     * Particularly Volatile Share Price?", "L'EVOLUTION DE LA PANDEMIE EST TRES RAPIDE"): every word of
     * four letters or more, and at least four of them, begins with a capital, and they are not a list
     * (fewer separators than half of them: "Italija: Catania, Palermo, Cagliari, Bari" is names). There
     * capitals say nothing of names. So too a headline that a lost line break ran into a sentence:
     * see {@link #headlineStretches}.
     */
    static boolean[] headlines(List<Token> tokens, int[] segment, String lang) {
        boolean[] headline = new boolean[tokens.size()];
        int from = 0;
        while (from < tokens.size()) {
            int to = from;
            int long_ = 0;
            int separators = 0;
            boolean allCapitalised = true;
            while (to < tokens.size() && segment[to] == segment[from]) {
                String t = tokens.get(to).text();
                if (WordShapes.letters(t) >= 4) {
                    long_++;
                    allCapitalised &= WordShapes.isCapitalised(t);
                } else if (SEPARATORS.contains(t)) {
                    separators++;
                }
                to++;
            }
            // German capitalises every noun: its capitalised lines are headlines only where a word it writes in
            // lower case is capitalised too ("Tesla Schafft Rekord"; not "Der Film mit Daniel Craig, Chris Evans").
            if (long_ >= 4 && allCapitalised && separators * 2 < long_ && (!"de".equals(lang) || capitalisesALowerCaseWord(tokens, from, to))) {
                Arrays.fill(headline, from, to, true);
            } else {
                headlineStretches(tokens, from, to, lang, headline);
            }
            from = to;
        }
        return headline;
    }

    /**
     * Headlines inside a longer segment, where extraction lost the line break that ended them: a stretch
     * of capitalised words (no separator between them) with four or more words in capitals of four letters
     * or more ("L'EVOLUTION DE LA PANDEMIE EST TRES RAPIDE" before a sentence), or in English title case,
     * four or more words with a function word capitalised between two others ("Trump Rips 'Dirty (Filthy)
     * Cops' For Arresting His Criminal Associate", "Kindly Share This Story"). Running text capitalises a
     * function word only where a name begins with it ("The Hague"), or where a sentence begins ("... Joe
     * Van Artdalen More information").
     */
    private static void headlineStretches(List<Token> tokens, int from, int to, String lang, boolean[] headline) {
        int i = from;
        while (i < to) {
            if (!WordShapes.isCapitalised(tokens.get(i).text())) {
                i++;
                continue;
            }
            int end = i;
            int words = 0;
            boolean titleCase = false;
            int cue = -1;
            // The current run of words in capitals inside the stretch: its first token and its long words.
            int capitalsFrom = -1;
            int longCapitals = 0;
            while (end < to) {
                String t = tokens.get(end).text();
                if (WordShapes.isWord(t)) {
                    if (!WordShapes.isCapitalised(t)) {
                        break;
                    }
                    if (t.equals(t.toUpperCase(Locale.ROOT))) {
                        capitalsFrom = capitalsFrom < 0 ? end : capitalsFrom;
                        longCapitals += WordShapes.letters(t) >= 4 ? 1 : 0;
                    } else {
                        markCapitals(headline, capitalsFrom, end, longCapitals);
                        capitalsFrom = -1;
                        longCapitals = 0;
                    }
                    if (cue >= 0 && cue == words - 1) {
                        titleCase = true;
                    }
                    // Not "The" ("... Metro Parks The Columbus and ..." is two names) nor "I".
                    if (words > 0 && "en".equals(lang) && !t.equals("I") && !t.equalsIgnoreCase("the")
                            && Cues.isStopWord(t.toLowerCase(Locale.ROOT), lang)) {
                        cue = words;
                    }
                    words++;
                } else if (SEPARATORS.contains(t) || SENTENCE_END.contains(t)) {
                    break;
                }
                end++;
            }
            markCapitals(headline, capitalsFrom, end, longCapitals);
            if (titleCase && words >= 4) {
                Arrays.fill(headline, i, end, true);
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * Whether a long word after a segment's first is in capitals, a function word of English, or a word German
     * writes only in lower case ("Schafft").
     */
    private static boolean capitalisesALowerCaseWord(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String t = tokens.get(k).text();
            if (WordShapes.letters(t) >= 4 && (t.equals(t.toUpperCase(Locale.ROOT)) || Cues.isStopWord(t.toLowerCase(Locale.ROOT), "en")
                    || ProperNouns.germanClass(t) != ProperNouns.WordClass.NAME && ProperNouns.writtenInLowerCaseOnly(t))) {
                return true;
            }
        }
        return false;
    }

    private static void markCapitals(boolean[] headline, int from, int to, int longWords) {
        if (from >= 0 && longWords >= 4) {
            Arrays.fill(headline, from, to, true);
        }
    }
}
