package io.storyline.cli;

import io.storyline.config.Settings;
import io.storyline.pipeline.Pipeline;
import io.storyline.pipeline.RunRequest;
import io.storyline.pipeline.RunSummary;
import io.storyline.report.ReportWriter;
import io.storyline.spark.SparkSessions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** A command that runs stages of the pipeline: {@code run}, and one per stage of {@link StageCatalog}. */
@Command(mixinStandardHelpOptions = true)
final class PipelineCommand implements Callable<Integer> {
    @Mixin
    SparkJobOptions options;

    @Option(names = "--report", description = "Then write the static HTML report of --output into its _report folder "
            + "(the same as bin/storyline report --tables OUTPUT).")
    boolean report;

    private final String name;
    private final List<StageCatalog> stages;

    private PipelineCommand(String name, List<StageCatalog> stages) {
        this.name = name;
        this.stages = stages;
    }

    /** {@code run} and each stage's own command, in run order, ready to add to the command line. */
    static void addTo(CommandLine commandLine) {
        commandLine.addSubcommand("run", command("run", List.of(StageCatalog.values()),
                "Runs every stage over the inputs into --output."));
        for (StageCatalog stage : StageCatalog.values()) {
            commandLine.addSubcommand(stage.command(), command(stage.command(), List.of(stage), stage.description()));
        }
    }

    private static CommandLine command(String name, List<StageCatalog> stages, String description) {
        CommandLine command = new CommandLine(new PipelineCommand(name, stages));
        command.getCommandSpec().usageMessage().description(description);
        return command;
    }

    @Override
    public Integer call() {
        Settings settings = options.settings();
        SparkSessions.runWithSparkSession("storyline " + name, options.master, spark -> {
            RunSummary summary = new Pipeline(spark, settings).run(new RunRequest(name, options.inputs,
                    options.prefix(settings), options.output, options.date), StageCatalog.of(settings, stages.toArray(StageCatalog[]::new)));
            Summaries.print(System.out, summary);
            if (report) {
                ReportCommand.write(spark, options.output, null, ReportWriter.DEFAULT_TOP, System.out);
            }
            return summary;
        });
        return 0;
    }
}
