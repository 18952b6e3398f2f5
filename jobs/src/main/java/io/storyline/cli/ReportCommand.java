package io.storyline.cli;

import io.storyline.report.ReportWriter;
import io.storyline.report.SiteFiles;
import io.storyline.spark.SparkSessions;
import io.storyline.spark.TableStore;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report}: the static HTML report of a finished run, opened from disk (docs/report.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a static HTML report of a finished run: open its index.html in a browser, no server needed.")
final class ReportCommand implements Callable<Integer> {
    /** Where a run's report goes unless told otherwise: beside its tables, hidden from table listings. */
    static final String DEFAULT_FOLDER = "_report";

    @Option(names = "--tables", required = true, paramLabel = "DIR", description = "The run's --output folder.")
    String tables;

    @Option(names = "--output", paramLabel = "DIR", description = "The report's folder (default: _report in --tables).")
    String output;

    @Option(names = "--top", paramLabel = "N", description = "Rows in each ranking of the overview (default: 20).")
    int top = ReportWriter.DEFAULT_TOP;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
    String master = "local[*]";

    @Override
    public Integer call() {
        SparkSessions.runWithSparkSession("storyline report", master, spark -> {
            write(spark, tables, output, top, System.out);
            return null;
        });
        return 0;
    }

    /** Writes the report of the run in {@code tables} (into its _report when {@code output} is null) and prints where. */
    static ReportWriter.Result write(SparkSession spark, String tables, String output, int top, PrintStream out) {
        String folder = output != null ? output : tables.replaceAll("/+$", "") + "/" + DEFAULT_FOLDER;
        long started = System.nanoTime();
        ReportWriter.Result result = new ReportWriter(spark, new TableStore(spark, tables, "snappy"),
                new SiteFiles(folder, spark.sparkContext().hadoopConfiguration()), top).write();
        out.printf(Locale.ROOT, "%-14s%s  (%,d stories, %,d entities, %,d sources; %,d files in %.1f s)%n", "report",
                result.index(), result.stories(), result.entities(), result.sources(), result.files(),
                (System.nanoTime() - started) / 1e9);
        return result;
    }
}
