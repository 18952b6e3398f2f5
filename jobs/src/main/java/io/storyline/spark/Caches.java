package io.storyline.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.storage.StorageLevel;

/**
 * The data one stage keeps in memory (and on disk) while it runs, released together once its
 * tables are written, so that nothing a stage cached outlives it in a one-session {@code run}.
 */
public final class Caches {
    private final List<Runnable> releases = new ArrayList<>();

    public <T> JavaRDD<T> keep(JavaRDD<T> rdd) {
        rdd.persist(StorageLevel.MEMORY_AND_DISK());
        releases.add(rdd::unpersist);
        return rdd;
    }

    public <K, V> JavaPairRDD<K, V> keep(JavaPairRDD<K, V> rdd) {
        rdd.persist(StorageLevel.MEMORY_AND_DISK());
        releases.add(rdd::unpersist);
        return rdd;
    }

    public <T> Dataset<T> keep(Dataset<T> rows) {
        rows.persist(StorageLevel.MEMORY_AND_DISK());
        releases.add(rows::unpersist);
        return rows;
    }

    /** Unpersists everything kept so far. */
    public void release() {
        releases.forEach(Runnable::run);
        releases.clear();
    }
}
