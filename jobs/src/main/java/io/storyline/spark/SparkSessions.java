package io.storyline.spark;

import java.util.function.Function;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;

/**
 * Owns the SparkSession's lifecycle for the command line; jobs take the session as a parameter.
 * Cluster settings (executors, memory) belong to spark-submit, not here: only the settings that
 * the tables' meaning depends on are fixed in code.
 */
public final class SparkSessions {
    private SparkSessions() {}

    /** @param master the master URL, or null for the one spark-submit set (local[*] when none) */
    public static <T> T runWithSparkSession(String appName, String master, Function<SparkSession, T> job) {
        SparkSession spark = create(appName, master);
        try {
            return job.apply(spark);
        } finally {
            spark.stop();
        }
    }

    public static SparkSession create(String appName, String master) {
        String effective = master != null ? master : System.getProperty("spark.master", "local[*]");
        SparkSession.Builder builder = SparkSession.builder().appName(appName).master(effective);
        if (effective.startsWith("local")) {
            // A local run is one machine: 200 shuffle partitions only add task overhead.
            builder.config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "8");
        }
        SparkSession spark = withTableSettings(builder).getOrCreate();
        quietLogging();
        return spark;
    }

    /**
     * The settings the tables' meaning depends on, for every session that writes or reads them
     * (the tests' local sessions too): tables are in UTC, timestamps come in and out as java.time
     * types, and Parquet stores them as microseconds.
     */
    public static SparkSession.Builder withTableSettings(SparkSession.Builder builder) {
        return builder
                .config("spark.sql.session.timeZone", "UTC")
                // Wide structs (the report's JSON rows) would otherwise log a WARN about truncated plan strings.
                .config("spark.sql.debug.maxToStringFields", "200")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    }

    /**
     * Spark at WARN, Storyline's progress at INFO, unless the user named a log4j2 configuration:
     * spark-submit otherwise applies Spark's INFO defaults before our jar is even on the classpath.
     */
    private static void quietLogging() {
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
            Configurator.setRootLevel(Level.WARN);
            Configurator.setLevel("io.storyline", Level.INFO);
        }
    }
}
