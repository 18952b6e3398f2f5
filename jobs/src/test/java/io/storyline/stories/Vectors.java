package io.storyline.stories;

import java.util.Arrays;
import java.util.TreeMap;

/** Test vectors: named features of a kind, weight 1 each, norms over exactly those features. */
final class Vectors {
    private Vectors() {}

    static StoryVector of(Features.Kind kind, String... features) {
        TreeMap<Long, Float> sorted = new TreeMap<>();
        for (String f : features) {
            sorted.put(Features.key(kind, f), 1f);
        }
        long[] keys = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
        float[] weights = new float[keys.length];
        Arrays.fill(weights, 1f);
        double norm = Math.sqrt(keys.length);
        return kind.crossLingual() ? new StoryVector(keys, weights, norm, 0, null) : new StoryVector(keys, weights, 0, norm, null);
    }

    /** Entity features weighted by IDF over {@code docs} articles; a feature not in {@code df} is in 2 of them. */
    static StoryVector weighted(java.util.Map<String, Integer> df, int docs, String... features) {
        TreeMap<Long, Float> sorted = new TreeMap<>();
        for (String f : features) {
            sorted.put(Features.key(Features.Kind.ENTITY, f), (float) StoryVector.idf(df.getOrDefault(f, 2), docs));
        }
        long[] keys = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
        float[] weights = new float[keys.length];
        double norm2 = 0;
        for (int i = 0; i < keys.length; i++) {
            weights[i] = sorted.get(keys[i]);
            norm2 += weights[i] * weights[i];
        }
        return new StoryVector(keys, weights, Math.sqrt(norm2), 0, null);
    }

    /** Entity and content-term features, weight 1 each, each part with its own norm. */
    static StoryVector mixed(String[] entities, String[] terms) {
        TreeMap<Long, Float> sorted = new TreeMap<>();
        for (String f : entities) {
            sorted.put(Features.key(Features.Kind.ENTITY, f), 1f);
        }
        for (String f : terms) {
            sorted.put(Features.key(Features.Kind.TERM, f), 1f);
        }
        long[] keys = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
        float[] weights = new float[keys.length];
        Arrays.fill(weights, 1f);
        return new StoryVector(keys, weights, Math.sqrt(entities.length), Math.sqrt(terms.length), null);
    }

    static StoryVector entities(String... ids) {
        return of(Features.Kind.ENTITY, ids);
    }
}
