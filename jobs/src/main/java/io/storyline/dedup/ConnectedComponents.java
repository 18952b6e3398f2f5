package io.storyline.dedup;

import io.storyline.config.Settings.ComponentsMethod;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.graphx.Graph;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Connected components of an undirected edge list at cluster scale, with no driver collect: each
 * node is labelled with the smallest node id of its component.
 */
public final class ConnectedComponents {
    private ConnectedComponents() {}

    /**
     * (node, smallest id of its component) for every node that has an edge, computed and kept
     * (memory and disk) for the caller to unpersist; what the method cached on the way, it releases.
     */
    public static JavaPairRDD<Long, Long> label(JavaPairRDD<Long, Long> edges, ComponentsMethod method) {
        return switch (method) {
            case LARGE_STAR -> largeStarSmallStar(edges);
            case GRAPHX -> graphx(edges);
        };
    }

    /**
     * Alternating large-star and small-star (Kiveris et al., "Connected Components in MapReduce and
     * Beyond", SoCC 2014): O(log n) rounds, each a shuffle of the edge list, ending with every node
     * linked to its component's minimum. Edges are kept as (larger, smaller) pairs.
     */
    static JavaPairRDD<Long, Long> largeStarSmallStar(JavaPairRDD<Long, Long> edges) {
        JavaPairRDD<Long, Long> current = edges.filter(e -> !e._1().equals(e._2()))
                .mapToPair(e -> e._1() > e._2() ? e : e.swap()).distinct();
        current.persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> large = largeStar(current);
            JavaPairRDD<Long, Long> small = smallStar(large).persist(StorageLevel.MEMORY_AND_DISK());
            // Converged when a round changes nothing.
            boolean changed = small.subtract(current).count() > 0 || current.subtract(small).count() > 0;
            current.unpersist();
            current = small;
            if (!changed) {
                break;
            }
        }
        // Now each (u, m) links a node to its component's minimum; minimums label themselves.
        JavaPairRDD<Long, Long> labels = current.union(current.values().distinct().mapToPair(m -> new Tuple2<>(m, m)))
                .reduceByKey(Math::min).persist(StorageLevel.MEMORY_AND_DISK());
        labels.count();
        current.unpersist();
        return labels;
    }

    /** For each node u: link every larger neighbour to the smallest of u's neighbourhood (u included). */
    private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> edges) {
        JavaPairRDD<Long, Long> both = edges.union(edges.mapToPair(Tuple2::swap));
        return both.groupByKey().flatMapToPair(node -> {
            long u = node._1();
            long m = smallest(u, node._2());
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long v : node._2()) {
                if (v > u) {
                    out.add(new Tuple2<>(v, m));
                }
            }
            return out.iterator();
        }).filter(e -> !e._1().equals(e._2())).distinct();
    }

    /** For each node u: link u and its smaller neighbours to the smallest of them. */
    private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges) {
        // edges are (larger, smaller): grouping by the larger end gives each node its smaller neighbours
        return edges.groupByKey().flatMapToPair(node -> {
            long u = node._1();
            long m = smallest(u, node._2());
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long v : node._2()) {
                if (v != m) {
                    out.add(new Tuple2<>(v, m));
                }
            }
            if (u != m) {
                out.add(new Tuple2<>(u, m));
            }
            return out.iterator();
        }).distinct();
    }

    /** The smallest of {@code u} and its neighbours. */
    private static long smallest(long u, Iterable<Long> neighbours) {
        long m = u;
        for (long v : neighbours) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** GraphX's Pregel-based connected components, for comparison. */
    static JavaPairRDD<Long, Long> graphx(JavaPairRDD<Long, Long> edges) {
        ClassTag<Object> objectTag = ClassTag$.MODULE$.apply(Object.class);
        Graph<Object, Object> graph = Graph.fromEdgeTuples(
                edges.map(e -> new Tuple2<Object, Object>(e._1(), e._2())).rdd(), 0,
                scala.Option.empty(), StorageLevel.MEMORY_AND_DISK(), StorageLevel.MEMORY_AND_DISK(), objectTag);
        Graph<Object, Object> components = graph.ops().connectedComponents();
        JavaPairRDD<Long, Long> labels = components.vertices().toJavaRDD()
                .mapToPair(v -> new Tuple2<>((Long) v._1(), (Long) v._2()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        labels.count();
        // GraphX keeps both graphs cached; the labels are all that is needed from here.
        components.unpersist(false);
        graph.unpersist(false);
        return labels;
    }
}
