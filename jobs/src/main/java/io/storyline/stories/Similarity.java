package io.storyline.stories;

import io.storyline.config.Settings;
import java.io.Serializable;

/**
 * How alike two articles (or an article and a story, or two stories) are: the cosine of their
 * cross-lingual evidence, mixed with the cosine of their content terms when they share a language,
 * times a decay with the time between them. Within the window every similarity counts; beyond it,
 * up to the reach, only one of at least the reach threshold does: an event that develops over
 * weeks continues its story when the later report is clearly about it.
 */
final class Similarity implements Serializable {
    static final long DAY = 86_400L;

    private final double termWeight;
    private final long windowSeconds;
    private final double decay;
    private final long reachSeconds;
    private final double reachThreshold;
    private final double encoderWeight;
    private final double encoderFloor;

    Similarity(Settings.Stories settings) {
        this.termWeight = settings.termWeight();
        this.windowSeconds = settings.windowDays() * DAY;
        this.decay = settings.timeDecay();
        this.reachSeconds = Math.max(settings.reachDays(), settings.windowDays()) * DAY;
        this.reachThreshold = settings.reachThreshold();
        this.encoderWeight = settings.encoder().weight();
        this.encoderFloor = settings.encoder().floor();
    }

    /** The longest time between two articles that can still be linked: blocking compares pairs up to it. */
    long reachSeconds() {
        return reachSeconds;
    }

    /**
     * Content similarity from the cosines of the evidence ({@code cosX}), of the terms ({@code cosL})
     * and of the encoder's vectors ({@code cosE}, NaN without them); {@code sameLanguage} says whether
     * the term cosine counts (both sides in one language, and both with content terms). The encoder's
     * cosine is calibrated first: unrelated news lies below the floor, so floor..1 maps onto 0..1.
     */
    double content(double cosX, double cosL, boolean sameLanguage, double cosE) {
        double lexical = sameLanguage ? (1 - termWeight) * cosX + termWeight * cosL : cosX;
        if (Double.isNaN(cosE)) {
            return lexical;
        }
        double meaning = Math.max(0, (cosE - encoderFloor) / (1 - encoderFloor));
        return (1 - encoderWeight) * lexical + encoderWeight * meaning;
    }

    /**
     * The similarity of two things {@code gapSeconds} apart whose content similarity is {@code content}:
     * within the window, content falling linearly to {@code 1 - decay} of it at the window's edge;
     * beyond, up to the reach, {@code 1 - decay} of it when content reaches the reach threshold; else 0.
     */
    double overTime(double content, long gapSeconds) {
        long gap = Math.abs(gapSeconds);
        if (gap <= windowSeconds) {
            return content * (1 - decay * gap / (double) windowSeconds);
        }
        return gap <= reachSeconds && content >= reachThreshold ? content * (1 - decay) : 0;
    }

    double pair(StoryVector a, String langA, long timeA, StoryVector b, String langB, long timeB) {
        double[] cos = a.cosines(b);
        boolean termsCompare = langA.equals(langB) && a.normL() > 0 && b.normL() > 0;
        return overTime(content(cos[0], cos[1], termsCompare, cos[2]), timeA - timeB);
    }
}
