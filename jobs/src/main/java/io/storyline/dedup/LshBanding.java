package io.storyline.dedup;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Locality-sensitive hashing of MinHash signatures: the first b·r positions are cut into b bands of r
 * rows, and two documents become a candidate pair when all rows of at least one band agree. For
 * signatures of Jaccard s that happens with probability 1 - (1 - s^r)^b.
 *
 * <p><b>Choosing b and r</b> ({@link #forThreshold}): among all b·r ≤ k, the pair that minimises
 * w_fp·FP + w_fn·FN, where FP = ∫_0^t 1-(1-s^r)^b ds is the area of candidates below the threshold t and
 * FN = ∫_t^1 (1-s^r)^b ds the area of misses above it (datasketch's {@code _optimal_param}). datasketch
 * weighs both 0.5; here false negatives weigh {@value #DEFAULT_FALSE_NEGATIVE_WEIGHT} and false
 * positives {@value #DEFAULT_FALSE_POSITIVE_WEIGHT}, because the costs are unequal: every candidate is
 * checked on its signature and shingles ({@code DedupStage.isEdge}), so a false positive costs one check,
 * while a pair that banding misses is lost for good. (The stage also bands at a candidate threshold
 * below the final one; see docs/dedup.md.) With equal weights, 128 permutations
 * and t = 0.8 give b = 9, r = 13, which misses 60% of pairs at s = 0.8 and 31% at s = 0.85.
 *
 * <p><b>The default</b>: t = {@value #DEFAULT_THRESHOLD}, k = {@value MinHasher#DEFAULT_PERMUTATIONS}
 * gives b = 14 bands of r = 9 rows (126 of the 128 positions; the last 2 still count in verification):
 * <pre>
 *   P(false negative) = (1 - s^9)^14     at s = 0.80: 0.133   s = 0.85: 0.025   s = 0.90: 0.001
 *   P(candidate)  = 1 - (1 - s^9)^14     at s = 0.50: 0.027   s = 0.60: 0.132   s = 0.70: 0.438
 * </pre>
 * The S-curve's midpoint, (1/b)^(1/r) ≈ 0.75, sits below t so that pairs at the threshold are found
 * and left to verification to decide; pairs below 0.5 almost never become candidates. These figures are
 * pinned by {@code LshBandingTest}.
 *
 * <p>Immutable and thread-safe; serialisable so that Spark can ship it to executors.
 */
public final class LshBanding implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final double DEFAULT_THRESHOLD = 0.8;
    public static final double DEFAULT_FALSE_POSITIVE_WEIGHT = 0.1;
    public static final double DEFAULT_FALSE_NEGATIVE_WEIGHT = 0.9;

    // Simpson's rule on this many intervals: the areas are smooth, and 1000 intervals put the error far
    // below the differences between neighbouring (b, r) choices.
    private static final int INTEGRATION_INTERVALS = 1000;

    private final int bands;
    private final int rows;
    // High bits of each key that hold the band index, so that keys of different bands differ.
    private final int bandBits;

    public LshBanding(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be at least 1, got " + bands + " x " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        this.bandBits = bands == 1 ? 0 : 64 - Long.numberOfLeadingZeros(bands - 1);
    }

    /** The banding for the default threshold and permutation count. */
    public static LshBanding defaults() {
        return forThreshold(DEFAULT_THRESHOLD, MinHasher.DEFAULT_PERMUTATIONS);
    }

    /** The banding of at most {@code permutations} rows that best separates pairs at {@code threshold}. */
    public static LshBanding forThreshold(double threshold, int permutations) {
        return forThreshold(threshold, permutations, DEFAULT_FALSE_POSITIVE_WEIGHT, DEFAULT_FALSE_NEGATIVE_WEIGHT);
    }

    /** As {@link #forThreshold(double, int)}, with explicit weights of the two error areas. */
    public static LshBanding forThreshold(double threshold, int permutations, double falsePositiveWeight,
            double falseNegativeWeight) {
        if (!(threshold > 0.0 && threshold < 1.0)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, got " + permutations);
        }
        int bestBands = 1;
        int bestRows = 1;
        double bestError = Double.POSITIVE_INFINITY;
        for (int b = 1; b <= permutations; b++) {
            for (int r = 1; r <= permutations / b; r++) {
                double error = falsePositiveWeight * falsePositiveArea(threshold, b, r)
                        + falseNegativeWeight * falseNegativeArea(threshold, b, r);
                if (error < bestError) {
                    bestError = error;
                    bestBands = b;
                    bestRows = r;
                }
            }
        }
        return new LshBanding(bestBands, bestRows);
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    /** Probability that two signatures of Jaccard s share at least one band: 1 - (1 - s^r)^b. */
    public double probabilityCandidate(double s) {
        return probabilityCandidate(s, bands, rows);
    }

    /** Probability that two signatures of Jaccard s share no band, so the pair is never seen: (1 - s^r)^b. */
    public double falseNegativeRate(double s) {
        return 1.0 - probabilityCandidate(s);
    }

    /** ∫_0^t P(candidate | s) ds: candidates below the threshold. */
    public static double falsePositiveArea(double threshold, int bands, int rows) {
        return simpson(s -> probabilityCandidate(s, bands, rows), 0.0, threshold);
    }

    /** ∫_t^1 P(no candidate | s) ds: misses above the threshold. */
    public static double falseNegativeArea(double threshold, int bands, int rows) {
        return simpson(s -> 1.0 - probabilityCandidate(s, bands, rows), threshold, 1.0);
    }

    /**
     * One 64-bit key per band: MurmurHash3 x64 128 of the band's rows, seeded with the band index, with
     * the top ⌈log2 b⌉ bits replaced by the band index. Identical bands give identical keys; keys of
     * different bands never collide. The signature of an empty set has no keys, so it is never a
     * candidate.
     */
    public long[] bandKeys(long[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException(
                    "signature of " + signature.length + " values is shorter than " + bands + " x " + rows);
        }
        if (MinHasher.isEmpty(signature)) {
            return new long[0];
        }
        long[] keys = new long[bands];
        ByteBuffer buffer = ByteBuffer.allocate(rows * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int band = 0; band < bands; band++) {
            buffer.clear();
            for (int row = 0; row < rows; row++) {
                buffer.putLong(signature[band * rows + row]);
            }
            long hash = MurmurHash3.hash128x64(buffer.array(), 0, buffer.capacity(), band)[0];
            keys[band] = bandBits == 0 ? hash : ((long) band << (64 - bandBits)) | (hash >>> bandBits);
        }
        return keys;
    }

    /** The band index held in a key made by {@link #bandKeys}. */
    public int bandOf(long key) {
        return bandBits == 0 ? 0 : (int) (key >>> (64 - bandBits));
    }

    private static double probabilityCandidate(double s, int bands, int rows) {
        return 1.0 - Math.pow(1.0 - Math.pow(s, rows), bands);
    }

    private static double simpson(java.util.function.DoubleUnaryOperator f, double from, double to) {
        double h = (to - from) / INTEGRATION_INTERVALS;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < INTEGRATION_INTERVALS; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(from + i * h);
        }
        return sum * h / 3.0;
    }

    @Override
    public String toString() {
        return bands + " bands x " + rows + " rows";
    }
}
