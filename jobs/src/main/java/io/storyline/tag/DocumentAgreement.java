package io.storyline.tag;

import static io.storyline.tag.WordShapes.sameSentence;
import static io.storyline.tag.WordShapes.sameWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One name, one reading in a document: the same words take the same span and the same type wherever it writes them. */
final class DocumentAgreement {
    private DocumentAgreement() {}

    /**
     * A name of two words or more is the same name wherever the document writes the same words: a headline
     * or a sentence's start, where capitals prove less, gets the span the body found ("Michaela Kaniber
     * erwartet ..." in a headline, "Michaela Kaniber, Bayerns Landwirtschaftsministerin" in the text).
     * So is, in German, one word the dictionary lacks, where the part-of-speech model has least to go on
     * ("Anschober lässt Gesetze prüfen" over "..., so Anschober"). Only where the words hold no span that
     * reaches beyond them.
     */
    static void repeatNames(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        Map<String, List<Span>> byFirstWord = new HashMap<>();
        for (Span s : spans.values()) {
            if (s.to() > s.from() || "de".equals(lang)
                    && ProperNouns.germanClass(tokens.get(s.from()).text()) == ProperNouns.WordClass.OPEN) {
                byFirstWord.computeIfAbsent(tokens.get(s.from()).text(), w -> new ArrayList<>()).add(s);
            }
        }
        if (byFirstWord.isEmpty()) {
            return;
        }
        // Longest first; spans come in document order, so ties keep the first one.
        byFirstWord.values().forEach(l -> l.sort((x, y) -> (y.to() - y.from()) - (x.to() - x.from())));
        for (int i = 0; i < tokens.size(); i++) {
            List<Span> known = byFirstWord.get(tokens.get(i).text());
            if (known == null) {
                continue;
            }
            for (Span model : known) {
                int length = model.to() - model.from();
                int end = i + length;
                if (model.from() == i || end >= tokens.size() || !sameSentence(tokens, i, end) || !sameWords(tokens, model.from(), i, length)
                        || !within(spans, i, end)) {
                    continue;
                }
                Span here = spans.get(i);
                if (here != null && here.to() == end) {
                    break;
                }
                spans.subMap(i, true, end, true).clear();
                spans.put(i, new Span(i, end, model.type(), model.name(), model.basis()));
                i = end;
                break;
            }
        }
    }

    /** Whether no span reaches into [from, to] from outside it. */
    private static boolean within(TreeMap<Integer, Span> spans, int from, int to) {
        Map.Entry<Integer, Span> before = spans.lowerEntry(from);
        if (before != null && before.getValue().to() >= from) {
            return false;
        }
        for (Span s : spans.subMap(from, true, to, true).values()) {
            if (s.to() > to) {
                return false;
            }
        }
        return true;
    }

    /**
     * One name, one type in a document: spans with the same words (by match stem) whose types were
     * guessed from shape alone, or from a title alone, take the type that evidence gave the others; where
     * only titles gave one, shape-typed spans take it on the titles' weaker basis. A single word that
     * opens a known organisation's name in the document ("Unia" after "Unia Europejska") is that
     * organisation.
     */
    static void agreeTypes(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        // Per phrase, the types the document's evidence gave it, and those only titles gave it.
        Map<String, Map<String, Integer>> evidenced = new HashMap<>();
        Map<String, Map<String, Integer>> titled = new HashMap<>();
        Set<String> organisationHeads = new HashSet<>();
        for (Span s : spans.values()) {
            if (!s.cued()) {
                continue;
            }
            (s.basis() == Mention.TypeBasis.TITLE ? titled : evidenced)
                    .computeIfAbsent(GazetteerIndex.phrase(tokens, s.from(), s.to(), lang), k -> new TreeMap<>()).merge(s.type(), 1, Integer::sum);
            // Not in Turkish, whose names end in their noun and open with what it belongs to ("Van Belediyesi", Van's town hall).
            if ("ORG".equals(s.type()) && s.to() > s.from() && !"tr".equals(lang)) {
                organisationHeads.add(GazetteerIndex.phrase(tokens, s.from(), s.from(), lang));
            }
        }
        for (Map.Entry<Integer, Span> e : spans.entrySet()) {
            Span s = e.getValue();
            String key = GazetteerIndex.phrase(tokens, s.from(), s.to(), lang);
            if (s.basis() == Mention.TypeBasis.EVIDENCE || s.basis() == Mention.TypeBasis.TITLE && !evidenced.containsKey(key)) {
                continue;
            }
            Map<String, Integer> types = evidenced.getOrDefault(key, titled.get(key));
            if (types != null) {
                // The most frequent type; ties go to the first in name order (TreeMap). A type only titles
                // gave stays as weak as theirs.
                String best = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                e.setValue(s.withTypeOf(best, evidenced.containsKey(key) ? Mention.TypeBasis.EVIDENCE : Mention.TypeBasis.TITLE));
            } else if (s.from() == s.to() && organisationHeads.contains(key)) {
                e.setValue(s.withTypeOf("ORG", Mention.TypeBasis.EVIDENCE));
            }
        }
    }
}
