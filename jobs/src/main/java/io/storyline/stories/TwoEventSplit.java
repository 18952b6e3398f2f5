package io.storyline.stories;

import io.storyline.stories.StoryClusterer.Member;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The clusterer's last pass: a story that holds two events is cut in two. Centroids can join a
 * later announcement to an earlier one when its reports cite the earlier one (a subsidy that
 * quotes the budget it follows): the summed centroid shares what both events share, while every
 * pair across them is weak. Here the story's articles are grouped by average linkage over their
 * pair similarities down to two groups; when both groups are tight (mean pair similarity at least
 * {@code cohesion}) and the mean similarity across them is under {@code crossThreshold}, they are
 * two stories, and each is checked again.
 *
 * <p>Loose groups are never cut: a story that grew over weeks through reports that each resemble
 * only their neighbours has low cohesion, and real events look like that. Stories of more than
 * {@value #MAX_CHECKED} articles are not checked: the pair similarities grow with the square of a
 * story's size and the linkage with its cube (at 200: 19,900 pairs, 1.3 million linkage steps).
 */
final class TwoEventSplit implements Serializable {
    static final int MAX_CHECKED = 200;

    private final Similarity similarity;
    private final double crossThreshold;
    private final double cohesion;

    TwoEventSplit(Similarity similarity, double crossThreshold, double cohesion) {
        this.similarity = similarity;
        this.crossThreshold = crossThreshold;
        this.cohesion = cohesion;
    }

    /**
     * The stories that {@code story} (its articles in time order) holds: itself alone, or the parts it
     * is cut into, each in time order, ordered by their first article.
     */
    List<List<Member>> parts(List<Member> story) {
        List<List<Member>> done = new ArrayList<>();
        Deque<List<Member>> todo = new ArrayDeque<>();
        todo.add(story);
        while (!todo.isEmpty()) {
            List<Member> s = todo.poll();
            List<List<Member>> two = cut(s);
            if (two == null) {
                done.add(s);
            } else {
                todo.addAll(two);
            }
        }
        done.sort((a, b) -> StoryClusterer.TIME_ORDER.compare(a.get(0), b.get(0)));
        return done;
    }

    /** The two events {@code story} holds, or null when it is one (or too small or too large to tell). */
    private List<List<Member>> cut(List<Member> story) {
        int n = story.size();
        if (n < 4 || n > MAX_CHECKED || cohesion >= 1) {
            return null;
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            Member a = story.get(i);
            for (int j = i + 1; j < n; j++) {
                Member b = story.get(j);
                sim[i][j] = similarity.pair(a.vector(), a.lang(), a.time(), b.vector(), b.lang(), b.time());
                sim[j][i] = sim[i][j];
            }
        }
        // Average linkage: sums[a][b] is the sum of the pair similarities between groups a and b; the
        // pair of groups with the highest mean joins first (ties: the lower positions), down to two.
        double[][] sums = new double[n][];
        for (int i = 0; i < n; i++) {
            sums[i] = sim[i].clone();
        }
        int[] size = new int[n];
        int[] groupOf = new int[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            groupOf[i] = i;
            alive[i] = true;
        }
        for (int groups = n; groups > 2; groups--) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < n; a++) {
                if (!alive[a]) {
                    continue;
                }
                for (int b = a + 1; b < n; b++) {
                    if (alive[b]) {
                        double mean = sums[a][b] / ((double) size[a] * size[b]);
                        if (mean > best) {
                            best = mean;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                sums[bestA][c] += sums[bestB][c];
                sums[c][bestA] = sums[bestA][c];
            }
            size[bestA] += size[bestB];
            alive[bestB] = false;
            for (int i = 0; i < n; i++) {
                if (groupOf[i] == bestB) {
                    groupOf[i] = bestA;
                }
            }
        }
        int first = groupOf[0];
        List<Member> early = new ArrayList<>();
        List<Member> late = new ArrayList<>();
        List<Integer> earlyAt = new ArrayList<>();
        List<Integer> lateAt = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (groupOf[i] == first ? early : late).add(story.get(i));
            (groupOf[i] == first ? earlyAt : lateAt).add(i);
        }
        if (early.size() < 2 || late.size() < 2 || mean(sim, earlyAt, lateAt) >= crossThreshold
                || within(sim, earlyAt) < cohesion || within(sim, lateAt) < cohesion) {
            return null;
        }
        return List.of(early, late);
    }

    private static double mean(double[][] sim, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += sim[i][j];
            }
        }
        return sum / ((double) a.size() * b.size());
    }

    private static double within(double[][] sim, List<Integer> group) {
        double sum = 0;
        for (int x = 0; x < group.size(); x++) {
            for (int y = x + 1; y < group.size(); y++) {
                sum += sim[group.get(x)][group.get(y)];
            }
        }
        return sum / (group.size() * (group.size() - 1) / 2.0);
    }
}
