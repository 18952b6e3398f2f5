package io.storyline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Story clustering quality against gold labels: pairwise and B-cubed precision and recall over
 * all articles, pairwise over cross-lingual pairs only, gold stories split and predicted stories
 * merged. Precision (recall) with no predicted (gold) pairs is 1.
 */
public final class StoryScores {
    /** One evaluated article: its gold story, predicted story and language. */
    public record Item(String gold, String predicted, String lang) {}

    public record Figures(int docs, double bcubedP, double bcubedR, double pairwiseP, double pairwiseR, double xlingP,
                          double xlingR, long goldPairs, long xlingGoldPairs, int goldStoriesSplit,
                          int predictedStoriesMerged) {
        public double bcubedF1() {
            return f1(bcubedP, bcubedR);
        }

        public double pairwiseF1() {
            return f1(pairwiseP, pairwiseR);
        }

        public double xlingF1() {
            return f1(xlingP, xlingR);
        }
    }

    private StoryScores() {}

    public static Figures score(List<Item> items) {
        Map<String, List<Item>> byPredicted = group(items, true);
        Map<String, List<Item>> byGold = group(items, false);
        Map<String, Map<String, List<Item>>> cells = new HashMap<>();
        for (Item it : items) {
            cells.computeIfAbsent(it.predicted(), k -> new HashMap<>()).computeIfAbsent(it.gold(), k -> new ArrayList<>()).add(it);
        }
        double bp = 0;
        double br = 0;
        for (Item it : items) {
            double both = cells.get(it.predicted()).get(it.gold()).size();
            bp += both / byPredicted.get(it.predicted()).size();
            br += both / byGold.get(it.gold()).size();
        }
        long truePairs = 0;
        long trueX = 0;
        for (Map<String, List<Item>> row : cells.values()) {
            for (List<Item> cell : row.values()) {
                truePairs += pairs(cell.size());
                trueX += crossPairs(cell);
            }
        }
        long predictedPairs = 0;
        long predictedX = 0;
        for (List<Item> cluster : byPredicted.values()) {
            predictedPairs += pairs(cluster.size());
            predictedX += crossPairs(cluster);
        }
        long goldPairs = 0;
        long goldX = 0;
        int split = 0;
        for (List<Item> story : byGold.values()) {
            goldPairs += pairs(story.size());
            goldX += crossPairs(story);
            if (distinct(story, true) > 1) {
                split++;
            }
        }
        int merged = 0;
        for (List<Item> cluster : byPredicted.values()) {
            if (distinct(cluster, false) > 1) {
                merged++;
            }
        }
        int n = Math.max(1, items.size());
        return new Figures(items.size(), bp / n, br / n, ratio(truePairs, predictedPairs), ratio(truePairs, goldPairs),
                ratio(trueX, predictedX), ratio(trueX, goldX), goldPairs, goldX, split, merged);
    }

    /** Gold story pairs (by id) that share a predicted story. */
    public static List<List<String>> mergedPairs(List<Item> items, List<List<String>> goldPairs) {
        Map<String, Set<String>> goldIn = new HashMap<>();
        for (Item it : items) {
            goldIn.computeIfAbsent(it.predicted(), k -> new HashSet<>()).add(it.gold());
        }
        List<List<String>> merged = new ArrayList<>();
        for (List<String> pair : goldPairs) {
            for (Set<String> golds : goldIn.values()) {
                if (golds.contains(pair.get(0)) && golds.contains(pair.get(1))) {
                    merged.add(pair);
                    break;
                }
            }
        }
        return merged;
    }

    private static Map<String, List<Item>> group(List<Item> items, boolean predicted) {
        Map<String, List<Item>> out = new HashMap<>();
        for (Item it : items) {
            out.computeIfAbsent(predicted ? it.predicted() : it.gold(), k -> new ArrayList<>()).add(it);
        }
        return out;
    }

    private static int distinct(List<Item> items, boolean predicted) {
        Set<String> ids = new HashSet<>();
        for (Item it : items) {
            ids.add(predicted ? it.predicted() : it.gold());
        }
        return ids.size();
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    /** Pairs of items in different languages. */
    private static long crossPairs(List<Item> items) {
        Map<String, Integer> perLang = new HashMap<>();
        for (Item it : items) {
            perLang.merge(it.lang(), 1, Integer::sum);
        }
        long same = 0;
        for (int c : perLang.values()) {
            same += pairs(c);
        }
        return pairs(items.size()) - same;
    }

    private static double ratio(long num, long den) {
        return den == 0 ? 1.0 : (double) num / den;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
