package io.storyline.stories;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A document's weighted features: the {@code size} heaviest keys (sorted by key) with their
 * TF-IDF weights, and the norms of its cross-lingual and its language-specific part over all of
 * its features, so that cosines stay true cosines when light features are cut; and its sentence
 * encoder vector ({@link Embedding}; null without an encoder).
 */
record StoryVector(long[] keys, float[] weights, double normX, double normL, byte[] embedding) implements Serializable {

    /** Relative weight of each kind of evidence (a match on a rare entity or number says more than on a term). */
    static double boost(Features.Kind kind) {
        return switch (kind) {
            case ENTITY -> 1.5;
            case NUMBER -> 1.2;
            case DATE -> 1.0;
            case WEEKDAY -> 0.8;
            case LATIN -> 1.0;
            case TERM -> 1.0;
        };
    }

    /**
     * Documents of an imagined background corpus that mentions none of the features: on a large
     * input it changes nothing, but on a handful of articles, where every feature is "common", it
     * keeps the evidence they share from weighing nothing (five articles all naming Putin and
     * Hollande are the same story, not noise).
     */
    static final double BACKGROUND_DOCS = 50;

    /** Inverse document frequency over the input plus the background; {@code df} below 1 counts as 1. */
    static double idf(long df, long docs) {
        return Math.log((docs + BACKGROUND_DOCS) / (Math.max(1, df) + 0.5));
    }

    /**
     * @param df document frequency of each key of {@code counts} (1 for a key no other document has)
     * @param size how many keys to keep; keys with df 1 match nothing and are only counted in the norms
     */
    static StoryVector of(Features.Counts counts, long[] df, long docs, int size, byte[] embedding) {
        int n = counts.keys().length;
        double[] w = new double[n];
        double normX = 0;
        double normL = 0;
        int shared = 0;
        for (int i = 0; i < n; i++) {
            Features.Kind kind = Features.kindOf(counts.keys()[i]);
            w[i] = (1 + Math.log(counts.tf()[i])) * idf(df[i], docs) * boost(kind);
            if (kind.crossLingual()) {
                normX += w[i] * w[i];
            } else {
                normL += w[i] * w[i];
            }
            if (df[i] > 1) {
                shared++;
            }
        }
        Integer[] order = new Integer[shared];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (df[i] > 1) {
                order[k++] = i;
            }
        }
        // Heaviest first, ties by key: deterministic whatever the input order.
        Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : Long.compare(counts.keys()[a], counts.keys()[b]));
        int kept = Math.min(size, shared);
        Integer[] top = Arrays.copyOf(order, kept);
        Arrays.sort(top, (a, b) -> Long.compare(counts.keys()[a], counts.keys()[b]));
        long[] keys = new long[kept];
        float[] weights = new float[kept];
        for (int i = 0; i < kept; i++) {
            keys[i] = counts.keys()[top[i]];
            weights[i] = (float) w[top[i]];
        }
        return new StoryVector(keys, weights, Math.sqrt(normX), Math.sqrt(normL), embedding);
    }

    /**
     * Cosine of the cross-lingual parts ([0]), of the language-specific parts ([1]) and of the
     * encoder vectors ([2], NaN when either has none).
     */
    double[] cosines(StoryVector other) {
        double dotX = 0;
        double dotL = 0;
        int i = 0;
        int j = 0;
        long[] a = keys;
        long[] b = other.keys;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                double p = (double) weights[i] * other.weights[j];
                if (Features.kindOf(a[i]).crossLingual()) {
                    dotX += p;
                } else {
                    dotL += p;
                }
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        double cosE = embedding == null || other.embedding == null ? Double.NaN : Embedding.cosine(embedding, other.embedding);
        return new double[] {ratio(dotX, normX * other.normX), ratio(dotL, normL * other.normL), cosE};
    }

    static double ratio(double dot, double norms) {
        return norms == 0 ? 0 : dot / norms;
    }
}
