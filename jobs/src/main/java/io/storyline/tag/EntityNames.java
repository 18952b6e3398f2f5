package io.storyline.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Names and type of an entity from its mentions' counts: the display name is the most frequent
 * Latin-script base form (else the gazetteer's English name, else the most frequent base form
 * romanised); ties go to the alphabetically first, so the choice is deterministic. A person is named
 * in full where the mentions ever give a full name: news names a person once in full and then by the
 * surname, which would otherwise win ("Matthias Vogler", not "Vogler").
 */
final class EntityNames {
    private EntityNames() {}

    /** A count of one value. */
    record Counted(String lang, String value, long n) {}

    /**
     * @param row entity_id, forms (lang, base_form, n), types (type, n), doc_count, languages, first_seen, last_seen
     */
    static Row entityRow(Row row, Map<String, String> englishByEntityId) {
        String id = row.getAs("entity_id");
        List<Counted> forms = new ArrayList<>();
        for (Row f : row.<Row>getList(row.fieldIndex("forms"))) {
            forms.add(new Counted(f.getString(0), f.getString(1), f.getLong(2)));
        }
        List<Counted> types = new ArrayList<>();
        for (Row t : row.<Row>getList(row.fieldIndex("types"))) {
            types.add(new Counted("", t.getString(0), t.getLong(1)));
        }
        Map<String, String> names = new TreeMap<>();
        Map<String, List<Counted>> byLang = new TreeMap<>();
        for (Counted c : forms) {
            byLang.computeIfAbsent(c.lang() == null ? "und" : c.lang(), k -> new ArrayList<>()).add(c);
        }
        String type = top(types);
        boolean person = "PER".equals(type);
        byLang.forEach((lang, counted) -> names.put(lang, name(counted, person)));
        return RowFactory.create(id, displayName(forms, englishByEntityId.get(id), person), type,
                scala.collection.JavaConverters.mapAsScalaMapConverter(names).asScala(),
                row.getLong(row.fieldIndex("doc_count")), null,
                row.getList(row.fieldIndex("languages")).toArray(new String[0]),
                row.get(row.fieldIndex("first_seen")), row.get(row.fieldIndex("last_seen")));
    }

    static String displayName(List<Counted> forms, String gazetteerEnglish, boolean person) {
        Map<String, Long> latin = new TreeMap<>();
        Map<String, Long> all = new TreeMap<>();
        Map<String, String> langOf = new TreeMap<>();
        // The form's language picks its romanisation, so it must not depend on the order Spark
        // collected the forms in: the language that wrote the form most often, ties alphabetical.
        List<Counted> ordered = new ArrayList<>(forms);
        ordered.sort(java.util.Comparator.comparing(Counted::value).thenComparing(Counted::n, java.util.Comparator.reverseOrder())
                .thenComparing(c -> c.lang() == null ? "" : c.lang()));
        for (Counted c : ordered) {
            all.merge(c.value(), c.n(), Long::sum);
            langOf.putIfAbsent(c.value(), c.lang());
            if (isLatin(c.value())) {
                latin.merge(c.value(), c.n(), Long::sum);
            }
        }
        if (!latin.isEmpty()) {
            return argMax(namesOf(latin, person));
        }
        if (gazetteerEnglish != null) {
            return gazetteerEnglish;
        }
        String top = argMax(namesOf(all, person));
        return EntityKeys.latin(top, langOf.get(top));
    }

    /** A language's name of an entity: its most frequent form, a person's most frequent full name where there is one. */
    static String name(List<Counted> counted, boolean person) {
        return argMax(namesOf(sums(counted), person));
    }

    /** For a person, the forms of two or more words if there are any; else all of them. */
    private static Map<String, Long> namesOf(Map<String, Long> counts, boolean person) {
        if (!person) {
            return counts;
        }
        Map<String, Long> full = new TreeMap<>();
        counts.forEach((value, n) -> {
            if (isFullName(value)) {
                full.put(value, n);
            }
        });
        return full.isEmpty() ? counts : full;
    }

    private static boolean isFullName(String value) {
        return value.trim().indexOf(' ') > 0;
    }

    /** The most frequent value, summed over languages; ties to the alphabetically first. */
    static String top(List<Counted> counted) {
        return argMax(sums(counted));
    }

    private static Map<String, Long> sums(List<Counted> counted) {
        Map<String, Long> sums = new TreeMap<>();
        for (Counted c : counted) {
            sums.merge(c.value(), c.n(), Long::sum);
        }
        return sums;
    }

    private static String argMax(Map<String, Long> sorted) {
        String best = null;
        long n = -1;
        for (Map.Entry<String, Long> e : sorted.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    static boolean isLatin(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            }
        }
        return letter;
    }
}
