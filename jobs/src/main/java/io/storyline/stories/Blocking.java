package io.storyline.stories;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * Candidate pairs without comparing all pairs: an inverted index over each article's rarest,
 * heaviest features ("blocking features"), so only articles sharing one of them are compared,
 * and only within the time window.
 *
 * <p>A feature held by at most {@code blockSize} articles is one block. A hot feature (a big story,
 * or a term every article of a day shares) is cut into time buckets one day wider than the window
 * (an article visits the next bucket too, so pairs across a bucket edge are not lost), and a
 * bucket that is still too large is salted into sub-blocks of about {@code blockSize} articles.
 * Salt 0 is the anchor: its articles are copied into every other sub-block, which keeps a giant
 * story connected while every block, and so every task, stays small. The work is linear in the
 * number of articles: at most {@code blockingFeatures} blocks of bounded size per article.
 *
 * <p>A pair that shares several blocks is emitted by one only: its first shared non-hot feature,
 * else its first shared hot one.
 */
final class Blocking implements Serializable {
    /** An article as it enters blocks: its blocking features (sorted) and which of them are hot. */
    record Doc(long key, long time, String lang, StoryVector vector, long[] blockKeys, boolean[] hot)
            implements Serializable {}

    /** Where a copy of an article goes: the feature, the time bucket (-1 for a non-hot feature) and the salt. */
    record BlockKey(long feature, long bucket, int salt) implements Serializable {}

    /** A copy of an article in one block. {@code home}: its own bucket (not a visit); {@code anchor}: an anchor's copy. */
    record Item(Doc doc, boolean home, boolean anchor) implements Serializable {}

    /** The longest time between two articles that are compared ({@link Similarity#reachSeconds}). */
    private final long windowSeconds;
    private final int blockSize;

    Blocking(long windowSeconds, int blockSize) {
        this.windowSeconds = windowSeconds;
        this.blockSize = blockSize;
    }

    long bucketOf(long time) {
        return Math.floorDiv(time, windowSeconds + Similarity.DAY);
    }

    /**
     * The blocking features of an article: its {@code count} heaviest cross-lingual features and its
     * {@code count} heaviest content terms (all shared with another article), sorted by key. Both
     * kinds, so that articles in two languages, which share no term, still meet in a block.
     */
    static long[] choose(StoryVector v, int count) {
        Integer[] order = new Integer[v.keys().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> v.weights()[a] != v.weights()[b] ? Float.compare(v.weights()[b], v.weights()[a])
                : Long.compare(v.keys()[a], v.keys()[b]));
        long[] keys = new long[Math.min(2 * count, order.length)];
        int cross = 0;
        int terms = 0;
        int n = 0;
        for (int i : order) {
            boolean x = Features.kindOf(v.keys()[i]).crossLingual();
            if (x ? cross < count : terms < count) {
                keys[n++] = v.keys()[i];
                if (x) {
                    cross++;
                } else {
                    terms++;
                }
            }
        }
        keys = Arrays.copyOf(keys, n);
        Arrays.sort(keys);
        return keys;
    }

    /** The (feature, bucket) pairs an article counts in for hot features: its bucket and the next. */
    List<BlockKey> hotBuckets(Doc d) {
        List<BlockKey> out = new ArrayList<>();
        long bucket = bucketOf(d.time());
        for (int i = 0; i < d.blockKeys().length; i++) {
            if (d.hot()[i]) {
                out.add(new BlockKey(d.blockKeys()[i], bucket, 0));
                out.add(new BlockKey(d.blockKeys()[i], bucket + 1, 0));
            }
        }
        return out;
    }

