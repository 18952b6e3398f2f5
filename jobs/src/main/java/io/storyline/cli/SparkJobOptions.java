package io.storyline.cli;

import io.storyline.config.Settings;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that run Spark stages over crawl inputs. */
final class SparkJobOptions {
    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Files, directories, globs or path lists (.paths[.gz]); local, hdfs:// or s3a://.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output root of the run's tables.")
    String output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The crawl day being processed: it becomes crawl_date (default: each record's crawl date).")
    LocalDate date;

    @Option(names = "--input-prefix", paramLabel = "URI",
            description = "Resolves the relative entries of path lists (default: storyline.ingest.input-prefix).")
    String inputPrefix;

    @Option(names = "--conf", paramLabel = "FILE", description = "A HOCON file overriding conf/storyline.conf.")
    File conf;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit set, else local[*]).")
    String master;

    Settings settings() {
        return Settings.load(conf);
    }

    String prefix(Settings settings) {
        return inputPrefix != null ? inputPrefix : settings.ingest().inputPrefix();
    }
}
