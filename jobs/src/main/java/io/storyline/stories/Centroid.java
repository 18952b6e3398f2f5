package io.storyline.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The centre of a growing story: the sum of its articles' unit vectors, cross-lingual part
 * and one language-specific part per language, with its time span. Stories are compared through
 * their centroids, never through their closest pair of articles, so a chain of pairwise
 * resemblances cannot pull a story into another event.
 */
final class Centroid {
    private final Map<Long, Double> cross = new HashMap<>();
    private final Map<String, Map<Long, Double>> terms = new TreeMap<>();
    private final Map<String, Double> termNorm2 = new TreeMap<>();
    private double crossNorm2;
    /** The sum of the articles' encoder unit vectors (null until one has a vector), and its squared norm. */
    private double[] embeddings;
    private double embeddingNorm2;
    private final Map<String, Integer> termCount = new TreeMap<>();
    private int embeddingCount;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int size;

    void add(StoryVector v, String lang, long time) {
        Map<Long, Double> langTerms = terms.computeIfAbsent(lang, l -> new HashMap<>());
        double n2 = termNorm2.getOrDefault(lang, 0.0);
        for (int i = 0; i < v.keys().length; i++) {
            long key = v.keys()[i];
            boolean x = Features.kindOf(key).crossLingual();
            double norm = x ? v.normX() : v.normL();
            if (norm == 0) {
                continue;
            }
            double w = v.weights()[i] / norm;
            Map<Long, Double> target = x ? cross : langTerms;
            double old = target.getOrDefault(key, 0.0);
            target.put(key, old + w);
            double delta = (old + w) * (old + w) - old * old;
            if (x) {
                crossNorm2 += delta;
            } else {
                n2 += delta;
            }
        }
        termNorm2.put(lang, n2);
        termCount.merge(lang, v.normL() > 0 ? 1 : 0, Integer::sum);
        embeddingCount += v.embedding() != null ? 1 : 0;
        if (v.embedding() != null) {
            if (embeddings == null) {
                embeddings = new double[v.embedding().length];
            }
            Embedding.addUnit(v.embedding(), embeddings);
            embeddingNorm2 = norm2(embeddings);
        }
        first = Math.min(first, time);
        last = Math.max(last, time);
        size++;
    }

    void addAll(Centroid other) {
        for (Map.Entry<Long, Double> e : other.cross.entrySet()) {
            double old = cross.getOrDefault(e.getKey(), 0.0);
            double now = old + e.getValue();
            cross.put(e.getKey(), now);
            crossNorm2 += now * now - old * old;
        }
        for (Map.Entry<String, Map<Long, Double>> lang : other.terms.entrySet()) {
            Map<Long, Double> mine = terms.computeIfAbsent(lang.getKey(), l -> new HashMap<>());
            double n2 = termNorm2.getOrDefault(lang.getKey(), 0.0);
            for (Map.Entry<Long, Double> e : lang.getValue().entrySet()) {
                double old = mine.getOrDefault(e.getKey(), 0.0);
                double now = old + e.getValue();
                mine.put(e.getKey(), now);
                n2 += now * now - old * old;
            }
            termNorm2.put(lang.getKey(), n2);
        }
        other.termCount.forEach((lang, n) -> termCount.merge(lang, n, Integer::sum));
        embeddingCount += other.embeddingCount;
        if (other.embeddings != null) {
            if (embeddings == null) {
                embeddings = new double[other.embeddings.length];
            }
            for (int i = 0; i < embeddings.length; i++) {
                embeddings[i] += other.embeddings[i];
            }
            embeddingNorm2 = norm2(embeddings);
        }
        first = Math.min(first, other.first);
        last = Math.max(last, other.last);
        size += other.size;
    }

    /** Seconds between the two spans, 0 when they overlap. */
    long gap(long otherFirst, long otherLast) {
        return Math.max(0, Math.max(first, otherFirst) - Math.min(last, otherLast));
    }

