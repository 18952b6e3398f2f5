package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.config.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final long HOUR = 3600;
    private final Settings.Stories settings = Settings.load().stories();
    private final Similarity similarity = new Similarity(settings);
    private final StoryClusterer clusterer = new StoryClusterer(similarity, settings.joinThreshold(), settings.mergeThreshold(),
            settings.mergeCohesion(), settings.splitCohesion());

    private static StoryClusterer.Member member(long key, long hours, String lang, StoryVector v) {
        return new StoryClusterer.Member(key, 1_700_000_000L + hours * HOUR, lang, v);
    }

    /** Edges between every pair at or above the edge threshold, as the blocking would find them. */
    private List<StoryClusterer.Edge> edges(List<StoryClusterer.Member> members) {
        List<StoryClusterer.Edge> edges = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                StoryClusterer.Member a = members.get(i);
                StoryClusterer.Member b = members.get(j);
                double s = similarity.pair(a.vector(), a.lang(), a.time(), b.vector(), b.lang(), b.time());
                if (s >= settings.edgeThreshold()) {
                    edges.add(new StoryClusterer.Edge(a.key(), b.key(), s));
                }
            }
        }
        return edges;
    }

    private Map<Long, Long> storyOf(List<StoryClusterer.Member> members) {
        Map<Long, Long> out = new HashMap<>();
        for (StoryClusterer.Assignment a : clusterer.cluster(members, edges(members)).assignments()) {
            out.put(a.key(), a.storyKey());
        }
        return out;
    }

    @Test
    void articlesInThreeLanguagesSharingRareEvidenceFormOneStoryKeyedByTheEarliest() {
        List<StoryClusterer.Member> members = List.of(
                member(30, 2, "en", Vectors.entities("putin", "hollande", "paris", "n:2015", "q:isis")),
                member(10, 0, "ru", Vectors.entities("putin", "hollande", "moscow", "n:2015", "q:isis")),
                member(20, 5, "bg", Vectors.entities("putin", "hollande", "paris", "moscow", "n:2015")));
        assertThat(storyOf(members)).containsEntry(10L, 10L).containsEntry(20L, 10L).containsEntry(30L, 10L);
    }

    @Test
    void aChainOfPairwiseResemblancesDoesNotMakeOneStory() {
        // Each article shares half its evidence with the next: single link would make one story of all five.
        List<StoryClusterer.Member> chain = new ArrayList<>();
        String[][] features = {{"a1", "a2", "a3", "a4"}, {"a3", "a4", "b1", "b2"}, {"b1", "b2", "c1", "c2"},
            {"c1", "c2", "d1", "d2"}, {"d1", "d2", "e1", "e2"}};
        for (int i = 0; i < features.length; i++) {
            chain.add(member(i + 1, i * 6L, "en", Vectors.entities(features[i])));
        }
        Map<Long, Long> stories = storyOf(chain);
        assertThat(edges(chain)).hasSize(4);
        assertThat(stories.get(1L)).isEqualTo(stories.get(2L));
        assertThat(stories.get(5L)).isNotEqualTo(stories.get(1L));
    }

    @Test
    void twoEventsSharingTheirMainPersonAndPlaceStayApart() {
        // A minister's two announcements on consecutive days: same person, city and country (in 10 of
        // 50 articles), other facts (in 4 of them each).
        Map<String, Integer> df = Map.of("markova", 10, "sofia", 10, "bulgaria", 10);
        String[] budget = {"markova", "sofia", "bulgaria", "n:2027", "n:1.2", "d:11-16", "w:0", "budget"};
        String[] subsidy = {"markova", "sofia", "bulgaria", "vasilev", "n:150", "n:60", "d:11-17", "w:1"};
        Map<String, Integer> specific = new HashMap<>(df);
        for (String f : budget) {
            specific.putIfAbsent(f, 4);
        }
        for (String f : subsidy) {
            specific.putIfAbsent(f, 4);
        }
        List<StoryClusterer.Member> members = List.of(
                member(1, 0, "en", Vectors.weighted(specific, 50, budget)),
                member(2, 3, "de", Vectors.weighted(specific, 50, budget)),
                member(3, 24, "en", Vectors.weighted(specific, 50, subsidy)),
                member(4, 27, "ru", Vectors.weighted(specific, 50, subsidy)));
        Map<Long, Long> stories = storyOf(members);
        assertThat(stories).containsEntry(1L, 1L).containsEntry(2L, 1L).containsEntry(3L, 3L).containsEntry(4L, 3L);
    }

    @Test
    void aStoryThatTheCentroidsJoinedAcrossTwoEventsIsCutInTwo() {
        // The first subsidy report joins the budget's story through the figure it cites, and the others follow it.
        List<StoryClusterer.Member> members = TwoEventSplitTest.budgetAndSubsidy();
        StoryClusterer withoutCut = new StoryClusterer(similarity, settings.joinThreshold(), settings.mergeThreshold(),
                settings.mergeCohesion(), 1.0);
        assertThat(withoutCut.cluster(members, edges(members)).assignments()).extracting(StoryClusterer.Assignment::storyKey).containsOnly(10L);
        Map<Long, Long> stories = storyOf(members);
        assertThat(stories).containsEntry(13L, 10L).containsEntry(20L, 20L).containsEntry(22L, 20L);
        assertThat(clusterer.cluster(members, edges(members)).cuts()).isEqualTo(1);
        assertThat(withoutCut.cluster(members, edges(members)).cuts()).isZero();
    }

    @Test
    void aLaterArticleJoinsAnEarlierStoryWithoutChangingIt() {
        List<StoryClusterer.Member> dayOne = List.of(
                member(7, 0, "en", Vectors.entities("evg", "bahn", "n:24", "strike")),
                member(3, 4, "de", Vectors.entities("evg", "bahn", "n:24", "strike")));
        List<StoryClusterer.Member> twoDays = new ArrayList<>(dayOne);
        twoDays.add(member(1, 30, "ru", Vectors.entities("evg", "bahn", "n:24", "strike", "berlin")));
        assertThat(storyOf(dayOne)).containsEntry(7L, 7L).containsEntry(3L, 7L);
        assertThat(storyOf(twoDays)).containsEntry(7L, 7L).containsEntry(3L, 7L).containsEntry(1L, 7L);
    }

    @Test
    void storiesWhoseFirstArticlesMissedEachOtherMergeThroughTheirCentroids() {
        // 1 and 2 share too little to link; 3 and 4 link to both, so the two stories they seed merge.
        List<StoryClusterer.Member> members = List.of(
                member(1, 0, "bg", Vectors.entities("x1", "x2", "p1", "p2", "p3")),
                member(2, 1, "en", Vectors.entities("x1", "x2", "q1", "q2", "q3")),
                member(3, 2, "ru", Vectors.entities("x1", "x2", "p1", "q1")),
                member(4, 3, "de", Vectors.entities("x1", "x2", "p2", "q2")));
        Map<Long, Long> stories = storyOf(members);
        assertThat(stories.values()).containsOnly(1L);
    }

    @Test
    void twoStoriesOfOneBroadTopicDoNotMergeThoughTheirCentroidsAreAlike() {
        // A president's two events in one week: every article names him, and each article gives four of its
        // event's eight facts. Summed, each story's centroid weighs the name most, so the two centroids are
        // alike; an article of one event shares only the name with an article of the other.
        List<StoryClusterer.Member> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(member(10 + i, i, "en", Vectors.entities(withName("oil", i))));
            members.add(member(20 + i, i, "en", Vectors.entities(withName("iran", i))));
        }
        Centroid oil = new Centroid();
        Centroid iran = new Centroid();
        members.forEach(m -> (m.key() < 20 ? oil : iran).add(m.vector(), m.lang(), m.time()));
        assertThat(oil.similarity(iran, similarity)).isGreaterThanOrEqualTo(settings.mergeThreshold());
        assertThat(oil.meanSimilarity(iran, similarity)).isLessThan(settings.mergeCohesion());
        // Same-hour articles of the two events are at the edge threshold (one shared name of five): linked.
        List<StoryClusterer.Edge> edges = edges(members);
        for (int i = 0; i < 6; i++) {
            edges.add(new StoryClusterer.Edge(10 + i, 20 + i, settings.edgeThreshold()));
        }
        // The two-event cut off, to see the merge alone (these two events are tight enough for the cut to part them).
        StoryClusterer withoutCut = new StoryClusterer(similarity, settings.joinThreshold(), settings.mergeThreshold(),
                settings.mergeCohesion(), 1.0);
        List<Long> twoStories = members.stream().map(m -> m.key() < 20 ? 10L : 20L).toList();
        assertThat(withoutCut.cluster(members, edges).assignments()).extracting(StoryClusterer.Assignment::storyKey)
                .containsExactlyElementsOf(twoStories);
        StoryClusterer centroidsOnly = new StoryClusterer(similarity, settings.joinThreshold(), settings.mergeThreshold(), 0, 1.0);
        assertThat(centroidsOnly.cluster(members, edges).assignments()).extracting(StoryClusterer.Assignment::storyKey)
                .as("without the check, the two stories merge").containsOnly(10L);
        assertThat(clusterer.cluster(members, edges).assignments()).extracting(StoryClusterer.Assignment::storyKey)
                .containsExactlyElementsOf(twoStories);
    }

    /** The name and four consecutive facts (of eight) of an event, starting at the i-th. */
    private static String[] withName(String event, int i) {
        String[] features = new String[5];
        features[0] = "trump";
        for (int k = 0; k < 4; k++) {
            features[k + 1] = event + (i + k) % 8;
        }
        return features;
    }

    @Test
    void theMeanSimilarityAcrossTwoStoriesIsTheMeanOfTheirArticlesPairSimilarities() {
        Random random = new Random(7);
        List<StoryClusterer.Member> left = new ArrayList<>();
        List<StoryClusterer.Member> right = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Articles 1 and 5 have no cross-lingual evidence: they score 0 on that part with every article.
            String[] entities = i == 1 || i == 5 ? new String[0] : pick(random, "e", 1 + random.nextInt(4));
            StoryVector v = Vectors.mixed(entities, pick(random, "t", 1 + random.nextInt(5)));
            (i < 3 ? left : right).add(member(i, 0, "en", v));
        }
        Centroid a = new Centroid();
        left.forEach(m -> a.add(m.vector(), m.lang(), m.time()));
        // The right story is summed in two parts, as a merge sums two stories.
        Centroid b = new Centroid();
        Centroid rest = new Centroid();
        for (int i = 0; i < right.size(); i++) {
            StoryClusterer.Member m = right.get(i);
            (i < 2 ? b : rest).add(m.vector(), m.lang(), m.time());
        }
        b.addAll(rest);
        double sum = 0;
        for (StoryClusterer.Member x : left) {
            for (StoryClusterer.Member y : right) {
                sum += similarity.pair(x.vector(), x.lang(), x.time(), y.vector(), y.lang(), y.time());
            }
        }
        assertThat(a.meanSimilarity(b, similarity)).isCloseTo(sum / (left.size() * right.size()), Offset.offset(1e-9));
        assertThat(b.meanSimilarity(a, similarity)).isCloseTo(a.meanSimilarity(b, similarity), Offset.offset(1e-12));
    }

    private static String[] pick(Random random, String prefix, int n) {
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pool.add(prefix + i);
        }
        Collections.shuffle(pool, random);
        return pool.subList(0, n).toArray(String[]::new);
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        Random random = new Random(42);
        List<StoryClusterer.Member> members = new ArrayList<>();
        String[] pool = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"};
        for (int i = 0; i < 60; i++) {
            List<String> fs = new ArrayList<>();
            int event = i % 6;
            for (int k = 0; k < 4; k++) {
                fs.add(pool[(event * 2 + random.nextInt(3)) % pool.length] + event);
            }
            fs.add(pool[random.nextInt(pool.length)]);
            members.add(member(1000 + random.nextInt(1_000_000), random.nextInt(72), i % 2 == 0 ? "en" : "ru",
                    Vectors.entities(fs.toArray(String[]::new))));
        }
        List<StoryClusterer.Edge> edges = edges(members);
        List<StoryClusterer.Assignment> expected = sorted(clusterer.cluster(members, edges).assignments());
        for (int round = 0; round < 5; round++) {
            List<StoryClusterer.Member> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            List<StoryClusterer.Edge> shuffledEdges = new ArrayList<>();
            for (StoryClusterer.Edge e : edges) {
                shuffledEdges.add(random.nextBoolean() ? e : new StoryClusterer.Edge(e.b(), e.a(), e.similarity()));
            }
            Collections.shuffle(shuffledEdges, random);
            assertThat(sorted(clusterer.cluster(shuffled, shuffledEdges).assignments())).isEqualTo(expected);
        }
        assertThat(expected.stream().map(StoryClusterer.Assignment::storyKey).distinct().count()).isBetween(2L, 59L);
    }

    private static List<StoryClusterer.Assignment> sorted(List<StoryClusterer.Assignment> in) {
        List<StoryClusterer.Assignment> out = new ArrayList<>(in);
        out.sort((a, b) -> Long.compare(a.key(), b.key()));
        return out;
    }
}
