package io.storyline.cli;

import io.storyline.bench.SyntheticDocuments;
import io.storyline.config.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the {@code eval} and {@code bench} commands. */
final class MeasurementOptions {
    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the synthetic crawl and scratch tables are kept (default: a temporary folder).")
    Path work;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[2]).")
    String master = "local[2]";

    @Option(names = "--conf", paramLabel = "FILE", description = "A HOCON file overriding conf/storyline.conf.")
    File conf;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    Settings settings() {
        return Settings.load(conf);
    }

    /** The --work folder, else a new temporary one (call once per command). */
    Path workFolder() throws IOException {
        return work != null ? work : Files.createTempDirectory("storyline-measure");
    }

    /** The synthetic crawl of {@code docs} documents under {@code work}, generated on first use and kept for the next. */
    static Path syntheticCrawl(Path work, long docs) {
        return SyntheticDocuments.ensure(work.resolve("synth-" + docs), docs);
    }
}
