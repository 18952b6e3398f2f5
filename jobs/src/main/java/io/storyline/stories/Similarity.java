package io.storyline.stories;

import io.storyline.config.Settings;
import java.io.Serializable;

/**
 * How alike two articles (or an article and a story, or two stories) are: the cosine of their
 * cross-lingual evidence, mixed with the cosine of their content terms when they share a language,
 * times a decay with the time between them, and zero beyond the window.
 */
final class Similarity implements Serializable {
    static final long DAY = 86_400L;

    private final double termWeight;
    private final long windowSeconds;
    private final double decay;

    Similarity(Settings.Stories settings) {
        this.termWeight = settings.termWeight();
        this.windowSeconds = settings.windowDays() * DAY;
        this.decay = settings.timeDecay();
    }

    long windowSeconds() {
        return windowSeconds;
    }

    /**
     * Content similarity from the two cosines; {@code sameLanguage} says whether the term cosine
     * counts (both sides in one language, and both with content terms).
     */
    double content(double cosX, double cosL, boolean sameLanguage) {
        return sameLanguage ? (1 - termWeight) * cosX + termWeight * cosL : cosX;
    }

    /** 1 at no gap, falling linearly to {@code 1 - decay} at the window's edge, 0 beyond it. */
    double timeFactor(long gapSeconds) {
        long gap = Math.abs(gapSeconds);
        if (gap > windowSeconds) {
            return 0;
        }
        return 1 - decay * gap / (double) windowSeconds;
    }

    double pair(StoryVector a, String langA, long timeA, StoryVector b, String langB, long timeB) {
        double[] cos = a.cosines(b);
        boolean termsCompare = langA.equals(langB) && a.normL() > 0 && b.normL() > 0;
        return content(cos[0], cos[1], termsCompare) * timeFactor(timeA - timeB);
    }
}
