package io.storyline.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The people, organisations and places that synthetic stories are about. People are combined
 * from first names and surnames ({@code people.tsv}), organisations and places are listed by hand
 * with their spelling per language ({@code organisations.tsv}, {@code places.tsv}).
 *
 * <p>Each list is ordered by popularity: entities are drawn with a Zipf law over their rank, so a
 * few names (the "Putin" of the synthetic world) appear in many unrelated events.
 */
final class EntityCatalog {
    /** Latin-script languages use the Latin spelling unless a column gives another. */
    static final List<String> CYRILLIC = List.of("ru", "bg", "uk", "sr", "mk");

    final List<Entity> people;
    final List<Entity> organisations;
    final List<Entity> places;

    private EntityCatalog(List<Entity> people, List<Entity> organisations, List<Entity> places) {
        this.people = people;
        this.organisations = organisations;
        this.places = places;
    }

    static EntityCatalog load(int peopleCount) {
        return new EntityCatalog(loadPeople(peopleCount), loadOrganisations(), loadPlaces());
    }

    private static List<Entity> loadPeople(int count) {
        List<String[]> firstNames = new ArrayList<>();
        List<String[]> surnames = new ArrayList<>();
        for (String[] row : rows("/synth/people.tsv")) {
            if (row[0].equals("first")) {
                firstNames.add(row); // first, gender m|f, latin, cyrillic
            } else {
                surnames.add(row); // last, latin m, cyrillic m, latin f, cyrillic f
            }
        }
        // A fixed seed: the world's people do not change with the crawl seed, so that runs with
        // different seeds still share a vocabulary of names.
        SplittableRandom random = new SplittableRandom(0x5EED_BEEFL);
        List<Entity> people = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int max = Math.min(count, firstNames.size() * surnames.size());
        while (people.size() < max) {
            String[] first = firstNames.get(random.nextInt(firstNames.size()));
            String[] last = surnames.get(random.nextInt(surnames.size()));
            boolean female = first[1].equals("f");
            String latin = first[2] + " " + (female ? last[3] : last[1]);
            if (!seen.add(latin)) {
                continue;
            }
            String cyrillic = first[3] + " " + (female ? last[4] : last[2]);
            Map<String, String> names = new HashMap<>();
            names.put("en", latin);
            for (String lang : CYRILLIC) {
                names.put(lang, cyrillic);
            }
            String key = "PER-" + latin.toLowerCase(Locale.ROOT).replace(' ', '-');
            people.add(new Entity(key, "PER", female, Map.copyOf(names), Map.of()));
        }
        return List.copyOf(people);
    }

    private static List<Entity> loadOrganisations() {
        List<String[]> rows = rows("/synth/organisations.tsv");
        String[] header = rows.get(0);
        List<Entity> out = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < header.length && i < row.length; i++) {
                if (!row[i].equals("-")) {
                    names.put(header[i], row[i]);
                }
            }
            for (String lang : CYRILLIC) {
                names.putIfAbsent(lang, names.get("ru"));
            }
            out.add(new Entity("ORG-" + slug(row[0]), "ORG", false, Map.copyOf(names), Map.of()));
        }
        return List.copyOf(out);
    }

    /**
     * Columns: kind, en, de, fr, es, it, ru, ru_prep, bg, then optional de_in, fr_in, it_in, es_in
     * for countries whose locative is irregular ("in der Türkei", "en France").
     */
    private static List<Entity> loadPlaces() {
        List<String[]> rows = rows("/synth/places.tsv");
        List<Entity> out = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            String en = row[1];
            String de = row[2];
            String fr = row[3];
            String es = row[4];
            String it = row[5];
            String ru = row[6];
            String bg = row[8];
            Map<String, String> names = Map.of("en", en, "de", de, "fr", fr, "es", es, "it", it, "ru", ru, "bg", bg);
            Map<String, String> in = new HashMap<>();
            in.put("en", "in " + en);
            in.put("de", column(row, 9, "in " + de));
            in.put("fr", column(row, 10, "à " + fr));
            in.put("it", column(row, 11, "a " + it));
            in.put("es", column(row, 12, "en " + es));
            String ruPrep = row[7];
            in.put("ru", (startsWithCluster(ruPrep) ? "во " : "в ") + ruPrep);
            char b = Character.toLowerCase(bg.charAt(0));
            in.put("bg", (b == 'в' || b == 'ф' ? "във " : "в ") + bg);
            out.add(new Entity("LOC-" + slug(en), "LOC", false, names, Map.copyOf(in)));
        }
        return List.copyOf(out);
    }

    // Russian uses "во" before в/ф followed by a consonant ("во Франции", "во Владивостоке").
    private static boolean startsWithCluster(String word) {
        if (word.length() < 2) {
            return false;
        }
        char c0 = Character.toLowerCase(word.charAt(0));
        char c1 = Character.toLowerCase(word.charAt(1));
        return (c0 == 'в' || c0 == 'ф') && "аеёиоуыэюя".indexOf(c1) < 0;
    }

    private static String column(String[] row, int i, String fallback) {
        return i < row.length && !row[i].equals("-") && !row[i].isBlank() ? row[i] : fallback;
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = EntityCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
