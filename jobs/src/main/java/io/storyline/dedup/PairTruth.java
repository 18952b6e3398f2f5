package io.storyline.dedup;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Ground truth for dedup evaluation: every pair of documents whose exact shingle Jaccard is at or
 * above a threshold, by brute force. The only pruning is exact: J(A, B) ≤ min(|A|,|B|) / max(|A|,|B|),
 * so pairs whose set sizes differ more than the threshold allows are skipped without approximation.
 */
public final class PairTruth {
    private PairTruth() {}

    /** An unordered pair of document indexes, smaller first. */
    public record Pair(int a, int b) {
        public static Pair of(int x, int y) {
            return x < y ? new Pair(x, y) : new Pair(y, x);
        }
    }

    /** Pairs with exact Jaccard ≥ threshold among the given shingle sets (sorted, distinct). */
    public static Set<Pair> pairsAtOrAbove(List<long[]> shingles, double threshold) {
        Integer[] bySize = IntStream.range(0, shingles.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(bySize, Comparator.comparingInt(i -> shingles.get(i).length));
        List<Set<Pair>> perRow = IntStream.range(0, bySize.length).parallel().mapToObj(x -> {
            Set<Pair> found = new HashSet<>();
            long[] a = shingles.get(bySize[x]);
            if (a.length == 0) {
                return found;
            }
            for (int y = x + 1; y < bySize.length; y++) {
                long[] b = shingles.get(bySize[y]);
                if (a.length < threshold * b.length) {
                    break; // sizes only grow from here, so no later pair can reach the threshold
                }
                if (Shingler.exactJaccard(a, b) >= threshold) {
                    found.add(Pair.of(bySize[x], bySize[y]));
                }
            }
            return found;
        }).toList();
        Set<Pair> all = new HashSet<>();
        perRow.forEach(all::addAll);
        return all;
    }

    /** All pairs within each group of document indexes. */
    public static Set<Pair> pairsWithinGroups(List<List<Integer>> groups) {
        Set<Pair> pairs = new HashSet<>();
        for (List<Integer> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(Pair.of(group.get(i), group.get(j)));
                }
            }
        }
        return pairs;
    }

    /** Precision and recall of predicted pairs against true pairs. */
    public record Score(double precision, double recall, long truePairs, long foundPairs, long correct) {
        public static Score of(Set<Pair> truth, Set<Pair> predicted) {
            long correct = predicted.stream().filter(truth::contains).count();
            return new Score(predicted.isEmpty() ? 1.0 : correct / (double) predicted.size(),
                    truth.isEmpty() ? 1.0 : correct / (double) truth.size(), truth.size(), predicted.size(), correct);
        }
    }
}
