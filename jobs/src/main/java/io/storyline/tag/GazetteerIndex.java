package io.storyline.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer as match keys: each name, in the languages a document may be in where it is looked
 * for (see the constructor), as the sequence of its words' match stems ({@code lang:stem}); and every
 * name's phonetic key, for names spelt in another script or language than the gazetteer lists.
 */
public final class GazetteerIndex implements Serializable {
    /** The shortest phonetic key the index holds: shorter ones are shared by too many unrelated names. */
    private static final int MIN_PHONETIC_KEY = 3;

    /** A gazetteer name a phrase stands for. */
    public record Name(String id, String type, String name) implements Serializable {}

    /** Per phrase key its names, in order of preference (see the constructor). */
    private final Map<String, List<Name>> phrases = new HashMap<>();
    private final Map<String, Name> phonetic = new HashMap<>();
    /** The gazetteer's acronyms ("US", "UN", "США") by their language and letters, romanised and lower-cased. */
    private final Map<String, Name> acronyms = new HashMap<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> firstNames = new HashSet<>();
    /** The same given names as written, lower case: how languages that do not decline them meet them, and any language's. */
    private final Set<String> firstNameForms = new HashSet<>();
    private final Set<String> placeWords = new HashSet<>();
    /** The English one-word place names, in lower case. */
    private final Set<String> englishPlaces = new HashSet<>();
    /** Per language, nouns for a place's people by their form ({@link Demonyms}), each as its place's id, PER, and its base form. */
    private final Map<String, Map<String, Name>> demonyms = new HashMap<>();
    /** Every proper prefix of a phrase key: a window that is none of them cannot grow into a phrase. */
    private final Set<String> phrasePrefixes = new HashSet<>();

