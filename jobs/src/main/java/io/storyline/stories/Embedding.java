package io.storyline.stories;

/**
 * A sentence encoder's vector kept as one signed byte per dimension, scaled by the vector's largest
 * component: a quarter of the memory of floats (a 512-dimension vector is 512 bytes per article),
 * and cosines within about 0.005 of the float ones, since the scale cancels out of a cosine.
 */
final class Embedding {
    private Embedding() {}

    /** The vector in bytes; null (no vector) for null or all-zero input. */
    static byte[] quantize(float[] v) {
        if (v == null) {
            return null;
        }
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        if (max == 0) {
            return null;
        }
        byte[] q = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            q[i] = (byte) Math.round(v[i] / max * 127);
        }
        return q;
    }

    static double cosine(byte[] a, byte[] b) {
        long dot = 0;
        long na = 0;
        long nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt((double) na * nb);
    }

    /** Adds the unit vector of {@code q} to {@code sum}. */
    static void addUnit(byte[] q, double[] sum) {
        long n2 = 0;
        for (byte x : q) {
            n2 += x * x;
        }
        double norm = Math.sqrt(n2);
        for (int i = 0; i < q.length; i++) {
            sum[i] += q[i] / norm;
        }
    }

    /** Cosine of {@code q} with a sum of unit vectors whose squared norm is {@code sumNorm2}. */
    static double cosine(byte[] q, double[] sum, double sumNorm2) {
        double dot = 0;
        long n2 = 0;
        for (int i = 0; i < q.length; i++) {
            dot += q[i] * sum[i];
            n2 += q[i] * q[i];
        }
        return n2 == 0 || sumNorm2 == 0 ? 0 : dot / Math.sqrt(n2 * sumNorm2);
    }
}
