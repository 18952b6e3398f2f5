package io.storyline.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Namesakes: different people one surname key joins. A person's tag-time key is the key of the surname, so
 * that "Johnson" alone meets "Boris Johnson" and "Борис Джонсон"; but "Sarah Johnson" meets him too. Per key,
 * the documents that name the person in full are grouped by given name, and where a group's given names cannot
 * be spellings of the main group's, its documents get a key of their own: the surname's key and the given
 * name's ({@code n:jonson~sara}). Only groups with a given name the bundled lists know count. The main group is
 * the one of them with the most documents, or for a gazetteer person the one whose given names agree with the
 * entry's (the gazetteer lists Boris Johnson's surname alone too, so it meets Sarah Johnson). Documents that
 * give no full name keep the key, for the main person is the likeliest reading of a surname alone; so does a
 * document whose own full names disagree (Boris and Sarah Johnson in one article).
 */
final class Namesakes {
    private Namesakes() {}

    /** A document's full names (base forms of two or more words) of one key, and the document's language. */
    record Named(String docId, String lang, List<String> fullNames) implements Serializable {}

    /** A given name as the phonetic key spells it: at most this many edits apart, two are one name's spellings. */
    private static final int SPELLING_EDITS = 2;
    private static final LevenshteinDistance WITHIN_SPELLING_EDITS = new LevenshteinDistance(SPELLING_EDITS);

    /**
     * The documents whose person is another than the key's main one, with that person's key; empty where the
     * key names one person.
     *
     * @param knownGiven the given names (phonetic keys) a gazetteer person's key is known by, else empty: the
     *     main group is the one that agrees with them, and where none does every group is a namesake
     */
    static Map<String, String> split(String key, List<Named> docs, Set<String> knownGiven) {
        // Each document's given names, phonetically; documents by their given names, in a fixed order.
        Map<String, List<String>> docsByGiven = new TreeMap<>();
        Map<String, Set<String>> givenOf = new HashMap<>();
        Map<String, Boolean> knownOf = new HashMap<>();
        for (Named d : docs) {
            Set<String> given = new TreeSet<>();
            boolean known = false;
            List<Set<String>> perName = new ArrayList<>();
            for (String name : d.fullNames()) {
                Set<String> words = givenWords(name, d.lang());
                perName.add(words);
                given.addAll(words);
                known |= hasKnownGivenName(name);
            }
            if (given.isEmpty() || !allAgree(perName)) {
                continue;
            }
            String id = String.join(" ", given);
            docsByGiven.computeIfAbsent(id, k -> new ArrayList<>()).add(d.docId());
            givenOf.put(id, given);
            knownOf.merge(id, known, Boolean::logicalOr);
        }
        // Star clustering: the given names with the most documents first, each joins the first centre it agrees with.
        List<String> order = new ArrayList<>(docsByGiven.keySet());
        order.sort((a, b) -> docsByGiven.get(b).size() != docsByGiven.get(a).size()
                ? docsByGiven.get(b).size() - docsByGiven.get(a).size() : a.compareTo(b));
        List<String> centres = new ArrayList<>();
        Map<String, List<String>> members = new HashMap<>();
        for (String id : order) {
            String centre = centres.stream().filter(c -> agree(givenOf.get(c), givenOf.get(id))).findFirst().orElse(null);
            if (centre == null) {
                centres.add(id);
                centre = id;
            }
            members.computeIfAbsent(centre, k -> new ArrayList<>()).add(id);
        }
        // Only a group with a given name the bundled lists know is a person of its own: a capitalised word before the
        // surname may be anything else ("Österreichs Kogler", Austria's Kogler; "Šéf Juncker" opening a sentence).
        List<String> known = centres.stream().filter(c -> members.get(c).stream().anyMatch(knownOf::get)).toList();
        Map<String, Long> documents = new HashMap<>();
        known.forEach(c -> documents.put(c, members.get(c).stream().mapToLong(id -> docsByGiven.get(id).size()).sum()));
        String main = known.stream().filter(c -> knownGiven.isEmpty() || agree(knownGiven, givenOf.get(c)))
                .reduce((a, b) -> documents.get(b) > documents.get(a) ? b : a).orElse(null);
        Map<String, String> out = new TreeMap<>();
        for (String centre : known) {
            if (!centre.equals(main)) {
                String own = key + "~" + givenOf.get(centre).iterator().next();
                members.get(centre).forEach(id -> docsByGiven.get(id).forEach(doc -> out.put(doc, own)));
            }
        }
        return out;
    }

    /** The phonetic keys of a full name's capitalised words before its last ("von der" are no given names). */
    static Set<String> givenWords(String fullName, String lang) {
        String[] words = fullName.trim().split("\\s+");
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < words.length - 1; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                String key = EntityKeys.phonetic(words[i], lang);
                if (!key.isEmpty()) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /** Whether two sets of given names can be one person's: one of each starts alike or is a spelling of the other. */
    static boolean agree(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.charAt(0) == y.charAt(0) || WITHIN_SPELLING_EDITS.apply(x, y) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allAgree(List<Set<String>> names) {
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (!names.get(i).isEmpty() && !names.get(j).isEmpty() && !agree(names.get(i), names.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasKnownGivenName(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (KnownGivenNames.ALL.contains(words[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Every language's given names of the bundled list, lower case; read once per JVM, on first use. */
    private static final class KnownGivenNames {
        static final Set<String> ALL = read();

        private static Set<String> read() {
            Set<String> all = new HashSet<>();
            Gazetteer.givenNames().values().forEach(names -> names.forEach(n -> all.add(n.toLowerCase(Locale.ROOT))));
            return Set.copyOf(all);
        }
    }
}
