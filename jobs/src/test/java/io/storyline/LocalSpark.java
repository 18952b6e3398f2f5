package io.storyline;

import io.storyline.spark.SparkSessions;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A test's local SparkSession: production's table settings (SparkSessions.withTableSettings), and
 * for a test only two cores, no UI, few shuffle partitions and a warehouse in the test's temporary
 * folder. Test classes get theirs from {@link SparkTestBase}.
 */
public final class LocalSpark {
    private LocalSpark() {}

    public static SparkSession start(Class<?> testClass, Path tmp) {
        return SparkSessions.withTableSettings(SparkSession.builder())
                .master("local[2]").appName(testClass.getSimpleName())
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "3")
                .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString())
                .getOrCreate();
    }
}
