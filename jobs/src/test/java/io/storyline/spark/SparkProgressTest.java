package io.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkProgressTest extends SparkTestBase {
    @BeforeAll
    static void writeNumbers() {
        spark.range(0, 1000, 1, 4).write().parquet(tmp.resolve("numbers").toString());
    }

    @Test
    void countsTheInputRecordsOfEveryTaskAndLogsAtTheInterval() {
        try (SparkProgress progress = SparkProgress.start(spark.sparkContext(), "test", 0)) {
            assertThat(spark.read().parquet(tmp.resolve("numbers").toString()).filter("id % 2 = 0").count()).isEqualTo(500);
            drainListeners();
            assertThat(progress.records()).isEqualTo(1000);
            assertThat(progress.lines()).isPositive();
        }
    }

    @Test
    void staysQuietWithinTheIntervalAndStopsListeningWhenClosed() {
        SparkProgress progress = SparkProgress.start(spark.sparkContext(), "test", 3600);
        spark.read().parquet(tmp.resolve("numbers").toString()).count();
        drainListeners();
        assertThat(progress.lines()).isZero();
        long seen = progress.records();
        progress.close();
        spark.read().parquet(tmp.resolve("numbers").toString()).collectAsList();
        drainListeners();
        assertThat(progress.records()).isEqualTo(seen);
    }

    @Test
    void aLineNamesRecordsOnlyWhereSparkCountedSome() {
        assertThat(SparkProgress.line("tag", 15, 40, 12_345, 61.4))
                .isEqualTo("tag: 15 of 40 tasks so far, 12,345 input records read in 61 s (201 records/s)");
        assertThat(SparkProgress.line("ingest", 15, 40, 0, 64.2)).isEqualTo("ingest: 15 of 40 tasks so far in 64 s");
    }

    /** Listener events arrive asynchronously; wait until the bus has delivered them. */
    private static void drainListeners() {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty(30_000);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Spark's listener bus did not drain in 30 s", e);
        }
    }
}
