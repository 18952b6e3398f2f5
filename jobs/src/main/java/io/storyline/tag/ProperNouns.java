package io.storyline.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Which tokens are proper nouns, for languages where capitals say little: German writes every noun
 * with one. Apache OpenNLP's part-of-speech model (Universal Dependencies tags; the Maven Central
 * artifact opennlp-models-pos-de, Apache-2.0, trained on UD German GSD) tags a sentence that a run asks about; a word
 * that Morphy's German dictionary lists (german-pos-dict, CC BY-SA 4.0, as LanguageTool ships it)
 * overrules it. The model guesses from context and tags "Vulkan", "Lava" or "Zugzwang" as names in
 * some sentences and "Kiel" as a noun in others; the dictionary knows which words are names. Both are
 * loaded once per JVM; a tagger or lookup, which is not thread-safe, is made per thread.
 */
final class ProperNouns {
    /** Model resources by language: only where capitals do not already mark names. */
    private static final Map<String, String> MODELS = Map.of("de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin");
    private static final Map<String, POSModel> LOADED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, POSTaggerME>> TAGGERS = ThreadLocal.withInitial(HashMap::new);

    private ProperNouns() {}

    /** What the dictionary says of a word as written. */
    enum WordClass {
        /** Only proper-noun readings ({@code EIG}): "Duisburg", "Merkel". */
        NAME,
        /** A given name among only proper-noun readings ({@code EIG:...:VOR}): "Thomas", "Sebastian". */
        GIVEN_NAME,
        /** No proper-noun reading, but a noun's or another word's ("Vulkan", "bisher" for "Bisher"). */
        COMMON,
        /**
         * An adjective and no name ("Katholische", "Vereinten", "Offiziell"). German writes adjectives in
         * lower case, so one capitalised inside a sentence before a capitalised word opens a name: "die
         * Vereinten Nationen", "Katholische Landjugend", "Obere Hangstraße". Alone it is no name.
         */
        ADJECTIVE,
        /**
         * An adjective that is also a noun ("Grünen", the party; "Deutsche", the language): alone, a name only where
         * the gazetteer has it or other evidence than its shape types it.
         */
        ADJECTIVE_OR_NOUN,
        /**
         * Not listed, but a compound whose last part is listed only as a common noun ("Zugzwang",
         * "Corona-Krise"): no name, unless a surname. Not split at its hyphen as a listed noun is.
         */
        COMPOUND,
        /** Both kinds of reading ("Bayerns"), or none: the model decides. */
        OPEN
    }

    private static final String GERMAN_DICTIONARY = "/org/languagetool/resource/de/german.dict";

    /** The German dictionary (0.9 MB), read once per JVM. */
    private static final class German {
        static final ThreadLocal<DictionaryLookup> LOOKUP = MorfologikDictionaries.lookups(GERMAN_DICTIONARY, "the German dictionary");
    }

    /** Whether the dictionary lists a word only as a name, in a language that has one (German). */
    static boolean listedName(String word, String lang) {
        if (!"de".equals(lang)) {
            return false;
        }
        WordClass c = germanClass(word);
        return c == WordClass.NAME || c == WordClass.GIVEN_NAME;
    }

    /**
     * The German dictionary's class of a capitalised word: its readings as written (it lists nouns and
     * names capitalised), else those of its lower-case form ("Bisher", "Offiziell" open a sentence or a
     * headline).
     */
    static WordClass germanClass(String word) {
        return GERMAN_CLASSES.get(word, null);
    }

    private static final WordMemo<WordClass> GERMAN_CLASSES = new WordMemo<>((word, unused) -> lookUpGermanClass(word));

