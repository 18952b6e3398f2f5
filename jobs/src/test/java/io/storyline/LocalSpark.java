package io.storyline;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession a Spark test class starts in {@code @BeforeAll} and stops in
 * {@code @AfterAll}: two cores, no UI, few shuffle partitions, UTC and java.time values as in
 * production (io.storyline.spark.SparkSessions), and a warehouse in the test's temporary folder.
 */
public final class LocalSpark {
    private LocalSpark() {}

    public static SparkSession start(Class<?> testClass, Path tmp) {
        return SparkSession.builder().master("local[2]").appName(testClass.getSimpleName())
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "3")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString())
                .getOrCreate();
    }
}
