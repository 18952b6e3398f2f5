package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.config.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockingTest {
    private static final long DAY = Similarity.DAY;
    private static final long START = 1_763_251_200L; // 2025-11-16T00:00Z
    private static final Similarity SIMILARITY = new Similarity(Settings.load().stories());
    private final Blocking blocking = new Blocking(3 * DAY, 8);

    private static Blocking.Doc doc(long key, long time, boolean hot, long... features) {
        boolean[] hotFlags = new boolean[features.length];
        java.util.Arrays.fill(hotFlags, hot);
        return new Blocking.Doc(key, time, "en", Vectors.entities("x"), features, hotFlags);
    }

    /** Every pair the blocks emit, keyed "a-b" (a < b), with how many blocks emitted it. */
    private Map<String, Integer> pairs(List<Blocking.Doc> docs, Map<Blocking.BlockKey, Integer> salts) {
        Map<Blocking.BlockKey, List<Blocking.Item>> blocks = new HashMap<>();
        for (Blocking.Doc d : docs) {
            for (Map.Entry<Blocking.BlockKey, Blocking.Item> e : blocking.place(d, salts)) {
                blocks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<Blocking.BlockKey, List<Blocking.Item>> block : blocks.entrySet()) {
            // Every pair the block compares, as the stage scores them (no threshold).
            Blocking.Scored scored = blocking.score(block.getKey().feature(), block.getValue(), SIMILARITY, Double.NEGATIVE_INFINITY);
            assertThat(scored.edges()).hasSize(scored.pairs());
            for (StoryClusterer.Edge e : scored.edges()) {
                out.merge(Math.min(e.a(), e.b()) + "-" + Math.max(e.a(), e.b()), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Salts as the stage computes them: articles per hot (feature, bucket), visits included. */
    private Map<Blocking.BlockKey, Integer> salts(List<Blocking.Doc> docs) {
        Map<Blocking.BlockKey, Long> counts = new HashMap<>();
        for (Blocking.Doc d : docs) {
            for (Blocking.BlockKey k : blocking.hotBuckets(d)) {
                counts.merge(k, 1L, Long::sum);
            }
        }
        Map<Blocking.BlockKey, Integer> salts = new HashMap<>();
        counts.forEach((k, n) -> {
            if (blocking.salt(n) > 0) {
                salts.put(k, blocking.salt(n));
            }
        });
        return salts;
    }

    @Test
    void articlesMeetOnceWhenTheyShareABlockingFeatureWithinTheWindow() {
        List<Blocking.Doc> docs = List.of(
                doc(1, START, false, 10, 20, 30),
                doc(2, START + DAY, false, 10, 20, 40),
                doc(3, START + 2 * DAY, false, 50),
                doc(4, START + 5 * DAY, false, 10, 20));
        Map<String, Integer> pairs = pairs(docs, Map.of());
        // 1-2 share two features but are emitted once; 1-4 and 2-4 are more than 3 days apart; 3 shares nothing.
        assertThat(pairs).containsOnlyKeys("1-2");
        assertThat(pairs.values()).containsOnly(1);
    }

    @Test
    void aHotFeatureIsCutByTimeAndSaltedButItsStoryStaysConnected() {
        // One story of 400 articles over two days, all sharing one hot feature: without salting one
        // block of 400 (79,800 pairs in one task).
        List<Blocking.Doc> docs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            docs.add(doc(1000 + i * 7919L % 100_003, START + i * 400L, true, 77));
        }
        Map<Blocking.BlockKey, Integer> salts = salts(docs);
        Map<Blocking.BlockKey, List<Blocking.Item>> blocks = new HashMap<>();
        for (Blocking.Doc d : docs) {
            for (Map.Entry<Blocking.BlockKey, Blocking.Item> e : blocking.place(d, salts)) {
                blocks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        int largest = blocks.values().stream().mapToInt(List::size).max().orElse(0);
        assertThat(largest).as("block size stays near 2 x blockSize").isLessThan(60);
        Map<String, Integer> pairs = pairs(docs, salts);
        assertThat(pairs.size()).as("linear, not quadratic").isLessThan(400 * 40);
        assertThat(pairs.values()).containsOnly(1);
        assertThat(components(docs, pairs.keySet())).isEqualTo(1);
    }

    @Test
    void aBucketIsSaltedOnlyWhenItOutgrowsOneBlock() {
        assertThat(blocking.salt(8)).isZero();
        assertThat(blocking.salt(9)).isEqualTo(2);
        assertThat(blocking.salt(16)).isEqualTo(2);
        assertThat(blocking.salt(17)).isEqualTo(3);
    }

    @Test
    void anArticleEntersWithItsBlockingFeaturesHotWhenManyHoldThem() {
        long rare = Features.key(Features.Kind.TERM, "en:rare");
        long common = Features.key(Features.Kind.TERM, "en:common");
        StoryVector v = new StoryVector(new long[] {rare, common}, new float[] {2f, 1f}, 1, 1, null);
        Blocking.Doc d = blocking.enter(7, START, "en", v, 2, f -> f == common ? 9 : 2);
        assertThat(d.blockKeys()).containsExactly(Blocking.choose(v, 2));
        for (int i = 0; i < d.blockKeys().length; i++) {
            assertThat(d.hot()[i]).as("hot above blockSize 8").isEqualTo(d.blockKeys()[i] == common);
        }
    }

    @Test
    void blockingFeaturesAreTheHeaviestOfEachKind() {
        StoryVector v = new StoryVector(
                new long[] {Features.key(Features.Kind.ENTITY, "a"), Features.key(Features.Kind.ENTITY, "b"),
                    Features.key(Features.Kind.TERM, "en:c"), Features.key(Features.Kind.TERM, "en:d")},
                new float[] {1f, 3f, 5f, 4f}, 1, 1, null);
        long[] chosen = Blocking.choose(v, 1);
        assertThat(chosen).containsExactlyInAnyOrder(Features.key(Features.Kind.ENTITY, "b"), Features.key(Features.Kind.TERM, "en:c"));
    }

    private static int components(List<Blocking.Doc> docs, Set<String> pairs) {
        Map<Long, Long> parent = new HashMap<>();
        for (Blocking.Doc d : docs) {
            parent.put(d.key(), d.key());
        }
        for (String p : pairs) {
            String[] ab = p.split("-");
            long a = find(parent, Long.parseLong(ab[0]));
            long b = find(parent, Long.parseLong(ab[1]));
            parent.put(a, b);
        }
        Set<Long> roots = new HashSet<>();
        for (Blocking.Doc d : docs) {
            roots.add(find(parent, d.key()));
        }
        return roots.size();
    }

    private static long find(Map<Long, Long> parent, long x) {
        while (parent.get(x) != x) {
            x = parent.get(x);
        }
        return x;
    }
}
