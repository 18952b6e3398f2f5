package io.storyline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores of found mentions against gold ones: exact-span precision, recall and F1, type-agnostic
 * and typed; base-form accuracy on the span matches; and B-cubed F1 of entity keys against gold
 * cross-lingual ids on the span matches (pooled over languages, so that cross-lingual links count).
 * Types are scored twice: the mention's own, and its entity's (the majority over all the found
 * mentions of its entity id, as the {@code entities} table gives it).
 */
public final class EntityScore {
    private EntityScore() {}

    /** A gold or found mention; {@code entity} is the gold cross-lingual id or our entity_id. */
    public record Item(String doc, String lang, int start, int end, String type, String baseForm, String entity) {
        String span() {
            return doc + "\u0000" + start + "\u0000" + end;
        }
    }

    /** Precision, recall and F1 from counts. */
    public record Prf(long gold, long found, long correct) {
        public double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The figures of one language, or of all. */
    public record Figures(Prf span, Prf typed, long matched, long baseFormsRight, long entityTypesRight) {
        public double baseFormAccuracy() {
            return matched == 0 ? 0 : (double) baseFormsRight / matched;
        }

        /** Of the matched mentions, the share whose entity's majority type is the gold type. */
        public double entityTypeAccuracy() {
            return matched == 0 ? 0 : (double) entityTypesRight / matched;
        }

        /** Of the matched mentions, the share whose own type is the gold type. */
        public double mentionTypeAccuracy() {
            return matched == 0 ? 0 : (double) typed.correct() / matched;
        }
    }

    public record Result(Map<String, Figures> languages, Figures overall, double linkingPrecision, double linkingRecall) {
        public double linkingF1() {
            double p = linkingPrecision;
            double r = linkingRecall;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The gold types EVT (events) and PRO (products) count as MISC. */
    public static String mapType(String goldType) {
        return switch (goldType) {
            case "EVT", "PRO" -> "MISC";
            default -> goldType;
        };
    }

    public static Result score(List<Item> gold, List<Item> found) {
        Map<String, Item> goldBySpan = new HashMap<>();
        for (Item g : gold) {
            goldBySpan.put(g.span(), g);
        }
        Map<String, String> entityTypes = majorityTypes(found);
        Map<String, long[]> counts = new TreeMap<>();
        List<String[]> links = new ArrayList<>();
        for (Item g : gold) {
            counts.computeIfAbsent(g.lang(), k -> new long[7])[0]++;
        }
        for (Item f : found) {
            long[] c = counts.computeIfAbsent(f.lang(), k -> new long[7]);
            c[1]++;
            Item g = goldBySpan.get(f.span());
            if (g == null) {
                continue;
            }
            c[2]++;
            if (mapType(g.type()).equals(f.type())) {
                c[3]++;
            }
            if (normal(g.baseForm()).equals(normal(f.baseForm()))) {
                c[4]++;
            }
            if (mapType(g.type()).equals(entityTypes.get(f.entity()))) {
                c[5]++;
            }
            links.add(new String[] {g.entity(), f.entity()});
        }
        Map<String, Figures> languages = new TreeMap<>();
        long[] all = new long[7];
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            languages.put(e.getKey(), figures(c));
            for (int i = 0; i < all.length; i++) {
                all[i] += c[i];
            }
        }
        double[] bcubed = bcubed(links);
        return new Result(languages, figures(all), bcubed[0], bcubed[1]);
    }

    private static Figures figures(long[] c) {
        return new Figures(new Prf(c[0], c[1], c[2]), new Prf(c[0], c[1], c[3]), c[2], c[4], c[5]);
    }

    /** Per entity id, the type most of its found mentions have; ties go to the first type by name. */
    static Map<String, String> majorityTypes(List<Item> found) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Item f : found) {
            counts.computeIfAbsent(f.entity(), k -> new TreeMap<>()).merge(f.type(), 1L, Long::sum);
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((entity, types) -> out.put(entity,
                types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return out;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /**
     * B-cubed precision and recall of predicted clusters against gold ones, over pairs (gold id,
     * predicted id), one per item.
     */
    static double[] bcubed(List<String[]> items) {
        if (items.isEmpty()) {
            return new double[] {0, 0};
        }
        Map<String, Long> both = new HashMap<>();
        Map<String, Long> goldSize = new HashMap<>();
        Map<String, Long> predSize = new HashMap<>();
        for (String[] it : items) {
            both.merge(it[0] + "\u0000" + it[1], 1L, Long::sum);
            goldSize.merge(it[0], 1L, Long::sum);
            predSize.merge(it[1], 1L, Long::sum);
        }
        double p = 0;
        double r = 0;
        for (String[] it : items) {
            double shared = both.get(it[0] + "\u0000" + it[1]);
            p += shared / predSize.get(it[1]);
            r += shared / goldSize.get(it[0]);
        }
        return new double[] {p / items.size(), r / items.size()};
    }
}