    public GazetteerIndex(Gazetteer gazetteer, List<String> languages) {
        // Sorted ids: when two entities share a phrase, the same one wins in every run.
        List<Gazetteer.Entry> entries = new ArrayList<>(gazetteer.entries());
        entries.sort((a, b) -> a.id().compareTo(b.id()));
        // A name is looked for in documents of its own language, and an entity's English names also in
        // the languages that list none of its names in Latin script: a Russian or Bulgarian text quotes
        // "Reuters" or "Google" as it is, and a Latin word there can be nothing else. Where a language
        // spells the entity in Latin script its own way, the English spelling would only meet other words
        // ("Asi", a Polish form of the given name Asia, stems as the continent "Asia" does, which Polish
        // writes "Azja"). The document language's own names go in first: where another entity's English
        // name has the same match key, the phrase stands for the document language's name, its base form.
        for (String docLang : languages) {
            for (boolean own : new boolean[] {true, false}) {
                for (Gazetteer.Entry e : entries) {
                    if (!own && writesInLatin(e.names().get(docLang))) {
                        continue;
                    }
                    for (String name : e.names().getOrDefault(own ? docLang : "en", List.of())) {
                        if (own || !docLang.equals("en")) {
                            List<Name> named = phrases.computeIfAbsent(phrase(Words.split(name), docLang), k -> new ArrayList<>(1));
                            Name ref = new Name(e.id(), e.type(), name);
                            if (!named.contains(ref)) {
                                named.add(ref);
                            }
                        }
                    }
                }
            }
        }
        for (Gazetteer.Entry e : entries) {
            for (Map.Entry<String, List<String>> byLang : e.names().entrySet()) {
                String nameLang = byLang.getKey();
                for (String name : byLang.getValue()) {
                    Name ref = new Name(e.id(), e.type(), name);
                    if (spelledOut(name)) {
                        // Met by its letters only: as a word, the Russian "ВОЗ" (the WHO) would be the Spanish "voz".
                        acronyms.putIfAbsent(nameLang + ":" + EntityKeys.letters(name, nameLang), ref);
                    } else {
                        String key = EntityKeys.phonetic(name, nameLang);
                        // Keys of one or two letters are shared by too many unrelated names ("Гаага", Ukrainian for The Hague, is "a").
                        if (key.length() >= MIN_PHONETIC_KEY) {
                            phonetic.putIfAbsent(key, ref);
                        }
                    }
                    List<String> words = Words.split(name);
                    names.addAll(words);
                    if (e.type().equals("LOC") && words.size() == 1) {
                        for (String docLang : languages) {
                            placeWords.add(Stems.of(name, docLang));
                        }
                        if (nameLang.equals("en")) {
                            englishPlaces.add(name.toLowerCase(java.util.Locale.ROOT));
                        }
                        Map<String, String> forms = languages.contains(nameLang) ? Demonyms.of(name, nameLang) : Map.of();
                        if (!forms.isEmpty()) {
                            Map<String, Name> byForm = demonyms.computeIfAbsent(nameLang, k -> new HashMap<>());
                            forms.forEach((form, base) -> byForm.putIfAbsent(form, new Name(e.id(), "PER", base)));
                        }
                    }
                    if (e.type().equals("PER")) {
                        for (int i = 0; i < words.size() - 1; i++) {
                            // Not a particle ("von der Leyen"): "ein Buch von Merkel" has no given name.
                            if (!Character.isUpperCase(words.get(i).codePointAt(0))) {
                                continue;
                            }
                            for (String docLang : languages) {
                                firstNames.add(Stems.withoutEnding(words.get(i), docLang));
                            }
                            firstNameForms.add(words.get(i).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        Gazetteer.givenNames().forEach((lang, given) -> {
            if (languages.contains(lang)) {
                given.forEach(n -> {
                    firstNames.add(Stems.withoutEnding(n, lang));
                    firstNameForms.add(n.toLowerCase(java.util.Locale.ROOT));
                });
            }
        });
        for (String key : phrases.keySet()) {
            for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
                phrasePrefixes.add(key.substring(0, space));
            }
        }
    }

    /**
     * Where the gazetteer's phrases occur in a document's tokens: every window of tokens within one
     * sentence whose match key is a phrase, overlapping windows included, as token index ranges
     * [from, to], longest first, then leftmost. This is what Spark NLP's TextMatcher did over
     * match-key tokens; a hash lookup per window, growing only while the window is a phrase's
     * prefix, costs a fraction of its two extra annotation columns per row.
     */
    public List<int[]> spans(List<Token> tokens, String lang) {
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = token(tokens.get(i).text(), lang);
        }
        List<int[]> out = new ArrayList<>();
        StringBuilder window = new StringBuilder();
        for (int from = 0; from < keys.length; from++) {
            window.setLength(0);
            for (int to = from; to < keys.length && tokens.get(to).sentence() == tokens.get(from).sentence(); to++) {
                // A one-token window is the token's key itself, whose hash the String keeps for both lookups.
                String key;
                if (to == from) {
                    key = keys[from];
                    window.append(key);
                } else {
                    key = window.append(' ').append(keys[to]).toString();
                }
                if (phrases.containsKey(key)) {
                    out.add(new int[] {from, to});
                }
                if (!phrasePrefixes.contains(key)) {
                    break;
                }
            }
        }
        out.sort((x, y) -> x[1] - x[0] != y[1] - y[0] ? (y[1] - y[0]) - (x[1] - x[0]) : x[0] - y[0]);
        return out;
    }

    /** The key of a word sequence in a document language. */
    public static String phrase(List<String> words, String lang) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(token(w, lang));
        }
        return b.toString();
    }

    /** {@link #phrase(List, String)} of tokens [from, to]. */
    static String phrase(List<Token> tokens, int from, int to, String lang) {
        List<String> words = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            words.add(tokens.get(k).text());
        }
        return phrase(words, lang);
    }

    /** The match key of one token. */
    public static String token(String word, String lang) {
        return lang + ":" + Stems.of(word, lang);
    }

    /**
     * The name a phrase stands for, given its first word as written: the first of the key's names, or
     * for a word written in lower case the first name written so (a capitalised name matches only
     * capitalised text: "May" the person, not "may"; "коронавирус" matches as written). Null when none.
     */
    public Name byPhrase(String phraseKey, String firstWord) {
        boolean capitalised = !firstWord.isEmpty() && Character.isUpperCase(firstWord.codePointAt(0));
        boolean germanWord = phraseKey.startsWith("de:") && phraseKey.indexOf(' ') < 0;
        for (Name name : phrases.getOrDefault(phraseKey, List.of())) {
            if ((capitalised || !Character.isUpperCase(name.name().codePointAt(0)))
                    && (!germanWord || inflectsGermanName(firstWord, name))) {
                return name;
            }
        }
        return null;
    }

    /**
     * The entry's capitalised spelling of a name that it also lists in lower case for the text that writes it so
     * ("брекзит" → "Брекзит"), else the name itself.
     */
    Name capitalisedTwin(Name name, String lang) {
        if (name.name().isEmpty() || Character.isUpperCase(name.name().codePointAt(0))) {
            return name;
        }
        for (Name other : phrases.getOrDefault(phrase(Words.split(name.name()), lang), List.of())) {
            if (other.id().equals(name.id()) && other.name().equalsIgnoreCase(name.name()) && Character.isUpperCase(other.name().codePointAt(0))) {
                return other;
            }
        }
        return name;
    }

    /**
     * Whether a German word is a form of a one-word name. German inflects a name by adding to it (Deutschlands, des
     * Bundestages, der Linken), but its light stemmer also gives other nouns the name's stem ("Link" and "Links" stem
     * as "Linke", "Holland" as "Hollande", "Osten" as "Ostern"), and German capitalises every noun: so the name must
     * begin the word. A party named as an adjective in the plural ("Grünen") also takes the singular's strong
     * endings ("ein Grüner", "die Grüne").
     */
    private static boolean inflectsGermanName(String word, Name name) {
        String n = name.name();
        if (word.regionMatches(true, 0, n, 0, n.length())) {
            return true;
        }
        return "ORG".equals(name.type()) && n.endsWith("en") && word.regionMatches(true, 0, n, 0, n.length() - 1);
    }

    public Name byPhonetic(String key) {
        return phonetic.get(key);
    }

    /**
     * The gazetteer acronym with these letters ({@link EntityKeys#letters}) in the document's language, else in
     * English, or null. Only those, as for phrases: letters of one language are another's word or acronym
     * (Russian "ВОЗ", the WHO, is Spanish "VOZ"; Macedonian "ОК", the United Kingdom, is "OK").
     */
    public Name byLetters(String letters, String lang) {
        Name own = acronyms.get(lang + ":" + letters);
        return own != null ? own : acronyms.get("en:" + letters);
    }

    /**
     * Written as a spelled-out acronym: two to four letters, all capitals, whatever points or digits between them ("US",
     * "U.S.", "G7", "NATO", "EE. UU."). A longer word in capitals is mostly a headline's word ("BERLIN"), keyed as a name.
     */
    static boolean spelledOut(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c == ' ' && (i == 0 || name.charAt(i - 1) != '.')) {
                return false; // words, unless a space follows a point ("EE. UU.")
            }
        }
        return letters >= 2 && letters <= 4;
    }

    /** Whether a word is part of a gazetteer name (evidence for base forms). */
    public boolean isNameWord(String word) {
        return names.contains(word);
    }

    /** Whether a match stem is that of a one-word place name of the gazetteer. */
    public boolean isPlaceWord(String stem) {
        return placeWords.contains(stem);
    }

    /**
     * Whether an English word names the people or the adjective of a one-word place of the gazetteer
     * ("Americans", "German", "Turkish", "Chinese", "Israeli", "British"): the word (less a plural "s")
     * is a stem of four letters or more and a demonym suffix, and the place's name is that stem and one
     * of the endings country names drop for it ("Turk|ey", "Brit|ain", "Chin|a", "German|y"). Not a
     * place's own name ("Jordan"), nor "Greens" ("Gree|ce" drops no such ending, and a word with no suffix
     * is not taken for "Green|land"'s people: "Scots" and "Finns" are lost with it) or "Brian". English has
     * no word list of demonyms to take (CLDR has none either), and the gazetteer holds the places.
     */
    public boolean isEnglishDemonym(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (englishPlaces.contains(lower)) {
            return false;
        }
        String singular = lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
        for (String suffix : DEMONYM_SUFFIXES) {
            if (!singular.endsWith(suffix) || singular.length() - suffix.length() < 4) {
                continue;
            }
            String stem = singular.substring(0, singular.length() - suffix.length());
            boolean bare = suffix.isEmpty();
            for (String ending : PLACE_ENDINGS) {
                // The place itself with a plural "s" is no demonym ("the Americas"), nor a bare word a "-land"'s people ("Greens").
                if ((!bare || !ending.isEmpty() && !ending.equals("land")) && englishPlaces.contains(stem + ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The nouns for a place's people in documents of {@code lang} ("британците", "американцев", "britanci"), by their
     * form in lower case, each as a name with the place's id, the type PER, and the form's base form ("британци");
     * null where the language makes none.
     */
    public Map<String, Name> demonyms(String lang) {
        return demonyms.get(lang);
    }

    private static final List<String> DEMONYM_SUFFIXES = List.of("ian", "ean", "an", "n", "ish", "ese", "i", "");
    private static final List<String> PLACE_ENDINGS = List.of("", "a", "e", "o", "y", "ia", "ey", "ain", "on", "en", "land");

    /**
     * Whether a word is written as a given name of any configured language's list or of a gazetteer person. For the
     * languages that do not decline names {@link #isFirstName} already answers so; Slavic news also meets the
     * given names of the other lists this way, as written ("Amanda" in Czech news, whose list lacks it).
     */
    public boolean isAnyFirstName(String word) {
        return firstNameForms.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a word is a given name in a document of the language: a gazetteer person's, or one of the
     * bundled list's. Languages that decline names ("Władimira", "Владимира") meet them by match stem; the
     * others by the word as written, less a possessive or an elision ("Donald's", "Williams", German
     * "Werners", Turkish "Recep'in", "d'Emmanuel"), since their stems make given names of other words
     * ("Werne", a town, stems as "Werner" does).
     */
    public boolean isFirstName(String word, String lang) {
        if (Cues.declinesNames(lang)) {
            return firstNames.contains(Stems.withoutEnding(word, lang));
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
        if (apostrophe > 0) {
            // An elided article or preposition before it ("d'Emmanuel"), else a suffix after it.
            lower = apostrophe <= 2 ? lower.substring(apostrophe + 1) : lower.substring(0, apostrophe);
        }
        // German "Werners" is Werner's; English "Williams", "Peters" are surnames made of given names, persons too.
        return firstNameForms.contains(lower) || ("de".equals(lang) || "en".equals(lang)) && lower.endsWith("s")
                && firstNameForms.contains(lower.substring(0, lower.length() - 1));
    }

    /** Whether any of a language's names for an entity is written in Latin script, by its first letter ("3M" too). */
    private static boolean writesInLatin(List<String> names) {
        return names != null && names.stream().anyMatch(n -> n.codePoints().filter(Character::isLetter).findFirst()
                .stream().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN));
    }
}
