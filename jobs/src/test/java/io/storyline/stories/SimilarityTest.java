package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.storyline.config.Settings;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    private static final long DAY = Similarity.DAY;
    private final Settings.Stories settings = Settings.load(null,
            "storyline.stories { window-days = 3, time-decay = 0.3, reach-days = 21, reach-threshold = 0.5, term-weight = 0.7,"
                    + " encoder { weight = 0.5, floor = 0.3 } }").stories();
    private final Similarity similarity = new Similarity(settings);

    @Test
    void withinTheWindowSimilarityDecaysLinearlyAndBeyondItOnlyStrongSimilarityReaches() {
        assertThat(similarity.overTime(0.4, 0)).isEqualTo(0.4);
        assertThat(similarity.overTime(0.4, 3 * DAY)).isCloseTo(0.4 * 0.7, within(1e-12));
        assertThat(similarity.overTime(0.4, -3 * DAY)).isCloseTo(0.4 * 0.7, within(1e-12));
        // Beyond the window: a weak resemblance no longer links, a strong one does, up to the reach.
        assertThat(similarity.overTime(0.4, 4 * DAY)).isZero();
        assertThat(similarity.overTime(0.6, 20 * DAY)).isCloseTo(0.6 * 0.7, within(1e-12));
        assertThat(similarity.overTime(0.9, 22 * DAY)).isZero();
        assertThat(similarity.reachSeconds()).isEqualTo(21 * DAY);
    }

    @Test
    void theEncoderCosineIsCalibratedFromItsFloorAndMixedWithTheLexicalSimilarity() {
        // Two languages: evidence only, then half of it and half the calibrated cosine.
        assertThat(similarity.content(0.4, 0.9, false, Double.NaN)).isEqualTo(0.4);
        assertThat(similarity.content(0.4, 0.9, false, 0.3)).isCloseTo(0.2, within(1e-12));
        assertThat(similarity.content(0.4, 0.9, false, 0.65)).isCloseTo(0.2 + 0.5 * 0.5, within(1e-12));
        assertThat(similarity.content(0.4, 0.9, false, 0.1)).as("below the floor counts 0").isCloseTo(0.2, within(1e-12));
        // One language: the terms count too.
        assertThat(similarity.content(0.4, 0.9, true, Double.NaN)).isCloseTo(0.3 * 0.4 + 0.7 * 0.9, within(1e-12));
    }

    @Test
    void quantizedEmbeddingsKeepTheirCosines() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            float[] a = new float[512];
            float[] b = new float[512];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) random.nextGaussian();
                b[i] = (float) (0.6 * a[i] + 0.8 * random.nextGaussian());
            }
            double exact = cosine(a, b);
            assertThat(Embedding.cosine(Embedding.quantize(a), Embedding.quantize(b))).isCloseTo(exact, within(0.01));
        }
        assertThat(Embedding.quantize(new float[4])).as("a zero vector is no vector").isNull();
        assertThat(Embedding.quantize(null)).isNull();
    }

    @Test
    void anArticleAndAStoryCompareTheirEmbeddingsThroughTheStorysCentroid() {
        byte[] e1 = Embedding.quantize(new float[] {1, 0, 0, 0});
        byte[] e2 = Embedding.quantize(new float[] {0.8f, 0.6f, 0, 0});
        StoryVector v1 = withEmbedding(Vectors.entities("a", "b"), e1);
        StoryVector v2 = withEmbedding(Vectors.entities("c", "d"), e2);
        Centroid story = new Centroid();
        story.add(v1, "en", 0);
        // No shared evidence: all the similarity is the encoder's, through the centroid (= v1's direction).
        double expected = 0.5 * (0.8 - 0.3) / 0.7;
        assertThat(story.similarity(v2, "de", 0, similarity)).isCloseTo(expected, within(0.01));
        assertThat(similarity.pair(v1, "en", 0, v2, "de", 0)).isCloseTo(expected, within(0.01));
        // Without an encoder vector on either side, the evidence alone counts.
        assertThat(story.similarity(Vectors.entities("c", "d"), "de", 0, similarity)).isZero();
    }

    private static StoryVector withEmbedding(StoryVector v, byte[] embedding) {
        return new StoryVector(v.keys(), v.weights(), v.normX(), v.normL(), embedding);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
