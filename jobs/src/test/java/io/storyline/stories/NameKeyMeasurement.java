package io.storyline.stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Measures surname keys ({@link NameKey#of} against the key before it (the tag stage's phonetic key of the last word, v/w/f folded)) on the SlavicNER gold persons
 * in ../shared/data/entities-dev/ner and on the press renderings of {@link NameKeyTest#GROUPS}: how often the
 * spellings of one person meet, and how often two people collide. Not a test; run by hand (docs/multilingual.md):
 *
 * <pre>
 * java -cp jobs/target/classes:jobs/target/test-classes:$(cat cp.txt) io.storyline.stories.NameKeyMeasurement ../shared
 * </pre>
 */
public final class NameKeyMeasurement {

    /** One surname spelling: the language it was written in and the last word of a full name. */
    record Spelling(String lang, String surname) {}

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Map<String, Set<Spelling>> gold = slavicNerSurnames(shared.resolve("data/entities-dev/ner"));
        Map<String, Set<Spelling>> press = new TreeMap<>();
        for (int g = 0; g < NameKeyTest.GROUPS.size(); g++) {
            Set<Spelling> spellings = new HashSet<>();
            for (String r : NameKeyTest.GROUPS.get(g)) {
                int colon = r.indexOf(':');
                spellings.add(new Spelling(r.substring(0, colon), r.substring(colon + 1)));
            }
            press.put(String.format(Locale.ROOT, "group-%02d", g), spellings);
        }
        System.out.printf(Locale.ROOT, "SlavicNER: %d persons with a full name, %d surname spellings%n", gold.size(),
                gold.values().stream().mapToInt(Set::size).sum());
        report("SlavicNER", gold, "phonetic surname (before)", NameKeyMeasurement::phoneticSurname);
        report("SlavicNER", gold, "NameKey.of", NameKey::of);
        report("press groups", press, "phonetic surname (before)", NameKeyMeasurement::phoneticSurname);
        report("press groups", press, "NameKey.of", NameKey::of);
    }

    /** Gold id → the (language, last word) of each PER base form of two or more words. */
    static Map<String, Set<Spelling>> slavicNerSurnames(Path ner) throws IOException {
        Map<String, Set<Spelling>> byId = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ner)) {
            files = walk.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path file : files) {
            String lang = file.getParent().getFileName().toString();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                // start, end, surface, base form, type, cross-lingual id
                if (cols.length < 6 || !cols[4].equals("PER") || !cols[5].startsWith("PER-")) {
                    continue;
                }
                String[] words = cols[3].strip().split("\\s+");
                // A one-word mention may be a first name; the last word of a full name is the surname.
                if (words.length < 2) {
                    continue;
                }
                byId.computeIfAbsent(cols[5], k -> new HashSet<>()).add(new Spelling(lang, words[words.length - 1]));
            }
        }
        return byId;
    }

    static void report(String set, Map<String, Set<Spelling>> byId, String keyName,
                       BiFunction<String, String, String> keyOf) {
        long pairs = 0;
        long met = 0;
        int multi = 0;
        int oneKey = 0;
        Map<String, Set<String>> idsByKey = new HashMap<>();
        int noKey = 0;
        for (Map.Entry<String, Set<Spelling>> person : byId.entrySet()) {
            List<Spelling> spellings = new ArrayList<>(person.getValue());
            List<String> keys = new ArrayList<>();
            for (Spelling s : spellings) {
                String key = keyOf.apply(s.surname(), s.lang());
                keys.add(key);
                if (key == null) {
                    noKey++;
                    continue;
                }
                idsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(person.getKey());
            }
            // Pairs of different spellings of one person's surname.
            Set<String> distinct = new HashSet<>();
            for (int i = 0; i < spellings.size(); i++) {
                for (int j = i + 1; j < spellings.size(); j++) {
                    String a = spellings.get(i).surname().toLowerCase(Locale.ROOT);
                    String b = spellings.get(j).surname().toLowerCase(Locale.ROOT);
                    if (a.equals(b)) {
                        continue;
                    }
                    pairs++;
                    if (keys.get(i) != null && keys.get(i).equals(keys.get(j))) {
                        met++;
                    }
                }
                distinct.add(spellings.get(i).surname().toLowerCase(Locale.ROOT));
            }
            if (distinct.size() > 1) {
                multi++;
                if (new HashSet<>(keys).size() == 1 && keys.get(0) != null) {
                    oneKey++;
                }
            }
        }
        // Pairs of different people whose surnames share a key. A gold id ends with the person's surname in
        // Latin letters ("PER-Kamala-Harris"): pairs whose ids end alike are namesakes, which no surname key
        // can tell apart; the others are false collisions.
        long collidingPairs = 0;
        long falsePairs = 0;
        for (Set<String> ids : idsByKey.values()) {
            List<String> list = new ArrayList<>(ids);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    collidingPairs++;
                    if (!idSurname(list.get(i)).equals(idSurname(list.get(j)))) {
                        falsePairs++;
                    }
                }
            }
        }
        long people = byId.size();
        System.out.printf(Locale.ROOT, "%-13s %-20s meet: %d/%d spelling pairs (%.1f%%), %d/%d people with one key; "
                        + "collisions: %d person pairs share a key, %d of them not namesakes (%.4f%% of %d pairs); "
                        + "%d spellings without a key%n",
                set, keyName, met, pairs, 100.0 * met / Math.max(1, pairs), oneKey, multi, collidingPairs, falsePairs,
                100.0 * falsePairs / Math.max(1, people * (people - 1) / 2), people * (people - 1) / 2, noKey);
    }

    private static String idSurname(String id) {
        String last = id.substring(id.lastIndexOf('-') + 1);
        return Normalizer.normalize(last, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The stories stage's surname key before {@link NameKey}: kept here to measure the change. */
    static String phoneticSurname(String name, String lang) {
        String phonetic = io.storyline.tag.EntityKeys.phonetic(name, lang);
        String last = phonetic.substring(phonetic.lastIndexOf(' ') + 1).replace('v', 'f');
        return last.length() < 3 ? null : last;
    }
}
