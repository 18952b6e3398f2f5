package io.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairTruthTest {
    private static final Shingler SHINGLER = new Shingler();

    @Test
    void bruteForceFindsExactlyThePairsAtOrAboveTheThreshold() {
        String base = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour";
        List<long[]> sets = List.of(
                SHINGLER.shingles(base, "en"),
                SHINGLER.shingles(base.replace("twentyfour", "end"), "en"),          // 19 of 21 shared: 0.905 → 0.82
                SHINGLER.shingles(base.replace("twelve", "x"), "en"),                  // a middle word: 5 shingles differ
                SHINGLER.shingles("entirely different words that share nothing with the others at all", "en"),
                new long[0]);
        Set<PairTruth.Pair> pairs = PairTruth.pairsAtOrAbove(sets, 0.8);
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                boolean near = Shingler.exactJaccard(sets.get(i), sets.get(j)) >= 0.8;
                assertThat(pairs.contains(PairTruth.Pair.of(i, j))).as(i + "-" + j).isEqualTo(near);
            }
        }
        assertThat(pairs).contains(PairTruth.Pair.of(0, 1));
    }

    @Test
    void scoreCountsPairsInsideGroups() {
        Set<PairTruth.Pair> truth = Set.of(PairTruth.Pair.of(0, 1), PairTruth.Pair.of(2, 3));
        Set<PairTruth.Pair> predicted = PairTruth.pairsWithinGroups(List.of(List.of(0, 1, 4)));
        PairTruth.Score score = PairTruth.Score.of(truth, predicted);
        assertThat(score.foundPairs()).isEqualTo(3);
        assertThat(score.precision()).isEqualTo(1.0 / 3);
        assertThat(score.recall()).isEqualTo(0.5);
    }
}
