package io.storyline.tag;

import java.util.Map;
import java.util.TreeMap;

/**
 * A candidate name over tokens [from, to], with what found it and what its type rests on: evidence
 * (the gazetteer, quotation marks, a title before a longer name, a given name, a name noun or
 * ending), a title alone before a single word, or its shape alone. A document's spans are kept in a
 * map by their first token, and never overlap.
 */
record Span(int from, int to, String type, GazetteerIndex.Name name, Mention.TypeBasis basis) {
    /** Whether more than the span's shape gave its type. */
    boolean cued() {
        return basis != Mention.TypeBasis.SHAPE;
    }

    /** The span with a type that other spans of the document gave its words, on their basis. */
    Span withTypeOf(String newType, Mention.TypeBasis newBasis) {
        return new Span(from, to, newType, name, newBasis);
    }

    /** Adds a span unless it overlaps one already there (earlier evidence is stronger). */
    static void add(TreeMap<Integer, Span> spans, Span s) {
        Map.Entry<Integer, Span> before = spans.floorEntry(s.to());
        if (before != null && before.getValue().to() >= s.from()) {
            return;
        }
        spans.put(s.from(), s);
    }

    /** Whether a span covers token {@code token}. */
    static boolean covered(TreeMap<Integer, Span> spans, int token) {
        Map.Entry<Integer, Span> e = spans.floorEntry(token);
        return e != null && e.getValue().to() >= token;
    }
}
