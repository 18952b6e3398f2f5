package io.storyline.stories;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clusters the articles of one connected component of the candidate graph into stories.
 *
 * <p>Articles are taken in time order (event time, then key). Each joins the story of one of its
 * earlier graph neighbours when it is similar enough to that story's centroid, else it starts a
 * story. Stories are then merged, most similar pair first, while their centroids stay similar
 * enough and their articles are alike on average: this joins a story whose first two articles
 * did not recognise each other (a Bulgarian and an English report an hour apart), but not two
 * stories of one broad topic. Comparing with centroids, not with the nearest article, is the
 * chaining guard. Last, a story that holds two tight events only loosely linked is cut in
 * two ({@link TwoEventSplit}).
 *
 * <p>The result depends only on the set of articles and edges, never on their input order: both
 * passes run in a total order of (event time, key), and ties between equal similarities go to the
 * earlier story. A story's key is its earliest article's, so it keeps its key when later articles
 * join it.
 */
final class StoryClusterer implements Serializable {
    /** At DEBUG, every join and merge with its similarity: why two articles share a story. */
    private static final Logger LOG = LoggerFactory.getLogger(StoryClusterer.class);

    /** One article (a near-duplicate group's representative) of a component. */
    record Member(long key, long time, String lang, StoryVector vector) implements Serializable {
        static Member of(Blocking.Doc d) {
            return new Member(d.key(), d.time(), d.lang(), d.vector());
        }
    }

    /** A candidate pair whose similarity passed the edge threshold. */
    record Edge(long a, long b, double similarity) implements Serializable {}

    /** Where an article went, and its similarity to its story's centroid (its centrality). */
    record Assignment(long key, long storyKey, double score) implements Serializable {}

    /** A component's assignments, and how many cuts the two-event pass made in its stories. */
    record Clustering(List<Assignment> assignments, int cuts) {}

    /** Event time, then doc_id: keys are doc_ids read as unsigned 64-bit numbers, so they compare unsigned. */
    static final Comparator<Member> TIME_ORDER = Comparator.comparingLong(Member::time)
            .thenComparing((a, b) -> Long.compareUnsigned(a.key(), b.key()));

    private final Similarity similarity;
    private final double joinThreshold;
    private final double mergeThreshold;
    private final double mergeCohesion;
    private final TwoEventSplit twoEvents;

    /**
     * {@code mergeCohesion}: two stories merge only when their articles' mean similarity across them reaches
     * it, besides their centroids' reaching {@code mergeThreshold}. {@code splitCohesion}: a story is cut in
     * two when its articles form two groups this tight whose mean similarity to each other is under
     * {@code mergeThreshold} ({@link TwoEventSplit}).
     */
    StoryClusterer(Similarity similarity, double joinThreshold, double mergeThreshold, double mergeCohesion, double splitCohesion) {
        this.similarity = similarity;
        this.joinThreshold = joinThreshold;
        this.mergeThreshold = mergeThreshold;
        this.mergeCohesion = mergeCohesion;
        this.twoEvents = new TwoEventSplit(similarity, mergeThreshold, splitCohesion);
    }

