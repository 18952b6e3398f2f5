package io.storyline.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * A lookup table that grows with the input, read beside the data that asks for it, in place of a map collected
 * to the driver and broadcast. Each partition of the data names the keys its elements want; the table's entries
 * for those keys are joined to the partitions that want them and read there ({@code zipPartitions}). Nothing is
 * collected, the data's elements do not move, and a partition holds only the entries it needs.
 *
 * <p>The data is read twice (for its keys, then to map it): keep it cached. A partition read again after a lost
 * executor need not hold the same elements when its lineage has a shuffle (a repartition); an element that moved
 * finds its key's entry only if its new partition asked for that key too, so a missing entry must be a safe
 * answer (the table's default), never a wrong one.
 */
public final class PartitionLookup {
    private PartitionLookup() {}

    /**
     * {@code data} with each element mapped by {@code mapping} over the entries of {@code table} whose keys its
     * partition asked for ({@code keysOf} each element): the map holds at least the entries of the element's own
     * keys, and no entry for a key the table does not have.
     */
    public static <T, K, V, R> JavaRDD<R> map(JavaRDD<T> data, FlatMapFunction<T, K> keysOf, JavaPairRDD<K, V> table,
                                              Mapping<K, V, T, R> mapping) {
        JavaPairRDD<K, Integer> wanted = data.mapPartitionsWithIndex((partition, it) -> {
            Set<K> keys = new HashSet<>();
            while (it.hasNext()) {
                keysOf.call(it.next()).forEachRemaining(keys::add);
            }
            return keys.stream().map(k -> new Tuple2<>(k, partition)).iterator();
        }, true).mapToPair(t -> t);
        JavaPairRDD<Integer, Tuple2<K, V>> routed = table.join(wanted)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._1(), e._2()._1())))
                .partitionBy(new ByPartition(data.getNumPartitions()));
        return data.zipPartitions(routed, (elements, entries) -> {
            Map<K, V> lookup = new HashMap<>();
            entries.forEachRemaining(e -> lookup.put(e._2()._1(), e._2()._2()));
            return new MappingIterator<>(elements, t -> mapping.apply(lookup, t));
        });
    }

    /** Sends an entry to the partition its key (the partition's index) names. */
    private static final class ByPartition extends Partitioner {
        private final int partitions;

        ByPartition(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object partition) {
            return (Integer) partition;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ByPartition p && p.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }

    /** How an element is mapped, given the entries its partition asked for. */
    @FunctionalInterface
    public interface Mapping<K, V, T, R> extends Serializable {
        R apply(Map<K, V> lookup, T element);
    }
}
