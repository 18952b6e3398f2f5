package io.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SparkTestBase;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class PartitionLookupTest extends SparkTestBase {

    @Test
    void eachPartitionReadsTheEntriesOfItsOwnKeysAndTheElementsStayWhereTheyAre() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Words in three partitions, looked up by their first letter; "c" has no entry.
        JavaRDD<String> words = jsc.parallelize(List.of("apple", "avocado", "banana", "cherry", "blueberry", "apricot"), 3);
        JavaPairRDD<String, Integer> table = jsc.parallelizePairs(List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 2),
                new Tuple2<>("z", 26)), 2);

        JavaRDD<String> looked = PartitionLookup.map(words, w -> List.of(w.substring(0, 1)).iterator(), table,
                (lookup, w) -> w + "=" + lookup.getOrDefault(w.substring(0, 1), 0) + " of " + new TreeMap<>(lookup));

        assertThat(looked.glom().collect()).containsExactly(
                List.of("apple=1 of {a=1}", "avocado=1 of {a=1}"),
                List.of("banana=2 of {b=2}", "cherry=0 of {b=2}"),
                List.of("blueberry=2 of {a=1, b=2}", "apricot=1 of {a=1, b=2}"));
    }

    @Test
    void anEmptyTableLeavesEveryElementItsDefault() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Integer> numbers = jsc.parallelize(List.of(1, 2, 3, 4), 2);
        JavaPairRDD<Integer, String> none = jsc.parallelizePairs(List.<Tuple2<Integer, String>>of(), 1);
        assertThat(PartitionLookup.map(numbers, n -> List.of(n).iterator(), none, (lookup, n) -> lookup.size()).collect())
                .containsExactly(0, 0, 0, 0);
    }
}
