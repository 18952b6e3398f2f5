package io.storyline.cli;

import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.pipeline.Pipeline;
import io.storyline.pipeline.RunRequest;
import io.storyline.pipeline.RunSummary;
import io.storyline.report.ReportWriter;
import io.storyline.spark.SparkSessions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: the whole pipeline on the bundled sample crawl, with a summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs every stage on the bundled sample crawl (samples/crawl) into out/demo, writes its report "
                + "(out/demo/_report/index.html) and prints a summary.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--samples", paramLabel = "DIR", description = "The samples folder (default: the project's samples/).")
    Path samples;

    @Option(names = "--output", paramLabel = "DIR", description = "Output root (default: out/demo in the project).")
    Path output;

    @Option(names = "--conf", paramLabel = "FILE", description = "A HOCON file overriding conf/storyline.conf.")
    File conf;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
    String master = "local[*]";

    @Override
    public Integer call() {
        Path home = Path.of(System.getenv().getOrDefault("STORYLINE_HOME", "."));
        Path crawl = (samples != null ? samples : home.resolve("samples")).resolve("crawl");
        if (!Files.isDirectory(crawl)) {
            throw new UsageException("no sample crawl at " + crawl + " (pass --samples DIR)");
        }
        Path out = output != null ? output : home.resolve("out").resolve("demo");
        Settings settings = Settings.load(conf);
        long started = System.nanoTime();
        String tables = out.toAbsolutePath().toString();
        SparkSessions.runWithSparkSession("storyline demo", master, spark -> {
            RunSummary summary = new Pipeline(spark, settings).run(new RunRequest("demo",
                    List.of(crawl.toAbsolutePath().toString()), settings.ingest().inputPrefix(), tables, null),
                    StageCatalog.all(settings));
            System.out.printf("Storyline demo on %s%n", crawl);
            Summaries.print(System.out, summary);
            return ReportCommand.write(spark, tables, null, ReportWriter.DEFAULT_TOP, System.out);
        });
        System.out.printf("time          %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.printf("open          %s/%s/index.html in a browser%n", tables, ReportCommand.DEFAULT_FOLDER);
        System.out.printf("next          bin/storyline export --tables %s --table documents --format csv%n", out);
        return 0;
    }
}
