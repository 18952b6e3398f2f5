package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.config.Settings;
import io.storyline.stories.StoryClusterer.Member;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoEventSplitTest {
    private static final long HOUR = 3600;
    private final Settings.Stories settings = Settings.load().stories();
    private final Similarity similarity = new Similarity(settings);
    private final TwoEventSplit split = new TwoEventSplit(similarity, settings.mergeThreshold(), settings.splitCohesion());

    private static Member member(long key, long hours, String... features) {
        return new Member(key, 1_700_000_000L + hours * HOUR, "en", Vectors.entities(features));
    }

    private static List<Long> keys(List<Member> part) {
        return part.stream().map(Member::key).toList();
    }

    /** A government's budget (four reports) and, a day later, its subsidy (three), which cite the budget's figure. */
    static List<Member> budgetAndSubsidy() {
        List<Member> story = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            story.add(member(10 + i, i, "bulgaria", "markova", "n:2027", "n:1.2", "budget", "deficit", "d:11-16"));
        }
        for (int i = 0; i < 3; i++) {
            story.add(member(20 + i, 24 + i, "bulgaria", "n:1.2", "subsidy", "households", "n:150", "energy", "d:11-17"));
        }
        return story;
    }

    @Test
    void twoTightGroupsLinkedOnlyByWhatTheyCiteAreTwoStories() {
        List<List<Member>> parts = split.parts(budgetAndSubsidy());
        assertThat(parts).hasSize(2);
        assertThat(keys(parts.get(0))).containsExactly(10L, 11L, 12L, 13L);
        assertThat(keys(parts.get(1))).containsExactly(20L, 21L, 22L);
    }

    @Test
    void aStoryThatGrewThroughLooselyRelatedReportsStaysWhole() {
        // Each report shares half its facts with the next: the two halves are far apart, but neither is tight.
        List<Member> chain = new ArrayList<>();
        String[][] features = {{"a1", "a2", "a3", "a4"}, {"a3", "a4", "b1", "b2"}, {"b1", "b2", "c1", "c2"},
            {"c1", "c2", "d1", "d2"}, {"d1", "d2", "e1", "e2"}, {"e1", "e2", "f1", "f2"}};
        for (int i = 0; i < features.length; i++) {
            chain.add(member(i + 1, i * 6L, features[i]));
        }
        assertThat(split.parts(chain)).containsExactly(chain);
    }

    @Test
    void twoGroupsThatShareMuchStayOneStory() {
        List<Member> story = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            story.add(member(10 + i, i, "strike", "evg", "bahn", "n:24", "berlin"));
            story.add(member(20 + i, 10 + i, "strike", "evg", "bahn", "n:24", "munich"));
        }
        assertThat(split.parts(story)).hasSize(1);
    }

    @Test
    void groupsOfOneAndStoriesTooSmallToTellAreNotCut() {
        List<Member> three = budgetAndSubsidy().subList(2, 5);
        assertThat(split.parts(three)).containsExactly(three);
        List<Member> oneOff = new ArrayList<>(budgetAndSubsidy().subList(0, 5));
        assertThat(split.parts(oneOff)).containsExactly(oneOff);
    }

    @Test
    void aCohesionOfOneTurnsTheCutOff() {
        TwoEventSplit off = new TwoEventSplit(similarity, settings.mergeThreshold(), 1.0);
        List<Member> story = budgetAndSubsidy();
        assertThat(off.parts(story)).containsExactly(story);
    }
}
