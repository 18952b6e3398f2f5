package io.storyline.synth;

import java.util.SplittableRandom;

/** Sampling from a Zipf-like law P(k) ∝ k^-s over 1..n, by inverting the continuous power law. */
final class Zipf {
    private Zipf() {
    }

    static int sample(SplittableRandom random, int n, double s) {
        if (n <= 1) {
            return 1;
        }
        // Inverse-CDF of the continuous bounded power law, then rounding: close enough to Zipf
        // for rank popularity and story sizes, and exact in its bounds.
        double u = random.nextDouble();
        double k;
        if (Math.abs(s - 1.0) < 1e-9) {
            k = Math.exp(u * Math.log(n + 1.0));
        } else {
            double a = 1.0 - s;
            k = Math.pow(1.0 + u * (Math.pow(n + 1.0, a) - 1.0), 1.0 / a);
        }
        int rank = (int) Math.floor(k);
        return Math.max(1, Math.min(n, rank));
    }
}
