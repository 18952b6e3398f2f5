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
 * romanised); ties go to the alphabetically first, so the choice is deterministic.
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
        byLang.forEach((lang, counted) -> names.put(lang, top(counted)));
        return RowFactory.create(id, displayName(forms, englishByEntityId.get(id)), top(types),
                scala.collection.JavaConverters.mapAsScalaMapConverter(names).asScala(),
                row.getLong(row.fieldIndex("doc_count")), null,
                row.getList(row.fieldIndex("languages")).toArray(new String[0]),
                row.get(row.fieldIndex("first_seen")), row.get(row.fieldIndex("last_seen")));
    }

    static String displayName(List<Counted> forms, String gazetteerEnglish) {
        Map<String, Long> latin = new TreeMap<>();
        Map<String, Long> all = new TreeMap<>();
        Map<String, String> langOf = new TreeMap<>();
        for (Counted c : forms) {
            all.merge(c.value(), c.n(), Long::sum);
            langOf.putIfAbsent(c.value(), c.lang());
            if (isLatin(c.value())) {
                latin.merge(c.value(), c.n(), Long::sum);
            }
        }
        if (!latin.isEmpty()) {
            return argMax(latin);
        }
        if (gazetteerEnglish != null) {
            return gazetteerEnglish;
        }
        String top = argMax(all);
        return EntityKeys.latin(top, langOf.get(top));
    }

    /** The most frequent value, summed over languages; ties to the alphabetically first. */
    static String top(List<Counted> counted) {
        Map<String, Long> sums = new TreeMap<>();
        for (Counted c : counted) {
            sums.merge(c.value(), c.n(), Long::sum);
        }
        return argMax(sums);
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
