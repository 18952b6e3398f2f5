package io.storyline.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * artifact opennlp-models-pos-de, Apache-2.0, trained on UD German GSD) tags each sentence; a word
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
        /** An adjective that is also a noun ("Grünen", the party; "Deutsche", the language): alone, the model decides. */
        ADJECTIVE_OR_NOUN,
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
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return WordClass.OPEN;
        }
        DictionaryLookup lookup = German.LOOKUP.get();
        boolean name = false;
        boolean given = false;
        boolean other = false;
        boolean noun = false;
        String lower = word.toLowerCase(Locale.ROOT);
        List<WordData> readings = lookup.lookup(word);
        boolean asLower = lower.equals(word) || readings.isEmpty();
        if (readings.isEmpty() && !lower.equals(word)) {
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

    /**
     * For each token, whether it is a proper noun: by the dictionary where it lists the word as only a
     * name or never one, else by the model's PROPN, tagging each sentence on its own; null when the
     * language has no model.
     */
    static boolean[] of(List<Token> tokens, String lang) {
        String resource = MODELS.get(lang);
        if (resource == null) {
            return null;
        }
        POSTaggerME tagger = TAGGERS.get().computeIfAbsent(lang, l -> new POSTaggerME(LOADED.computeIfAbsent(l, k -> load(resource))));
        boolean[] proper = new boolean[tokens.size()];
        WordClass[] kinds = new WordClass[tokens.size()];
        // Surnames that are common words ("Bach", "Kurz") are the person's in the whole document once
        // it names the person with a given name ("Thomas Bach", "Sebastian Kurz").
        Set<String> surnames = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            kinds[i] = "de".equals(lang) ? germanClass(tokens.get(i).text()) : WordClass.OPEN;
            if (i > 0 && kinds[i - 1] == WordClass.GIVEN_NAME && tokens.get(i - 1).sentence() == tokens.get(i).sentence()) {
                surnames.add(tokens.get(i).text());
            }
        }
        int start = 0;
        while (start < tokens.size()) {
            int end = start;
            while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(start).sentence()) {
                end++;
            }
            List<String> words = new ArrayList<>(end - start);
            boolean modelDecides = false;
            for (int i = start; i < end; i++) {
                String word = tokens.get(i).text();
                words.add(word);
                modelDecides |= (kinds[i] == WordClass.OPEN || kinds[i] == WordClass.ADJECTIVE_OR_NOUN)
                        && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            }
            // The model is most of the stage's time on German text; a sentence whose capitalised words the
            // dictionary has all decided does not need it (names are runs of capitalised words).
            String[] tags = modelDecides ? tagger.tag(words.toArray(String[]::new)) : new String[end - start];
            boolean nameAdjectiveBefore = false;
            for (int i = start; i < end; i++) {
                String word = words.get(i - start);
                WordClass kind = kinds[i];
                boolean nameAdjective = (kind == WordClass.ADJECTIVE || kind == WordClass.ADJECTIVE_OR_NOUN) && i > start && i + 1 < end
                        && Character.isUpperCase(words.get(i + 1 - start).charAt(0));
                // A common word is a name as a surname, or after an adjective that opens a name ("Vereinten Nationen").
                proper[i] = nameAdjective || nameAdjectiveBefore || switch (kind) {
                    case NAME, GIVEN_NAME -> true;
                    case COMMON, ADJECTIVE -> surnames.contains(word);
                    case ADJECTIVE_OR_NOUN, OPEN -> "PROPN".equals(tags[i - start]);
                };
                nameAdjectiveBefore = nameAdjective;
            }
            start = end;
        }
        return proper;
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