    private static WordClass lookUpGermanClass(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return WordClass.OPEN;
        }
        DictionaryLookup lookup = German.LOOKUP.get();
        boolean name = false;
        boolean given = false;
        boolean other = false;
        boolean noun = false;
        List<WordData> readings = lookup.lookup(word);
        // Swiss German writes "ss" for "ß" ("Weisse", "Strasse"); the dictionary has the German spelling.
        boolean swiss = readings.isEmpty() && word.contains("ss");
        String written = swiss ? word.replace("ss", "ß") : word;
        if (swiss) {
            readings = lookup.lookup(written);
        }
        String lower = written.toLowerCase(Locale.ROOT);
        boolean asLower = lower.equals(written) || readings.isEmpty();
        if (readings.isEmpty() && !lower.equals(written)) {
            readings = lookup.lookup(lower);
        }
        for (WordData reading : readings) {
            String tag = reading.getTag().toString();
            if (tag.startsWith("EIG:")) {
                name = true;
                given |= tag.endsWith(":VOR");
            } else {
                other = true;
                noun |= tag.startsWith("SUB:") && !tag.endsWith(":ADJ");
            }
        }
        if (!name && !other) {
            return compoundOfCommonNoun(written, lookup) ? WordClass.COMPOUND : WordClass.OPEN;
        }
        if (name == other) {
            return WordClass.OPEN;
        }
        if (name) {
            return given ? WordClass.GIVEN_NAME : WordClass.NAME;
        }
        // An adjective written with a capital; not a noun made of one ("die Parteivorsitzenden"), which
        // the dictionary lists capitalised only.
        boolean adjective = false;
        // (The lookup reuses its list: the readings are not read after this.)
        for (WordData reading : asLower ? readings : lookup.lookup(lower)) {
            adjective |= reading.getTag().toString().startsWith("ADJ:");
        }
        if (adjective) {
            return noun ? WordClass.ADJECTIVE_OR_NOUN : WordClass.ADJECTIVE;
        }
        return WordClass.COMMON;
    }

    /** Whether the dictionary lists a word's lower-case form ("jeder", "neuer"; not "berliner"). */
    static boolean listedInLowerCase(String word) {
        return !German.LOOKUP.get().lookup(word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** Whether the dictionary lists a capitalised word only in its lower-case form ("Schafft", "Neue"; not "Film"). */
    static boolean writtenInLowerCaseOnly(String word) {
        return German.LOOKUP.get().lookup(word).isEmpty() && listedInLowerCase(word);
    }

    /** Whether the dictionary lists a lower-case word as an adjective ("politische", "gesundheitliche"). */
    static boolean isGermanAdjective(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        for (WordData reading : German.LOOKUP.get().lookup(word)) {
            if (reading.getTag().toString().startsWith("ADJ:")) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions before which German puts places: "aus", "in", "nach", "bei" ... */
    private static final Set<String> NAME_PREPOSITIONS = Set.of("aus", "in", "nach", "bei", "zwischen", "Richtung", "nahe");
    /** Endings that make common nouns ("Bedrängnis", "Entrostung", "Nachhaltigkeit"), which the dictionary may lack. */
    private static final java.util.regex.Pattern COMMON_NOUN_ENDINGS = java.util.regex.Pattern.compile(
            "(ung|heit|keit|schaft|nis|nisse|tion|ismus|ität|tum|reform|krise)(en|s)?$");

    /** Marks after which a German name may start inside a sentence. */
    private static final Set<String> NAME_OPENING_MARKS = Set.of(",", "©", "(", "„", "\"", "“", "‚", "«", "»");

    /** The dictionary's kinds of names (the last field of an {@code EIG} tag) that are places: cities, countries, regions, mountains, waters. */
    private static final Set<String> PLACE_KINDS = Set.of("STD", "COU", "GEB", "GEO", "MOU", "WAT");
    /** Given names and surnames. */
    private static final Set<String> PERSON_KINDS = Set.of("VOR", "NAC");
    /** No kind, only the article field: the dictionary's companies and brands ("Adidas", "Airbus", "Amazon"). */
    private static final Set<String> NO_KIND = Set.of("ART", "NOA");

    /**
     * The type of a capitalised German word that the dictionary lists only as a name, by the kind its
     * tags give: "Düsseldorf" a place ({@code STD}, {@code COU} ...); "Merkel" a person; "Adidas" (a name
     * of no kind) an organisation. Null when its readings disagree, when it has
     * a common reading as well, or when it is not listed. Companies named after their founders
     * ("Siemens", "Bosch") are surnames to the dictionary, and come out as persons.
     */
    static String germanNameType(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String type = null;
        for (WordData reading : German.LOOKUP.get().lookup(word)) {
            String tag = reading.getTag().toString();
            if (!tag.startsWith("EIG:")) {
                return null;
            }
            String kind = tag.substring(tag.lastIndexOf(':') + 1);
            String t = PLACE_KINDS.contains(kind) ? "LOC" : PERSON_KINDS.contains(kind) ? "PER" : NO_KIND.contains(kind) ? "ORG" : null;
            if (t == null || type != null && !type.equals(t)) {
                return null;
            }
            type = t;
        }
        return type;
    }

    /**
     * Whether a word the dictionary does not list is a compound whose last part it lists only as a common
     * noun ("Zugzwang", "Jahresbeginn", "Corona-Krise"): German makes such words at will, and the model
     * takes many for names. The last part is of four letters or more, after a first part of three or more
     * that the dictionary lists too ("Waidh" + "ofen" is no compound), or after the last hyphen; and it is
     * not one that ends place names ("Tauberbischofsheim", "Gevelsberg",
     * "Hangstraße"), which are names.
     */
    private static boolean compoundOfCommonNoun(String word, DictionaryLookup lookup) {
        if (NAME_ENDINGS.matcher(word.toLowerCase(Locale.ROOT)).find()) {
            return false;
        }
        int hyphen = word.lastIndexOf('-');
        int from = hyphen > 0 ? hyphen + 1 : 3;
        int to = hyphen > 0 ? hyphen + 1 : word.length() - 4;
        for (int split = from; split <= to; split++) {
            String head = word.substring(split);
            if (head.length() < 4 || !Character.isLetter(head.charAt(0))) {
                continue;
            }
            String capitalised = Character.toUpperCase(head.charAt(0)) + head.substring(1);
            boolean noun = false;
            boolean name = false;
            for (WordData reading : lookup.lookup(capitalised)) {
                String tag = reading.getTag().toString();
                name |= tag.startsWith("EIG:");
                noun |= tag.startsWith("SUB:");
            }
            if (noun && !name && (hyphen > 0 || isWordPart(word.substring(0, split), lookup))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first part of a compound is a word the dictionary lists, as written or capitalised
     * ("Jahres", "Zug"), or is one with a linking "s" ("Hochzeits").
     */
    private static boolean isWordPart(String part, DictionaryLookup lookup) {
        String capitalised = Character.toUpperCase(part.charAt(0)) + part.substring(1);
        return !lookup.lookup(capitalised).isEmpty() || !lookup.lookup(part.toLowerCase(Locale.ROOT)).isEmpty()
                || part.length() > 3 && part.endsWith("s") && isWordPart(part.substring(0, part.length() - 1), lookup);
    }

    /**
     * How German place names end (settlements, streets, buildings and landscapes), and surnames
     * ("Ackermann", "Neubauer") and institutions' names ("Universitätsklinikum St. Pölten").
     */
    private static final java.util.regex.Pattern NAME_ENDINGS = java.util.regex.Pattern.compile(
            "(mann|bauer|meister|könig|berg|burg|dorf|heim|hausen|feld|felde|bach|stadt|straße|strasse|gasse|platz|brücke|wald|furt|ingen|kirchen?"
                    + "|münster|stein|hafen|mark|markt|rode|born|brunn|brunnen|hagen|hall|ried|weiler|zell|ufer|allee"
                    + "|ring|damm|garten|park|insel|gebirge|kapelle|dom|turm|schloss|berge|tal|see|weg|(?<!h)au|ort"
                    + "|klinikum|klinik|krankenhaus|universität|hochschule|schule|gericht|gerichtshof|amt|verband|verein|institut)s?$");

    /**
     * For each token, whether it is a proper noun: by the dictionary where it lists the word as only a
     * name or never one, else by the model's PROPN, tagging each sentence on its own; null when the
     * language has no model.
     */
    static Tags of(List<Token> tokens, String lang) {
        String resource = MODELS.get(lang);
        if (resource == null) {
            return null;
        }
        POSTaggerME tagger = TAGGERS.get().computeIfAbsent(lang, l -> new POSTaggerME(LOADED.computeIfAbsent(l, k -> load(resource))));
        return new Tags(tokens, lang, tagger);
    }

    /**
     * The proper nouns of one document. The model tags a sentence only when a word of it is asked for
     * that the dictionary leaves open: it is most of the stage's time on German text, and most sentences
     * hold no run of capitalised words that it would decide.
     */
    static final class Tags {
        private final List<Token> tokens;
        private final POSTaggerME tagger;
        private final WordClass[] kinds;
        // Surnames that are common words ("Bach", "Kurz") are the person's in the whole document once
        // it names the person with a given name ("Thomas Bach", "Sebastian Kurz").
        private final Set<String> surnames = new HashSet<>();
        /** Per token, the model's tag, once its sentence is tagged. */
        private final String[] tags;
        private final boolean[] tagged;

        private Tags(List<Token> tokens, String lang, POSTaggerME tagger) {
            this.tokens = tokens;
            this.tagger = tagger;
            this.kinds = new WordClass[tokens.size()];
            this.tags = new String[tokens.size()];
            this.tagged = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                kinds[i] = "de".equals(lang) ? germanClass(tokens.get(i).text()) : WordClass.OPEN;
                if (i > 0 && kinds[i - 1] == WordClass.GIVEN_NAME && sameSentence(i - 1, i)) {
                    surnames.add(tokens.get(i).text());
                }
            }
        }

        /** Whether token {@code i} is a proper noun. */
        boolean at(int i) {
            String word = tokens.get(i).text();
            WordClass kind = kinds[i];
            // A common word is a name as a surname, or after an adjective that opens a name ("Vereinten Nationen").
            return nameAdjective(i) || i > 0 && sameSentence(i - 1, i) && nameAdjective(i - 1) || switch (kind) {
                case NAME, GIVEN_NAME -> true;
                case COMMON, ADJECTIVE, COMPOUND -> surnames.contains(word);
                case ADJECTIVE_OR_NOUN -> "PROPN".equals(tag(i));
                case OPEN -> afterNamePreposition(i) || besidePersonName(i) || "PROPN".equals(tag(i));
            };
        }

        /** Whether token {@code i} is a given name by the dictionary, or a word it does not know before a person's name. */
        boolean personNameAt(int i) {
            return kinds[i] == WordClass.GIVEN_NAME || kinds[i] == WordClass.OPEN && besidePersonName(i);
        }

        /**
         * A capitalised word the dictionary does not know, right after a given name it lists ("Chris Evans", "Lee
         * Curtis") or right before a surname it lists ("Rian Johnson"), is the rest of that person's name: the
         * dictionary knows German common nouns, the model calls rare foreign names nouns.
         */
        private boolean besidePersonName(int i) {
            if (!Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                return false;
            }
            return i > 0 && sameSentence(i - 1, i) && kinds[i - 1] == WordClass.GIVEN_NAME
                    || i + 1 < tokens.size() && sameSentence(i, i + 1) && kinds[i + 1] == WordClass.NAME
                    && "PER".equals(germanNameType(tokens.get(i + 1).text()));
        }

        /**
         * After a preposition that takes a place ("aus Pollenfeld", "nach Dettelbach"), a word the dictionary
         * does not know, and that does not end as common nouns are made, is a name: the dictionary knows most
         * common nouns and their compounds, and the model, trained on other text, calls such rare names nouns.
         * Not after "von", which also opens nobility particles and common phrases ("Ken Jebsen von Krüden Theorien").
         */
        private boolean afterNamePreposition(int i) {
            if (i == 0 || !sameSentence(i - 1, i) || COMMON_NOUN_ENDINGS.matcher(tokens.get(i).text()).find()) {
                return false;
            }
            String before = tokens.get(i - 1).text();
            // "aus Pollenfeld und Preith": the preposition reaches over a coordinated name.
            return NAME_PREPOSITIONS.contains(before) || (before.equals("und") || before.equals("oder")) && i > 1
                    && sameSentence(i - 2, i) && (kinds[i - 2] == WordClass.NAME || kinds[i - 2] == WordClass.OPEN && afterNamePreposition(i - 2));
        }

        /**
         * An adjective inside a sentence before a capitalised word of it, after a function word, a comma, a
         * bracket or a quote ("die Vereinten Nationen", "Ackermann, Obere Hangstraße 17", "© Fränkische
         * Nachrichten"). Not after a colon or a dash, after which German capitalises a clause's first word
         * ("Polizei: Ersten Ermittlungen zufolge ..."), nor after a noun or a number, which a lost sentence end
         * or a table runs into ("Platz Guter Vorsatz", "1 Mehr Sport").
         */
        private boolean nameAdjective(int i) {
            String before = i > 0 ? tokens.get(i - 1).text() : "";
            return (kinds[i] == WordClass.ADJECTIVE || kinds[i] == WordClass.ADJECTIVE_OR_NOUN) && i > 0 && sameSentence(i - 1, i)
                    && (Cues.isStopWord(before.toLowerCase(Locale.ROOT), "de") || NAME_OPENING_MARKS.contains(before))
                    && i + 1 < tokens.size() && sameSentence(i, i + 1) && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
        }

        private String tag(int i) {
            if (!tagged[i]) {
                int start = i;
                while (start > 0 && sameSentence(start - 1, i)) {
                    start--;
                }
                int end = i + 1;
                while (end < tokens.size() && sameSentence(end, i)) {
                    end++;
                }
                String[] words = new String[end - start];
                for (int k = start; k < end; k++) {
                    words[k - start] = tokens.get(k).text();
                }
                String[] sentenceTags = tagger.tag(words);
                System.arraycopy(sentenceTags, 0, tags, start, words.length);
                Arrays.fill(tagged, start, end, true);
            }
            return tags[i];
        }

        private boolean sameSentence(int a, int b) {
            return tokens.get(a).sentence() == tokens.get(b).sentence();
        }
    }

    private static POSModel load(String resource) {
        try (InputStream in = ProperNouns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("part-of-speech model " + resource + " is not on the class path");
            }
            POSModel model = new POSModel(in);
            // Greedy decoding (beam 1, the model's default is 3): the same tags on the German gold's
            // 4,870 tokens in half the time.
            return new POSModel(model.getLanguage(), (MaxentModel) model.getArtifact("pos.model"), 1, new HashMap<>(), model.getFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + resource, e);
        }
    }
}
