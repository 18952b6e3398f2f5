package io.storyline.synth;

import java.util.List;

/**
 * One synthetic real-world event: what it is about ({@code topic}), who and where (entities drawn
 * from the catalog with popular names shared by many events), its facts (numbers that every
 * article about it repeats), and its time window.
 *
 * <p>A story is a pure function of the crawl seed and its index ({@link StoryPlanner#story}), so
 * it can be rebuilt whenever an article about it is written, and nothing is kept in memory.
 *
 * @param index running number of the event in the plan
 * @param singleton true for an event reported by one article only (no story id in the gold)
 * @param people primary, secondary and an expert or witness, in that order
 * @param organisations two organisations, the first one central to the event
 * @param places where it happens, then a second place mentioned
 * @param bigNumber a count or amount quoted by the articles
 * @param secondNumber a smaller amount
 * @param percent a percentage in tenths (e.g. 45 = 4.5 %)
 * @param smallCount a small count (people, days, units)
 * @param startEpochSecond when the first article may appear (UTC)
 * @param durationDays over how many days the articles appear, 1 to 4
 * @param homeLanguage the language most of its articles are in
 */
record Story(long index, boolean singleton, String topic, List<Entity> people, List<Entity> organisations,
             List<Entity> places, long bigNumber, long secondNumber, int percent, int smallCount,
             long startEpochSecond, int durationDays, String homeLanguage) {

    /** The story id of the gold files, or null for a singleton. */
    String id() {
        return singleton ? null : String.format("story-%07d", index);
    }

    int weekday() {
        // 1970-01-01 was a Thursday; index 0 = Monday
        return (int) Math.floorMod(Math.floorDiv(startEpochSecond, 86_400L) + 3, 7L);
    }
}
