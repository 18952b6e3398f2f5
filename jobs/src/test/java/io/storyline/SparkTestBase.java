package io.storyline;

import io.storyline.config.Settings;
import io.storyline.spark.Caches;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the Spark test classes: one {@link LocalSpark} session per class, started before its
 * first test and stopped after its last, the class's temporary folder, the default settings
 * that the stages take, and the caches of each test. The fields are static because they live as long as the class; test
 * classes run one at a time, so each one's session replaces the last one's.
 */
public abstract class SparkTestBase {
    @TempDir
    protected static Path tmp;
    protected static SparkSession spark;
    protected static Settings settings;

    // Names no subclass uses, so that a subclass's own @BeforeAll/@AfterAll cannot hide these.
    @BeforeAll
    static void startLocalSpark(TestInfo test) {
        spark = LocalSpark.start(test.getTestClass().orElseThrow(), tmp);
        settings = Settings.load();
    }

    @AfterAll
    static void stopLocalSpark() {
        spark.stop();
    }

    /** Where a test's stage keeps what it caches: released after each test, as the pipeline does after each stage. */
    protected final Caches caches = new Caches();

    @AfterEach
    void releaseCaches() {
        caches.release();
    }
}
