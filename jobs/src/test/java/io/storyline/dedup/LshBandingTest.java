package io.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LshBandingTest {
    private final LshBanding banding = LshBanding.defaults();

    @Test
    void defaultBandingIsFourteenBandsOfNineRows() {
        assertThat(banding.bands()).isEqualTo(14);
        assertThat(banding.rows()).isEqualTo(9);
        assertThat(banding.bands() * banding.rows()).isLessThanOrEqualTo(MinHasher.DEFAULT_PERMUTATIONS);
    }

    @Test
    void documentedProbabilitiesFollowTheFormulaForTheChosenBanding() {
        for (double s : new double[] {0.5, 0.6, 0.7, 0.8, 0.85, 0.9}) {
            double formula = 1 - Math.pow(1 - Math.pow(s, 9), 14);
            assertThat(banding.probabilityCandidate(s)).isCloseTo(formula, within(1e-12));
            assertThat(banding.falseNegativeRate(s)).isCloseTo(1 - formula, within(1e-12));
        }
        // the figures in the Javadoc of LshBanding
        assertThat(banding.falseNegativeRate(0.80)).isCloseTo(0.133, within(0.0005));
        assertThat(banding.falseNegativeRate(0.85)).isCloseTo(0.025, within(0.0005));
        assertThat(banding.falseNegativeRate(0.90)).isCloseTo(0.001, within(0.0005));
        assertThat(banding.probabilityCandidate(0.50)).isCloseTo(0.027, within(0.0005));
        assertThat(banding.probabilityCandidate(0.60)).isCloseTo(0.132, within(0.0005));
        assertThat(banding.probabilityCandidate(0.70)).isCloseTo(0.438, within(0.0005));
    }

    @Test
    void equalWeightsReproduceDatasketchsChoice() {
        // datasketch MinHashLSH(threshold=0.8, num_perm=128) uses b = 9, r = 13
        LshBanding equal = LshBanding.forThreshold(0.8, 128, 0.5, 0.5);
        assertThat(equal.bands()).isEqualTo(9);
        assertThat(equal.rows()).isEqualTo(13);
    }

    @Test
    void chosenBandingMinimisesTheWeightedErrorOverAllShapes() {
        double best = 0.1 * LshBanding.falsePositiveArea(0.8, 14, 9) + 0.9 * LshBanding.falseNegativeArea(0.8, 14, 9);
        for (int b = 1; b <= 128; b++) {
            for (int r = 1; b * r <= 128; r++) {
                double error = 0.1 * LshBanding.falsePositiveArea(0.8, b, r)
                        + 0.9 * LshBanding.falseNegativeArea(0.8, b, r);
                assertThat(error).as("b=%d r=%d", b, r).isGreaterThanOrEqualTo(best);
            }
        }
        // the areas are integrals of the formula: check one against its closed form for b = 1
        // ∫_0^t s^r ds = t^(r+1)/(r+1)
        assertThat(LshBanding.falsePositiveArea(0.8, 1, 3)).isCloseTo(Math.pow(0.8, 4) / 4, within(1e-9));
    }

    @Test
    void measuredCandidateRateOfSignaturePairsMatchesTheFormula() {
        MinHasher hasher = new MinHasher();
        SplittableRandom random = new SplittableRandom(11);
        for (double s : new double[] {0.6, 0.8}) {
            int trials = 600;
            int candidates = 0;
            for (int t = 0; t < trials; t++) {
                long[][] pair = ControlledPairs.withJaccard(s, 200, random);
                if (sharesAKey(banding.bandKeys(hasher.signature(pair[0])), banding.bandKeys(hasher.signature(pair[1])))) {
                    candidates++;
                }
            }
            double p = banding.probabilityCandidate(s);
            double standardError = Math.sqrt(p * (1 - p) / trials);
            assertThat((double) candidates / trials).as("s=%s", s).isCloseTo(p, within(3.5 * standardError));
        }
    }

    private static boolean sharesAKey(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void identicalSignaturesHaveIdenticalKeysAndOneChangedRowChangesOnlyItsBand() {
        long[] signature = new MinHasher().signature(new SplittableRandom(5).longs(100).toArray());
        long[] keys = banding.bandKeys(signature);
        assertThat(keys).hasSize(14);
        assertThat(banding.bandKeys(signature.clone())).containsExactly(keys);

        long[] changed = signature.clone();
        changed[3 * 9 + 4]++; // a row of band 3
        long[] changedKeys = banding.bandKeys(changed);
        for (int band = 0; band < 14; band++) {
            if (band == 3) {
                assertThat(changedKeys[band]).isNotEqualTo(keys[band]);
            } else {
                assertThat(changedKeys[band]).isEqualTo(keys[band]);
            }
        }
        // positions past bands x rows (126, 127) are not banded
        long[] tail = signature.clone();
        tail[127]++;
        assertThat(banding.bandKeys(tail)).containsExactly(keys);
    }

    @Test
    void keysOfDifferentBandsDifferEvenWhenTheirRowsAreEqual() {
        long[] constant = new long[128];
        Arrays.fill(constant, 42L); // every band holds the same rows
        long[] keys = banding.bandKeys(constant);
        assertThat(Arrays.stream(keys).distinct().count()).isEqualTo(14);
        for (int band = 0; band < 14; band++) {
            assertThat(banding.bandOf(keys[band])).isEqualTo(band);
        }
        assertThat(new LshBanding(1, 128).bandKeys(constant)).hasSize(1);
    }

    @Test
    void emptySignaturesHaveNoKeysAndShortSignaturesAreRejected() {
        assertThat(banding.bandKeys(new MinHasher().signature(new long[0]))).isEmpty();
        assertThatThrownBy(() -> banding.bandKeys(new long[100])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LshBanding.forThreshold(1.0, 128)).isInstanceOf(IllegalArgumentException.class);
    }
}
