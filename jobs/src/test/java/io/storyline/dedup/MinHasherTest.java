package io.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinHasherTest {
    private static final int K = MinHasher.DEFAULT_PERMUTATIONS;
    private static final long[] PINNED = {-7061257010553836809L, -4118480332438762843L};
    private final MinHasher hasher = new MinHasher();

    /** Binomial standard error of the estimate for one pair. */
    private static double standardError(double jaccard, int permutations) {
        return Math.sqrt(jaccard * (1 - jaccard) / permutations);
    }

    /**
     * Tolerance from the binomial standard error SE = sqrt(J(1-J)/k): each pair within 4 SE (at J = 0.9
     * the binomial's lower tail is heavier than the normal one: 0.6% of 3000 measured pairs fell beyond 3
     * SE, as the binomial predicts), the mean of 100 pairs within 3 SE/10 (no bias), and their spread
     * within 20% of SE (the hash functions behave as independent permutations).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.8, 0.9})
    void estimatedJaccardIsWithinToleranceOfExactUnbiasedAndBinomial(double jaccard) {
        SplittableRandom random = new SplittableRandom(42);
        int pairs = 100;
        double se = standardError(jaccard, K);
        double sum = 0;
        double sumOfSquares = 0;
        for (int p = 0; p < pairs; p++) {
            long[][] pair = ControlledPairs.withJaccard(jaccard, 300, random);
            assertThat(Shingler.exactJaccard(pair[0], pair[1])).isCloseTo(jaccard, within(1e-12));
            // a fresh seed per pair: the error of each pair is one draw of the estimator
            MinHasher h = new MinHasher(K, random.nextLong());
            double estimate = MinHasher.estimatedJaccard(h.signature(pair[0]), h.signature(pair[1]));
            assertThat(estimate).as("pair %d", p).isCloseTo(jaccard, within(4 * se));
            sum += estimate;
            sumOfSquares += estimate * estimate;
        }
        double mean = sum / pairs;
        double spread = Math.sqrt(sumOfSquares / pairs - mean * mean);
        assertThat(mean).isCloseTo(jaccard, within(3 * se / Math.sqrt(pairs)));
        assertThat(spread).isCloseTo(se, within(0.2 * se));
    }

    @Test
    void structuredShingleValuesAreEstimatedAsWellAsRandomOnes() {
        // consecutive integers: a weak permutation family (e.g. a*x+b with poor low bits) is biased here
        long[] a = LongStream.range(0, 1000).toArray();
        long[] b = LongStream.range(111, 1111).toArray(); // 889 shared of 1111: J = 0.8002
        double exact = Shingler.exactJaccard(a, b);
        double sum = 0;
        SplittableRandom seeds = new SplittableRandom(7);
        for (int i = 0; i < 40; i++) {
            MinHasher h = new MinHasher(K, seeds.nextLong());
            sum += MinHasher.estimatedJaccard(h.signature(a), h.signature(b));
        }
        assertThat(sum / 40).isCloseTo(exact, within(3 * standardError(exact, K) / Math.sqrt(40)));
    }

    @Test
    void identicalSetsEstimateExactlyOneAndDisjointSetsNearZero() {
        long[][] same = ControlledPairs.withJaccard(1.0, 500, new SplittableRandom(1));
        assertThat(MinHasher.estimatedJaccard(hasher.signature(same[0]), hasher.signature(same[1]))).isEqualTo(1.0);
        long[][] disjoint = ControlledPairs.withJaccard(0.0, 500, new SplittableRandom(2));
        assertThat(MinHasher.estimatedJaccard(hasher.signature(disjoint[0]), hasher.signature(disjoint[1])))
                .isLessThanOrEqualTo(1.0 / K);
    }

    @Test
    void signaturesAreDeterministicAcrossInstancesForOneSeed() {
        long[] shingles = new SplittableRandom(3).longs(300).toArray();
        long[] first = new MinHasher(K, 12345L).signature(shingles);
        assertThat(new MinHasher(K, 12345L).signature(shingles)).containsExactly(first);
        assertThat(new MinHasher(K, 54321L).signature(shingles)).isNotEqualTo(first);
        // pinned: a change of mixer or key schedule changes every group id downstream, so it must show
        assertThat(new MinHasher(2, 0L).signature(new long[] {1L, 2L, 3L})).containsExactly(PINNED);
    }

    @Test
    void signatureIgnoresOrderAndRepeats() {
        long[] shingles = new SplittableRandom(4).longs(200).toArray();
        long[] shuffled = shingles.clone();
        Arrays.sort(shuffled);
        long[] doubled = LongStream.concat(Arrays.stream(shingles), Arrays.stream(shingles)).toArray();
        long[] signature = hasher.signature(shingles);
        assertThat(hasher.signature(shuffled)).containsExactly(signature);
        assertThat(hasher.signature(doubled)).containsExactly(signature);
    }

    @Test
    void emptySetsMatchNothingNotEvenEachOther() {
        long[] empty = hasher.signature(new long[0]);
        assertThat(empty).hasSize(K).containsOnly(MinHasher.EMPTY);
        assertThat(MinHasher.isEmpty(empty)).isTrue();
        assertThat(MinHasher.estimatedJaccard(empty, hasher.signature(new long[0]))).isZero();
        assertThat(MinHasher.estimatedJaccard(empty, hasher.signature(new long[] {5L}))).isZero();
        assertThat(MinHasher.isEmpty(hasher.signature(new long[] {5L}))).isFalse();
    }

    @Test
    void signaturesOfDifferentLengthsAreRejected() {
        assertThatThrownBy(() -> MinHasher.estimatedJaccard(new long[3], new long[4]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinHasher(0, 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
