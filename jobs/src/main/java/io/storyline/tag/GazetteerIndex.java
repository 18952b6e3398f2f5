package io.storyline.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gazetteer as match keys: each name, in every language a document may be in, as the sequence
 * of its words' match stems ({@code lang:stem}); and every name's phonetic key, for names spelt in
 * another script or language than the gazetteer lists.
 */
public final class GazetteerIndex implements Serializable {
    /** A gazetteer name a phrase stands for. */
    public record Name(String id, String type, String name) implements Serializable {}

    private final Map<String, Name> phrases = new HashMap<>();
    private final Map<String, Name> phonetic = new HashMap<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> firstNames = new HashSet<>();

    public GazetteerIndex(Gazetteer gazetteer, List<String> languages) {
        // Sorted ids: when two entities share a phrase, the same one wins in every run.
        List<Gazetteer.Entry> entries = new ArrayList<>(gazetteer.entries());
        entries.sort((a, b) -> a.id().compareTo(b.id()));
        for (Gazetteer.Entry e : entries) {
            for (Map.Entry<String, List<String>> byLang : e.names().entrySet()) {
                String nameLang = byLang.getKey();
                for (String name : byLang.getValue()) {
                    Name ref = new Name(e.id(), e.type(), name);
                    for (String docLang : languages) {
                        // A name is looked for in documents of its own language, and Latin-script
                        // (English) names in every language, where news quote them as they are.
                        if (nameLang.equals(docLang) || nameLang.equals("en")) {
                            phrases.putIfAbsent(phrase(Words.split(name), docLang), ref);
                        }
                    }
                    phonetic.putIfAbsent(EntityKeys.phonetic(name, nameLang), ref);
                    List<String> words = Words.split(name);
                    names.addAll(words);
                    if (e.type().equals("PER")) {
                        for (int i = 0; i < words.size() - 1; i++) {
                            for (String docLang : languages) {
                                firstNames.add(Stems.of(words.get(i), docLang));
                            }
                        }
                    }
                }
            }
        }
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

    /** The match key of one token. */
    public static String token(String word, String lang) {
        return lang + ":" + Stems.of(word, lang);
    }

    public Name byPhrase(String phraseKey) {
        return phrases.get(phraseKey);
    }

    public Name byPhonetic(String key) {
        return phonetic.get(key);
    }

    /** Whether a word is part of a gazetteer name (evidence for base forms). */
    public boolean isNameWord(String word) {
        return names.contains(word);
    }

    /** Whether a match stem is that of a first name of a gazetteer person. */
    public boolean isFirstName(String stem) {
        return firstNames.contains(stem);
    }

    /** Every phrase as its tokens, sorted, for Spark NLP's TextMatcher. */
    public String[][] phraseTokens() {
        return new TreeSet<>(phrases.keySet()).stream().map(p -> p.split(" ")).toArray(String[][]::new);
    }
}