    Clustering cluster(Iterable<Member> input, Iterable<Edge> edges) {
        List<Member> members = new ArrayList<>();
        input.forEach(members::add);
        members.sort(TIME_ORDER);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i).key(), i);
        }
        // Earlier neighbours of each article, as positions in time order (sorted: deterministic).
        List<TreeSet<Integer>> earlier = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            earlier.add(new TreeSet<>());
        }
        for (Edge e : edges) {
            Integer a = index.get(e.a());
            Integer b = index.get(e.b());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            earlier.get(Math.max(a, b)).add(Math.min(a, b));
        }

        int[] story = new int[members.size()];
        Map<Integer, Centroid> centroids = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int best = -1;
            double bestSim = joinThreshold;
            for (int s : storiesOf(earlier.get(i), story)) {
                double sim = centroids.get(s).similarity(m.vector(), m.lang(), m.time(), similarity);
                if (sim >= bestSim && (best < 0 || sim > bestSim)) {
                    best = s;
                    bestSim = sim;
                }
            }
            if (best < 0) {
                best = i;
                centroids.put(i, new Centroid());
            } else if (LOG.isDebugEnabled()) {
                LOG.debug("{} joins the story of {} at {}", StoriesStage.hex(m.key()),
                        StoriesStage.hex(members.get(best).key()), String.format("%.3f", bestSim));
            }
            story[i] = best;
            centroids.get(best).add(m.vector(), m.lang(), m.time());
        }
        merge(story, earlier, centroids, members);
        int cuts = split(story, centroids, members, index);

        List<Assignment> out = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Centroid c = centroids.get(story[i]);
            double score = c.size == 1 ? 1.0 : c.similarity(m.vector(), m.lang(), m.time(), similarity);
            out.add(new Assignment(m.key(), members.get(story[i]).key(), score));
        }
        return new Clustering(out, cuts);
    }

    private static TreeSet<Integer> storiesOf(TreeSet<Integer> neighbours, int[] story) {
        TreeSet<Integer> stories = new TreeSet<>();
        for (int n : neighbours) {
            stories.add(story[n]);
        }
        return stories;
    }

    /** A candidate merge: two stories (by their first article's position) and their similarity. */
    private record Candidate(double similarity, int a, int b, int versionA, int versionB) {}

    /**
     * Merges stories linked by an edge, most similar first (ties: earlier stories first), while the
     * centroid similarity reaches the merge threshold; a pair whose articles are too unlike on average
     * (under the merge cohesion) is passed over. Stale queue entries are skipped by version.
     */
    private void merge(int[] story, List<TreeSet<Integer>> earlier, Map<Integer, Centroid> centroids, List<Member> members) {
        Map<Integer, TreeSet<Integer>> neighbours = new TreeMap<>();
        for (int i = 0; i < story.length; i++) {
            for (int j : earlier.get(i)) {
                int a = story[i];
                int b = story[j];
                if (a != b) {
                    neighbours.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                    neighbours.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
                }
            }
        }
        if (neighbours.isEmpty()) {
            return;
        }
        Map<Integer, Integer> version = new HashMap<>();
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
        for (Map.Entry<Integer, TreeSet<Integer>> e : neighbours.entrySet()) {
            for (int b : e.getValue()) {
                if (e.getKey() < b) {
                    offer(queue, centroids, version, e.getKey(), b);
                }
            }
        }
        Map<Integer, Integer> mergedInto = new HashMap<>();
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.versionA() != version.getOrDefault(c.a(), 0) || c.versionB() != version.getOrDefault(c.b(), 0)
                    || mergedInto.containsKey(c.a()) || mergedInto.containsKey(c.b())) {
                continue;
            }
            if (c.similarity() < mergeThreshold) {
                break;
            }
            double across = mergeCohesion > 0 ? centroids.get(c.a()).meanSimilarity(centroids.get(c.b()), similarity) : 1;
            if (across < mergeCohesion) {
                // Only a merge into one of the two can change this; it offers the pair again.
                if (LOG.isDebugEnabled()) {
                    LOG.debug("the stories of {} and {} stay apart: centroids at {}, articles at {} on average",
                            StoriesStage.hex(members.get(c.a()).key()), StoriesStage.hex(members.get(c.b()).key()),
                            String.format("%.3f", c.similarity()), String.format("%.3f", across));
                }
                continue;
            }
            // The earlier story absorbs the later one and keeps its key.
            int keep = Math.min(c.a(), c.b());
            int gone = Math.max(c.a(), c.b());
            if (LOG.isDebugEnabled()) {
                LOG.debug("the story of {} merges into that of {} at {}", StoriesStage.hex(members.get(gone).key()),
                        StoriesStage.hex(members.get(keep).key()), String.format("%.3f", c.similarity()));
            }
            centroids.get(keep).addAll(centroids.remove(gone));
            mergedInto.put(gone, keep);
            version.merge(keep, 1, Integer::sum);
            TreeSet<Integer> linked = neighbours.get(keep);
            linked.addAll(neighbours.remove(gone));
            linked.remove(keep);
            linked.remove(gone);
            for (int n : linked) {
                TreeSet<Integer> theirs = neighbours.get(n);
                theirs.remove(gone);
                theirs.add(keep);
                offer(queue, centroids, version, Math.min(keep, n), Math.max(keep, n));
            }
        }
        for (int i = 0; i < story.length; i++) {
            int s = story[i];
            while (mergedInto.containsKey(s)) {
                s = mergedInto.get(s);
            }
            story[i] = s;
        }
    }

    /**
     * Cuts the stories that hold two events (a cut-off part's story is its first article's position);
     * returns the number of cuts.
     */
    private int split(int[] story, Map<Integer, Centroid> centroids, List<Member> members, Map<Long, Integer> index) {
        Map<Integer, List<Member>> byStory = new TreeMap<>();
        for (int i = 0; i < story.length; i++) {
            byStory.computeIfAbsent(story[i], s -> new ArrayList<>()).add(members.get(i));
        }
        int cuts = 0;
        for (List<Member> whole : byStory.values()) {
            List<List<Member>> parts = twoEvents.parts(whole);
            if (parts.size() == 1) {
                continue;
            }
            cuts += parts.size() - 1;
            for (List<Member> part : parts) {
                int first = index.get(part.get(0).key());
                Centroid c = new Centroid();
                for (Member m : part) {
                    story[index.get(m.key())] = first;
                    c.add(m.vector(), m.lang(), m.time());
                }
                centroids.put(first, c);
                if (LOG.isDebugEnabled() && first != index.get(whole.get(0).key())) {
                    LOG.debug("the story of {} splits off {} articles from that of {}", StoriesStage.hex(part.get(0).key()),
                            part.size(), StoriesStage.hex(whole.get(0).key()));
                }
            }
        }
        return cuts;
    }

    private void offer(PriorityQueue<Candidate> queue, Map<Integer, Centroid> centroids, Map<Integer, Integer> version,
                       int a, int b) {
        double sim = centroids.get(a).similarity(centroids.get(b), similarity);
        if (sim >= mergeThreshold) {
            queue.add(new Candidate(sim, a, b, version.getOrDefault(a, 0), version.getOrDefault(b, 0)));
        }
    }
}