    /**
     * The blocks an article goes into.
     *
     * @param salts for hot (feature, bucket) pairs with more than blockSize articles, their number of sub-blocks
     *              ({@link #salt}); at least those of this article's {@link #hotBuckets}, and none for a pair of fewer
     */
    List<Map.Entry<BlockKey, Item>> place(Doc d, Map<BlockKey, Integer> salts) {
        List<Map.Entry<BlockKey, Item>> out = new ArrayList<>();
        long bucket = bucketOf(d.time());
        for (int i = 0; i < d.blockKeys().length; i++) {
            long f = d.blockKeys()[i];
            if (!d.hot()[i]) {
                out.add(Map.entry(new BlockKey(f, -1, 0), new Item(d, true, false)));
                continue;
            }
            for (long b = bucket; b <= bucket + 1; b++) {
                boolean home = b == bucket;
                int subBlocks = salts.getOrDefault(new BlockKey(f, b, 0), 1);
                int salt = (int) Math.floorMod(mix(d.key() ^ f), (long) subBlocks);
                out.add(Map.entry(new BlockKey(f, b, salt), new Item(d, home, false)));
                if (salt == 0) {
                    for (int s = 1; s < subBlocks; s++) {
                        out.add(Map.entry(new BlockKey(f, b, s), new Item(d, home, true)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * An article as it enters blocks: its vector's blocking features ({@link #choose}), each hot when
     * more than {@code blockSize} articles of the input hold it.
     *
     * @param documentFrequency the number of articles holding a feature
     */
    Doc enter(long key, long time, String lang, StoryVector vector, int blockingFeatures, LongUnaryOperator documentFrequency) {
        long[] block = choose(vector, blockingFeatures);
        boolean[] hot = new boolean[block.length];
        for (int i = 0; i < block.length; i++) {
            hot[i] = documentFrequency.applyAsLong(block[i]) > blockSize;
        }
        return new Doc(key, time, lang, vector, block, hot);
    }

    /** The sub-blocks of a hot (feature, bucket) that {@code count} articles count in, or 0 when one block holds them all. */
    int salt(long count) {
        return count > blockSize ? (int) ((count + blockSize - 1) / blockSize) : 0;
    }

    /** A block's candidate pairs scored: the edges at or above the threshold, and how many pairs were compared. */
    record Scored(List<StoryClusterer.Edge> edges, int pairs) implements Serializable {}

    /** Scores the pairs one block emits ({@link #pairs}) and keeps those at or above {@code edgeThreshold}. */
    Scored score(long feature, Iterable<Item> block, Similarity similarity, double edgeThreshold) {
        List<Item> items = new ArrayList<>();
        block.forEach(items::add);
        List<Item[]> pairs = pairs(feature, items);
        List<StoryClusterer.Edge> edges = new ArrayList<>();
        for (Item[] p : pairs) {
            Doc a = p[0].doc();
            Doc b = p[1].doc();
            double sim = similarity.pair(a.vector(), a.lang(), a.time(), b.vector(), b.lang(), b.time());
            if (sim >= edgeThreshold) {
                edges.add(new StoryClusterer.Edge(a.key(), b.key(), sim));
            }
        }
        return new Scored(edges, pairs.size());
    }

    /** The pairs one block emits (each once over all blocks), as [earlier-or-equal key, other] items. */
    List<Item[]> pairs(long feature, List<Item> block) {
        List<Item> items = new ArrayList<>(block);
        items.sort(Comparator.comparingLong((Item it) -> it.doc().time())
                .thenComparing((x, y) -> Long.compareUnsigned(x.doc().key(), y.doc().key())));
        List<Item[]> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item a = items.get(i);
            for (int j = i + 1; j < items.size(); j++) {
                Item b = items.get(j);
                if (b.doc().time() - a.doc().time() > windowSeconds) {
                    break;
                }
                if ((!a.home() && !b.home()) || (a.anchor() && b.anchor()) || a.doc().key() == b.doc().key()) {
                    continue;
                }
                if (emittingFeature(a.doc(), b.doc()) == feature) {
                    out.add(new Item[] {a, b});
                }
            }
        }
        return out;
    }

    /** The one shared blocking feature whose block emits the pair: first non-hot, else first hot. */
    static long emittingFeature(Doc a, Doc b) {
        long firstHot = Long.MIN_VALUE;
        boolean anyHot = false;
        int i = 0;
        int j = 0;
        while (i < a.blockKeys().length && j < b.blockKeys().length) {
            long x = a.blockKeys()[i];
            long y = b.blockKeys()[j];
            if (x == y) {
                if (!a.hot()[i] && !b.hot()[j]) {
                    return x;
                }
                if (!anyHot) {
                    anyHot = true;
                    firstHot = x;
                }
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return anyHot ? firstHot : Long.MIN_VALUE;
    }

    /** SplitMix64's finaliser: spreads article keys over salts. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