    /** Similarity of one article to this story. */
    double similarity(StoryVector v, String lang, long time, Similarity sim) {
        double dotX = 0;
        double dotL = 0;
        Map<Long, Double> langTerms = terms.get(lang);
        for (int i = 0; i < v.keys().length; i++) {
            long key = v.keys()[i];
            if (Features.kindOf(key).crossLingual()) {
                dotX += v.weights()[i] * cross.getOrDefault(key, 0.0);
            } else if (langTerms != null) {
                dotL += v.weights()[i] * langTerms.getOrDefault(key, 0.0);
            }
        }
        double cosX = StoryVector.ratio(dotX, v.normX() * Math.sqrt(crossNorm2));
        boolean termsCompare = langTerms != null && v.normL() > 0 && termNorm2.get(lang) > 0;
        double cosL = termsCompare ? StoryVector.ratio(dotL, v.normL() * Math.sqrt(termNorm2.get(lang))) : 0;
        double cosE = v.embedding() == null || embeddings == null ? Double.NaN
                : Embedding.cosine(v.embedding(), embeddings, embeddingNorm2);
        return sim.overTime(sim.content(cosX, cosL, termsCompare, cosE), gap(time, time));
    }

    /** Similarity of two stories, centroid to centroid. */
    double similarity(Centroid other, Similarity sim) {
        double cosX = StoryVector.ratio(dot(cross, other.cross), Math.sqrt(crossNorm2 * other.crossNorm2));
        double dotL = 0;
        double normA = 0;
        double normB = 0;
        boolean shared = false;
        for (Map.Entry<String, Map<Long, Double>> lang : terms.entrySet()) {
            Map<Long, Double> theirs = other.terms.get(lang.getKey());
            if (theirs != null && termNorm2.get(lang.getKey()) > 0 && other.termNorm2.get(lang.getKey()) > 0) {
                shared = true;
                dotL += dot(lang.getValue(), theirs);
                normA += termNorm2.get(lang.getKey());
                normB += other.termNorm2.get(lang.getKey());
            }
        }
        double cosL = StoryVector.ratio(dotL, Math.sqrt(normA * normB));
        double cosE = embeddings == null || other.embeddings == null ? Double.NaN
                : StoryVector.ratio(dot(embeddings, other.embeddings), Math.sqrt(embeddingNorm2 * other.embeddingNorm2));
        return sim.overTime(sim.content(cosX, cosL, shared, cosE), gap(other.first, other.last));
    }

    /**
     * The mean content similarity of the two stories' articles, pair by pair across them (average linkage),
     * time aside. Each sum holds its articles' vectors divided by their norms, so the dot product of two sums
     * divided by the number of pairs is the mean of the pairs' cosines, part by part (terms: over the pairs
     * that compare terms). Where the centroids' cosine says what the two stories have in common, this says how
     * much of each article the other story's articles share: two stories of one broad topic (a president's
     * week, a pandemic's) have alike centroids and weakly alike articles. It is exactly the mean of the pair
     * similarities when every pair compares terms and, with the encoder, has both vectors; otherwise the parts'
     * means are mixed as for such a pair (and the encoder's floor is applied to the mean of its cosines).
     */
    double meanSimilarity(Centroid other, Similarity sim) {
        // An article without cross-lingual evidence scores 0 with every article on that part, as in a pair.
        double cosX = dot(cross, other.cross) / ((double) size * other.size);
        double dotL = 0;
        double pairs = 0;
        for (Map.Entry<String, Map<Long, Double>> lang : terms.entrySet()) {
            Map<Long, Double> theirs = other.terms.get(lang.getKey());
            int mine = termCount.getOrDefault(lang.getKey(), 0);
            int their = other.termCount.getOrDefault(lang.getKey(), 0);
            if (theirs != null && mine > 0 && their > 0) {
                dotL += dot(lang.getValue(), theirs);
                pairs += (double) mine * their;
            }
        }
        double cosL = pairs > 0 ? dotL / pairs : 0;
        double cosE = embeddingCount == 0 || other.embeddingCount == 0 ? Double.NaN
                : dot(embeddings, other.embeddings) / ((double) embeddingCount * other.embeddingCount);
        return sim.content(cosX, cosL, pairs > 0, cosE);
    }

    private static double norm2(double[] v) {
        return dot(v, v);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double dot(Map<Long, Double> a, Map<Long, Double> b) {
        if (a.size() > b.size()) {
            return dot(b, a);
        }
        double sum = 0;
        for (Map.Entry<Long, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }
}
