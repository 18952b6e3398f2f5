package io.storyline.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Pairs of shingle-hash sets with an exact, known Jaccard similarity. */
final class ControlledPairs {
    private ControlledPairs() {}

    /**
     * Two sorted sets over a union of {@code union} random 64-bit values whose exact Jaccard is
     * round(J·union)/union: that many values are shared and the rest split evenly (the odd one to A).
     */
    static long[][] withJaccard(double jaccard, int union, SplittableRandom random) {
        int common = (int) Math.round(jaccard * union);
        long[] values = random.longs(union).distinct().toArray();
        while (values.length < union) { // a repeat among 64-bit randoms: practically never
            values = random.longs(union).distinct().toArray();
        }
        int onlyA = (union - common + 1) / 2;
        long[] a = Arrays.copyOfRange(values, 0, common + onlyA);
        long[] b = new long[union - onlyA];
        System.arraycopy(values, 0, b, 0, common);
        System.arraycopy(values, common + onlyA, b, common, union - common - onlyA);
        Arrays.sort(a);
        Arrays.sort(b);
        return new long[][] {a, b};
    }
}
