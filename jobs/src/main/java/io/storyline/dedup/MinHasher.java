package io.storyline.dedup;

import java.io.Serializable;
import java.util.Arrays;

/**
 * MinHash signatures of shingle-hash sets (from {@link Shingler}): position i of a signature is the
 * least value of h_i over the set, and the share of positions where two signatures agree estimates the
 * sets' Jaccard similarity, with binomial standard error sqrt(J(1-J)/k) for k permutations.
 *
 * <p>The k hash functions are h_i(x) = mix64(x XOR key_i). mix64 is the SplitMix64 finaliser (Steele,
 * Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the same constants as
 * {@code java.util.SplittableRandom.mix64}, which is Stafford's "Mix13"). It is fine here because it is a
 * bijection on 64-bit values, so each h_i is a permutation of the hash space (two distinct shingles never
 * tie), and it has full avalanche, so the orders induced by different keys behave as independent random
 * permutations; the inputs are already MurmurHash3 outputs, so no structure survives. It is not used to
 * hash text. The keys are the first k outputs of SplitMix64 seeded with {@code seed}, written out here
 * rather than taken from {@code SplittableRandom}, whose output sequence the JDK does not promise to keep:
 * the same seed gives the same signatures on every JVM, which the deterministic ids downstream rely on.
 *
 * <p><b>Empty sets</b> (texts with no letters or digits) get a signature of all {@link #EMPTY}. It matches
 * nothing, not even another empty signature: {@link #estimatedJaccard} returns 0 for it and
 * {@link LshBanding#bandKeys} gives it no band keys. A real signature is all {@code EMPTY} only if every
 * h_i hits that one value, which has probability about k·n·2^-64 per position.
 *
 * <p>Immutable and thread-safe; serialisable so that Spark can ship it to executors.
 */
public final class MinHasher implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * 128 permutations: the standard error of the estimate at J = 0.8 is 0.035 (0.025 with 256), and the
     * banding that fits in 128 rows (see {@link LshBanding}) already misses under 3% of pairs at J = 0.85.
     * Doubling it would halve the signature throughput (about 55 µs for 500 shingles now) and double the
     * bytes shuffled per document (1 KiB now) to cut the standard error at the threshold from 0.035 to 0.025.
     */
    public static final int DEFAULT_PERMUTATIONS = 128;
    /** Fixed so that signatures, and the groups made from them, are the same on every run. */
    public static final long DEFAULT_SEED = 0x5357_4F52_594C_494EL;
    /** Every position of the signature of an empty shingle set. */
    public static final long EMPTY = Long.MAX_VALUE;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final long[] keys;

    public MinHasher() {
        this(DEFAULT_PERMUTATIONS, DEFAULT_SEED);
    }

    public MinHasher(int permutations, long seed) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, got " + permutations);
        }
        this.seed = seed;
        this.keys = new long[permutations];
        long state = seed;
        for (int i = 0; i < permutations; i++) {
            state += GOLDEN_GAMMA; // SplitMix64's nextLong
            keys[i] = mix64(state);
        }
    }

    public int permutations() {
        return keys.length;
    }

    public long seed() {
        return seed;
    }

    /** The signature of a set of shingle hashes (order and repeats do not matter). */
    public long[] signature(long[] shingles) {
        long[] signature = new long[keys.length];
        Arrays.fill(signature, EMPTY);
        // Shingle-major order: the keys and the signature stay in cache while the shingles stream by.
        for (long shingle : shingles) {
            for (int i = 0; i < keys.length; i++) {
                long h = mix64(shingle ^ keys[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** Whether this is the signature of an empty shingle set. */
    public static boolean isEmpty(long[] signature) {
        for (long value : signature) {
            if (value != EMPTY) {
                return false;
            }
        }
        return true;
    }

    /**
     * The share of positions at which the signatures agree: an unbiased estimate of the Jaccard similarity
     * of the two sets. 0 when either is the signature of an empty set.
     */
    public static double estimatedJaccard(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + a.length + " and " + b.length);
        }
        if (a.length == 0 || isEmpty(a) || isEmpty(b)) {
            return 0.0;
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood 2014; Stafford's Mix13 constants). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
