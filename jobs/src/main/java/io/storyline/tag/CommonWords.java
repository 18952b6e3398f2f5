package io.storyline.tag;

import java.util.Locale;
import java.util.Map;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * English and French words that their dictionary knows only as common words: a capitalised word with no
 * entry as written (the dictionaries list names capitalised: "Brown", "Cook", "Macron", "Lyon") and a
 * noun, verb, adjective or adverb entry in lower case ("Starting", "Constitution", "Santé", "Textes").
 * LanguageTool's part-of-speech dictionaries, as it ships them: English from its en_US lexicon
 * (LGPL-2.1), French from Dicollecte's lexicon (CC BY-SA 4.0). German has {@link ProperNouns}.
 */
final class CommonWords {
    private CommonWords() {}

    /** Per language, the dictionary and the first letters of its common words' tags (NN, VB, JJ, RB; N, V, J, A). */
    private record Scheme(String resource, String[] commonTags) {}

    private static final Map<String, Scheme> SCHEMES = Map.of(
            "en", new Scheme("/org/languagetool/resource/en/english.dict", new String[] {"NN", "VB", "JJ", "RB"}),
            "fr", new Scheme("/org/languagetool/resource/fr/french.dict", new String[] {"N ", "V ", "J ", "A"}));

    /** Loaded on first use (about 1 MB each), a lookup per thread. */
    private static final class Holder {
        static final Map<String, ThreadLocal<DictionaryLookup>> LOOKUPS = SCHEMES.entrySet().stream().collect(
                java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> MorfologikDictionaries.lookups(e.getValue().resource(), "the " + e.getKey() + " dictionary")));
    }

    /** Whether the language has a dictionary here. */
    static boolean covers(String lang) {
        return SCHEMES.containsKey(lang);
    }

    /** Whether a capitalised word is only a common word by its language's dictionary; false where there is none. */
    static boolean isCommonOnly(String word, String lang) {
        Scheme scheme = SCHEMES.get(lang);
        if (scheme == null || word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        DictionaryLookup lookup = Holder.LOOKUPS.get(lang).get();
        String lower = word.toLowerCase(Locale.ROOT);
        // A word in capitals ("ANCHORAGE, Alaska") is looked up as a name would be written too.
        int first = word.offsetByCodePoints(0, 1);
        String titled = word.substring(0, first) + word.substring(first).toLowerCase(Locale.ROOT);
        if (!lookup.lookup(word).isEmpty() || !titled.equals(word) && !lookup.lookup(titled).isEmpty()) {
            return false;
        }
        for (WordData reading : lookup.lookup(lower)) {
            String tag = reading.getTag().toString();
            for (String common : scheme.commonTags()) {
                if (tag.startsWith(common)) {
                    return true;
                }
            }
        }
        return false;
    }
}
