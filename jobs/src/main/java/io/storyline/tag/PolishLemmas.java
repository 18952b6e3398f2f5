package io.storyline.tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Polish nouns in names read in the PoliMorf dictionary (Morfologik 2.1, BSD-2-Clause): whether a
 * form can be a nominative, and its lemma when it cannot. Endings alone cannot tell "Kraków"
 * (nominative) from "Krakowa" (genitive), or "Morawiecki" from "Morawieckiego"; the dictionary
 * knows for the names and common nouns it lists. Forms it does not list, most foreign names among
 * them, are left to {@link BaseForms}' ending rules.
 */
final class PolishLemmas {
    private PolishLemmas() {}

    /** Loaded once per JVM (2.8 MB); a lookup object keeps buffers, so each thread has its own. */
    private static final class Holder {
        static final Dictionary DICTIONARY = load();
        static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));

        private static Dictionary load() {
            try {
                return Dictionary.read(PolishStemmer.class.getResource("polish.dict"));
            } catch (IOException e) {
                throw new UncheckedIOException("the Polish dictionary could not be read from the classpath", e);
            }
        }
    }

    /**
     * The base form of a word of a name, or null when the dictionary lists no noun of that form.
     * The word itself when one of its readings is a nominative singular ("Kraków", "Morawiecki")
     * or, with no singular reading, a nominative plural ("Polacy", "Niemcy"); else the lemma of its
     * first singular reading ("Krakowa" → "Kraków", "Brytanii" → "Brytania"), or of a noun that
     * has no singular ("Niemczech" → "Niemcy"). Vocatives are not read: news hardly uses them, and
     * "Galileo" would be the vocative of "Galilea". A word is looked up as written (names are listed
     * capitalised); with {@code commonNouns}, a capitalised one also in lower case, for the common
     * nouns in the names of organisations and places ("Parlamentu" → "Parlament"), never in a
     * person's name, where "Tony" is no form of "tona".
     */
    static String baseOf(String word, boolean commonNouns) {
        String base = baseOf(word, Holder.LOOKUP.get().lookup(word));
        if (base == null && commonNouns && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            base = baseOf(word, Holder.LOOKUP.get().lookup(word.toLowerCase(Locale.ROOT)));
        }
        return base;
    }

    private static String baseOf(String word, List<WordData> readings) {
        String singularLemma = null;
        String pluraleTantum = null;
        boolean pluralNominative = false;
        for (WordData reading : readings) {
            String lemma = reading.getStem().toString();
            for (String tag : reading.getTag().toString().split("\\+")) {
                String[] parts = tag.split(":");
                if (parts.length < 4 || !parts[0].equals("subst")) {
                    continue;
                }
                List<String> cases = List.of(parts[2].split("\\."));
                if (cases.equals(List.of("voc"))) {
                    continue;
                }
                boolean nominative = cases.contains("nom");
                if (parts[1].equals("sg")) {
                    if (nominative) {
                        return word;
                    }
                    singularLemma = singularLemma == null ? lemma : singularLemma;
                } else if (nominative) {
                    pluralNominative = true;
                } else if (parts[3].startsWith("p")) {
                    // Genders p1-p3 are nouns with no singular: the lemma is their nominative plural.
                    pluraleTantum = pluraleTantum == null ? lemma : pluraleTantum;
                }
            }
        }
        String lemma = singularLemma != null ? singularLemma : pluralNominative ? word : pluraleTantum;
        return lemma == null ? null : capitalisedAs(word, lemma);
    }

    private static String capitalisedAs(String word, String lemma) {
        return Character.isUpperCase(word.charAt(0)) && !lemma.isEmpty() && Character.isLowerCase(lemma.charAt(0))
                ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
    }
}
