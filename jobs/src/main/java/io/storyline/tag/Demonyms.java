package io.storyline.tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The nouns for a place's people in Bulgarian, Russian and Slovene ("британци", "британците", "пакистанка",
 * "американцев", "россияне", "Britanci", "Avstrijec"), made from a one-word place name: its stem (the name less an
 * ending such as "-ия", "-а", "-ija"), a link such as "-ан-", "-ей-", "-иан-" (or none) and the noun's endings in its
 * cases, with the article in Bulgarian; or the stem and a plural's endings alone ("българи", "россияне"); the
 * lists are in {@code RULES}. No language has a word list of them
 * to take (CLDR has none), and the gazetteer holds the places; irregular ones ("французи", "немцы", "англичани") are
 * not made. They are the mentions of persons that SlavicNER marks and links to the place. Czech and Polish ones are
 * irregular or collide with the place's own case forms ("Evropy"), so those languages make none; nor does Ukrainian,
 * by entities-dev's gold convention rather than the language: its Ukrainian news leaves the same nouns unmarked (29 of 29).
 */
final class Demonyms {
    private Demonyms() {}

    /** The shortest stem a demonym is made from: "Рус|ия" would make "руски", an adjective. */
    static final int MIN_STEM = 4;

    private record Rules(List<String> placeEndings, List<String> links, Map<String, String> endings, Map<String, String> bareEndings) {}

    /** Per language: endings the place drops, links, and each ending of the noun with its nominative's. */
    private static final Map<String, Rules> RULES = Map.of(
            "bg", new Rules(List.of("ия", "я", "а"), List.of("", "ан", "иан", "ей", "ий"),
                    nominatives("ци", "ци", "ците", "ци", "ец", "ец", "еца", "ец", "ецът", "ец", "ка", "ка", "ката", "ка"),
                    nominatives("и", "и", "ите", "и")),
            "ru", new Rules(List.of("ия", "ья", "я", "а"), List.of("", "ан", "иан", "ьян", "ей", "ий"),
                    nominatives("цы", "цы", "цев", "цы", "цам", "цы", "цами", "цы", "цах", "цы", "ец", "ец", "ца", "ец", "цу", "ец",
                            "цем", "ец", "це", "ец", "ка", "ка", "ке", "ка", "ку", "ка", "кой", "ка"),
                    nominatives("ияне", "ияне", "иян", "ияне", "иянам", "ияне", "иянами", "ияне", "иянах", "ияне")),
            "sl", new Rules(List.of("ija", "ia", "a"), List.of("", "an", "ij"),
                    nominatives("ci", "ci", "cev", "ci", "cem", "ci", "cih", "ci", "ce", "ci", "cema", "ci", "ec", "ec", "ca", "ec", "cu", "ec",
                            "ka", "ka", "ke", "ka", "ko", "ka"),
                    Map.of()));

    private static Map<String, String> nominatives(String... endingThenNominative) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < endingThenNominative.length; i += 2) {
            out.put(endingThenNominative[i], endingThenNominative[i + 1]);
        }
        return out;
    }

    /**
     * The demonym's forms that a one-word place name makes in {@code lang}, lower case, each with its base form (the
     * nominative without the article: "британците" → "британци"); empty for other languages and short stems.
     */
    static Map<String, String> of(String place, String lang) {
        Rules rules = RULES.get(lang);
        Map<String, String> out = new LinkedHashMap<>();
        if (rules == null) {
            return out;
        }
        String stem = stem(place.toLowerCase(Locale.forLanguageTag(lang)), rules.placeEndings());
        if (stem.length() < MIN_STEM || !stem.chars().allMatch(Character::isLetter)) {
            return out;
        }
        for (String link : rules.links()) {
            rules.endings().forEach((ending, nominative) -> {
                // After an s, -ka and -ко are the adjective's feminine ("туниска", "beloruska").
                if (!(link.isEmpty() && endsInS(stem) && (ending.startsWith("к") || ending.startsWith("k")))) {
                    out.putIfAbsent(stem + link + ending, stem + link + nominative);
                }
            });
        }
        rules.bareEndings().forEach((ending, nominative) -> out.putIfAbsent(stem + ending, stem + nominative));
        return out;
    }

    private static boolean endsInS(String stem) {
        char last = stem.charAt(stem.length() - 1);
        return last == 's' || last == 'с' || last == 'š';
    }

    /** The place's name less the first of {@code endings} it ends in. */
    private static String stem(String place, List<String> endings) {
        for (String ending : endings) {
            if (place.endsWith(ending)) {
                return place.substring(0, place.length() - ending.length());
            }
        }
        return place;
    }
}
