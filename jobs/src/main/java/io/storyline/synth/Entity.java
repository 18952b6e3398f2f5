package io.storyline.synth;

import java.util.Map;

/**
 * A synthetic named entity with its spelling per language (Latin or Cyrillic script).
 *
 * @param key stable id, e.g. {@code PER-elena-markova}, {@code LOC-paris}
 * @param type PER, ORG or LOC
 * @param female grammatical gender, for persons only (templates agree with it)
 * @param names language code to surface form in the nominative
 * @param inPhrases for places: language code to the locative phrase ("in Paris", "в Париже")
 */
record Entity(String key, String type, boolean female, Map<String, String> names, Map<String, String> inPhrases) {

    String name(String lang) {
        String name = names.get(lang);
        return name != null ? name : names.get("en");
    }

    String inPhrase(String lang) {
        String phrase = inPhrases.get(lang);
        return phrase != null ? phrase : name(lang);
    }
}
