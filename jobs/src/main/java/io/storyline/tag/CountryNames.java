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
 * The names of every country and territory, and of the continents, in the gazetteer's languages, from
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

    /** {@code entries} with every territory's names added, each name in a language used by one entry at most. */
    static List<Gazetteer.Entry> addTo(List<Gazetteer.Entry> entries) {
        Set<String> languages = new TreeSet<>();
        entries.forEach(e -> languages.addAll(e.names().keySet()));
        Map<String, LocaleDisplayNames[]> displays = new HashMap<>();
        for (String lang : languages) {
            ULocale locale = new ULocale(lang);
            displays.put(lang, new LocaleDisplayNames[] {LocaleDisplayNames.getInstance(locale),
                    LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT)});
        }
        List<Map<String, Set<String>>> merged = new ArrayList<>();
        Map<String, Integer> owner = new HashMap<>();
        for (Gazetteer.Entry e : entries) {
            Map<String, Set<String>> names = new LinkedHashMap<>();
            e.names().forEach((lang, aliases) -> {
                names.put(lang, new LinkedHashSet<>(aliases));
                aliases.forEach(a -> owner.putIfAbsent(key(lang, a), merged.size()));
            });
            merged.add(names);
        }
        List<String> ids = new ArrayList<>(entries.stream().map(Gazetteer.Entry::id).toList());
        List<String> types = new ArrayList<>(entries.stream().map(Gazetteer.Entry::type).toList());
        List<String> regions = new ArrayList<>(List.of(ULocale.getISOCountries()));
        regions.addAll(CONTINENTS);
        for (String region : regions) {
            Map<String, Set<String>> names = new LinkedHashMap<>();
            for (String lang : languages) {
                for (LocaleDisplayNames display : displays.get(lang)) {
                    String name = display.regionDisplayName(region);
                    // ICU answers the code itself where its data has no name.
                    if (name != null && !name.equals(region) && !DESCRIPTIVE.matcher(name).find() && !shortStem(name, lang)) {
                        names.computeIfAbsent(lang, l -> new LinkedHashSet<>()).add(name);
                    }
                }
            }
            Set<Integer> met = new TreeSet<>();
            names.forEach((lang, aliases) -> aliases.forEach(a -> {
                Integer o = owner.get(key(lang, a));
                if (o != null) {
                    met.add(o);
                }
            }));
            if (met.size() > 1 || met.size() == 1 && !"LOC".equals(types.get(met.iterator().next()))) {
                continue; // its names belong to several entries, or to something that is not a place
            }
            int target = met.isEmpty() ? merged.size() : met.iterator().next();
            if (met.isEmpty()) {
                String english = displays.get("en")[0].regionDisplayName(region);
                merged.add(new LinkedHashMap<>());
                ids.add("LOC-" + english.replaceAll("[^\\p{L}\\p{N}]+", "-"));
                types.add("LOC");
            }
            names.forEach((lang, aliases) -> aliases.forEach(a -> {
                if (owner.putIfAbsent(key(lang, a), target) == null) {
                    merged.get(target).computeIfAbsent(lang, l -> new LinkedHashSet<>()).add(a);
                }
            }));
        }
        List<Gazetteer.Entry> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            Map<String, List<String>> names = new LinkedHashMap<>();
            merged.get(i).forEach((lang, aliases) -> names.put(lang, List.copyOf(aliases)));
            if (!names.isEmpty()) {
                out.add(i < entries.size() && names.equals(entries.get(i).names()) ? entries.get(i)
                        : new Gazetteer.Entry(ids.get(i), types.get(i), Collections.unmodifiableMap(names)));
            }
        }
        return out;
    }

    /**
     * A one-word name whose match stem has fewer than four letters: stems that short meet common words
     * and given names (Czech "Paní" and Panama's "pan", "PR" and Peru's "pr"; Russian "Кенни" and Kenya's).
     */
    private static boolean shortStem(String name, String lang) {
        return name.indexOf(' ') < 0 && !name.equals(name.toUpperCase(Locale.ROOT)) && Stems.of(name, lang).length() < 4;
    }

    private static String key(String lang, String name) {
        return lang + "\u0000" + name.toLowerCase(Locale.ROOT);
    }
}
