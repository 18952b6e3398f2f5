package io.storyline.tag;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names of every country and territory, and of the continents, in the gazetteer's languages and those
 * documents are tagged in (a Spanish, Turkish or Arabic text names any country, whatever the files list), from
 * the CLDR data that ICU4J carries (Unicode licence): its standard and short display names ("Philippinen",
 * "Филипини", "Filipíny"; "UK" beside "United Kingdom"). The hand-written places file names about 70 countries;
 * news names all of them, so these are taken from the library rather than written out. A territory whose
 * names meet those of one bundled entry in the same language adds its missing names to that entry (its id
 * stays); the others become entries of their own, {@code LOC-} and the English name.
 */
final class CountryNames {
    /** Continents and Latin America ("Americas" is left out: German and Polish call it what they call the USA). */
    private static final List<String> CONTINENTS = List.of("002", "009", "142", "150", "419");
    /** Names with these are descriptions ("Bosnia & Herzegovina", "Cocos (Keeling) Islands", "Congo - Kinshasa"). */
    private static final Pattern DESCRIPTIVE = Pattern.compile("[&(),\\d]| - ");

    private CountryNames() {}

    /**
     * {@code entries} with every territory's names added in their languages and in {@code documentLanguages},
     * each name in a language used by one entry at most.
     */
    static List<Gazetteer.Entry> addTo(List<Gazetteer.Entry> entries, List<String> documentLanguages) {
        Set<String> languages = new TreeSet<>(documentLanguages);
        languages.add("en"); // new entries are named by their English name
        entries.forEach(e -> languages.addAll(e.names().keySet()));
        Map<String, LocaleDisplayNames[]> displays = new HashMap<>();
        for (String lang : languages) {
            ULocale locale = new ULocale(lang);
            displays.put(lang, new LocaleDisplayNames[] {LocaleDisplayNames.getInstance(locale),
                    LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT)});
        }
        List<Draft> drafts = new ArrayList<>();
        Map<String, Draft> owner = new HashMap<>();
        for (Gazetteer.Entry e : entries) {
            Draft d = new Draft(e.id(), e.type(), e);
            e.names().forEach((lang, aliases) -> {
                d.names.put(lang, new LinkedHashSet<>(aliases));
                aliases.forEach(a -> owner.putIfAbsent(key(lang, a), d));
            });
            drafts.add(d);
        }
        List<String> regions = new ArrayList<>(List.of(ULocale.getISOCountries()));
        regions.addAll(CONTINENTS);
        for (String region : regions) {
            Map<String, Set<String>> names = new LinkedHashMap<>();
            for (String lang : languages) {
                for (LocaleDisplayNames display : displays.get(lang)) {
                    String name = display.regionDisplayName(region);
                    // ICU answers the code itself where its data has no name.
                    if (name != null && !name.equals(region) && !DESCRIPTIVE.matcher(name).find() && !shortStem(name, lang)
                            && !namesAPerson(name, lang)) {
                        names.computeIfAbsent(lang, l -> new LinkedHashSet<>()).add(name);
                    }
                }
            }
            Set<Draft> met = new LinkedHashSet<>();
            names.forEach((lang, aliases) -> aliases.forEach(a -> {
                Draft o = owner.get(key(lang, a));
                if (o != null) {
                    met.add(o);
                }
            }));
            if (names.isEmpty() || met.size() > 1 || met.size() == 1 && !"LOC".equals(met.iterator().next().type)) {
                continue; // no name, or its names belong to several entries, or to something that is not a place
            }
            Draft target = met.isEmpty() ? null : met.iterator().next();
            if (target == null) {
                String english = displays.get("en")[0].regionDisplayName(region);
                target = new Draft("LOC-" + english.replaceAll("[^\\p{L}\\p{N}]+", "-"), "LOC", null);
                drafts.add(target);
            }
            Draft into = target;
            names.forEach((lang, aliases) -> aliases.forEach(a -> {
                if (owner.putIfAbsent(key(lang, a), into) == null) {
                    into.names.computeIfAbsent(lang, l -> new LinkedHashSet<>()).add(a);
                    into.grown = true;
                }
            }));
        }
        return drafts.stream().map(Draft::entry).toList();
    }

    /** An entry being merged: the file's entry it started from (null for a new territory), and whether names were added. */
    private static final class Draft {
        final String id;
        final String type;
        final Gazetteer.Entry original;
        final Map<String, Set<String>> names = new LinkedHashMap<>();
        boolean grown;

        Draft(String id, String type, Gazetteer.Entry original) {
            this.id = id;
            this.type = type;
            this.original = original;
        }

        Gazetteer.Entry entry() {
            if (original != null && !grown) {
                return original;
            }
            Map<String, List<String>> out = new LinkedHashMap<>();
            names.forEach((lang, aliases) -> out.put(lang, List.copyOf(aliases)));
            return new Gazetteer.Entry(id, type, Collections.unmodifiableMap(out));
        }
    }

    /**
     * A one-word name whose stem has fewer than four letters: stems that short meet common words and given
     * names (Czech "Paní" and Panama's "pan", "PR" and Peru's "pr"; Russian "Кенни" and Kenya's). Counted
     * without Polish's written-out alternations, which lengthen "Peru" to "perz".
     */
    private static boolean shortStem(String name, String lang) {
        return name.indexOf(' ') < 0 && !GazetteerIndex.spelledOut(name) && Stems.withoutEnding(name, lang).length() < 4;
    }

    /**
     * A name with a given name of its language in it: news means the person or the saint's place far more often than
     * the territory (Spanish "Mauricio" for Mauritius, "San Martín" for Saint Martin, "Santa Lucía").
     */
    private static boolean namesAPerson(String name, String lang) {
        List<String> given = Gazetteer.givenNames().getOrDefault(lang, List.of());
        return Words.split(name).stream().anyMatch(given::contains);
    }

    private static String key(String lang, String name) {
        return lang + "\u0000" + name.toLowerCase(Locale.ROOT);
    }
}
