package io.storyline.cli;

import io.storyline.config.Settings;
import io.storyline.pipeline.Pipeline;
import io.storyline.spark.SparkSessions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A command that runs stages of the pipeline over crawl inputs: {@code run} and each stage alone. */
abstract class PipelineCommand implements Callable<Integer> {
    @Mixin
    SparkJobOptions options;

    abstract String name();

    abstract List<Pipeline.Stage> stages();

    @Override
    public Integer call() {
        Settings settings = options.settings();
        Pipeline.RunSummary summary = SparkSessions.runWithSparkSession("storyline " + name(), options.master, spark ->
                new Pipeline(spark, settings).run(new Pipeline.RunRequest(name(), options.inputs,
                        options.prefix(settings), options.output, options.date), stages()));
        Summaries.print(System.out, summary);
        return 0;
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Runs every stage over the inputs into --output.")
    static final class Run extends PipelineCommand {
        @Override
        String name() {
            return "run";
        }

        @Override
        List<Pipeline.Stage> stages() {
            return List.of(Pipeline.Stage.values());
        }
    }

    @Command(name = "dedup", mixinStandardHelpOptions = true,
            description = "Finds near-duplicate groups in the documents of an earlier run (--input is its output).")
    static final class Dedup extends PipelineCommand {
        @Override
        String name() {
            return "dedup";
        }

        @Override
        List<Pipeline.Stage> stages() {
            return List.of(Pipeline.Stage.DEDUP);
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Tags named-entity mentions in the documents of an earlier run (--input is its output); writes mentions and entities.")
    static final class Tag extends PipelineCommand {
        @Override
        String name() {
            return "tag";
        }

        @Override
        List<Pipeline.Stage> stages() {
            return List.of(Pipeline.Stage.TAG);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Merges the entity keys of an earlier run's mentions that name one entity (--input is its output); rewrites mentions.entity_id and entities.")
    static final class Resolve extends PipelineCommand {
        @Override
        String name() {
            return "resolve";
        }

        @Override
        List<Pipeline.Stage> stages() {
            return List.of(Pipeline.Stage.RESOLVE);
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Reads crawl archives and writes the documents and rejects tables into --output.")
    static final class Ingest extends PipelineCommand {
        @Override
        String name() {
            return "ingest";
        }

        @Override
        List<Pipeline.Stage> stages() {
            return List.of(Pipeline.Stage.INGEST);
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Groups the documents of an earlier run into cross-lingual stories (--input is its output).")
    static final class Stories extends PipelineCommand {
        @Override
        String name() {
            return "stories";
        }

        @Override
        List<Pipeline.Stage> stages() {
            return List.of(Pipeline.Stage.STORIES);
        }
    }

    @Command(name = "tables", mixinStandardHelpOptions = true,
            description = "Writes source_timelines and fills entities.story_count from an earlier run's stories (--input is its output).")
    static final class Tables extends PipelineCommand {
        @Override
        String name() {
            return "tables";
        }

        @Override
        List<Pipeline.Stage> stages() {
            return List.of(Pipeline.Stage.TABLES);
        }
    }
}
