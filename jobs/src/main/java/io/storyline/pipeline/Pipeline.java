package io.storyline.pipeline;

import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.spark.Caches;
import io.storyline.spark.RunManifest;
import io.storyline.spark.SparkProgress;
import io.storyline.spark.TableStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run: stages in order, in one SparkSession, with one manifest. Each stage reads a table from
 * this run's output when an earlier stage of the run wrote it, else from the input folder (a stage
 * run alone: {@code --input} is an earlier run's output). Every declared read is checked before
 * any stage starts.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final SparkSession spark;
    private final Settings settings;

    public Pipeline(SparkSession spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public RunSummary run(RunRequest request, List<? extends Stage<?>> stages) {
        TableStore output = store(request.output());
        // A run that starts from the crawl (ingest first) reads nothing but what it writes.
        TableStore input = stages.get(0).spec().reads().isEmpty() ? output : earlierRun(request);
        List<Map<String, TableStore>> sources = checkReads(stages, input, output);
        RunManifest manifest = new RunManifest(request.command(), request.inputs(),
                request.date() == null ? null : request.date().toString(), settings.effectiveJson());
        DailyScope scope = request.date() == null ? null : new DailyScope(request.date(), settings.daily().recomputeDays());
        if (scope != null) {
            manifest.scope(scope.first().toString(), scope.last().toString());
        }
        List<StageSummary> summaries = new ArrayList<>();
        Set<String> written = new LinkedHashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage<?> stage = stages.get(i);
            Map<String, TableInput> declared = stage.spec().reads().stream().collect(Collectors.toMap(TableInput::name, t -> t));
            StageInputs inputs = new StageInputs(spark, request, scope, declared, sources.get(i), output, new Caches());
            StageSummary summary = runStage(stage, inputs, output, manifest);
            summaries.add(summary);
            stage.spec().writes().forEach(t -> written.add(t.name()));
        }
        if (input != output) {
            String earlier = output.readFile(RunManifest.FILE);
            if (earlier != null) {
                manifest.carryForward(earlier);
            }
        }
        output.writeFile(RunManifest.FILE, manifest.toJson());
        return new RunSummary(request.output(), summaries, new ArrayList<>(written));
    }

    private <S extends StageSummary> S runStage(Stage<S> stage, StageInputs inputs, TableStore output, RunManifest manifest) {
        String name = stage.spec().name();
        long started = System.nanoTime();
        LOG.info("{}: starting", name);
        S summary;
        try (SparkProgress progress = SparkProgress.start(spark.sparkContext(), name, SparkProgress.DEFAULT_INTERVAL_SECONDS)) {
            Plan<S> plan = stage.plan(inputs);
            for (Write write : plan.writes()) {
                write(output, declaredOutput(stage.spec(), write), write);
            }
            summary = plan.measure().apply(output);
        } finally {
            inputs.caches().release();
        }
        StageSummary.Report report = summary.report();
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("{}: {} in {}", name, report.logLine(), elapsed(report.recordsIn(), seconds));
        manifest.stage(name, seconds, report.recordsIn());
        new TreeMap<>(report.tableRows()).forEach(manifest::table);
        summary.addTo(manifest);
        return summary;
    }

    /** A write must be of a table the stage declared, in full or by the table's declared policy. */
    private static TableOutput declaredOutput(StageSpec stage, Write write) {
        TableOutput declared = stage.writes().stream().filter(t -> t.name().equals(write.table())).findFirst()
                .orElseThrow(() -> new IllegalStateException(stage.name() + " wrote " + write.table() + ", which it does not declare"));
        if (write.policy() != TableOutput.WritePolicy.REPLACE_ALL && write.policy() != declared.policy()) {
            throw new IllegalStateException(stage.name() + " wrote " + write.table() + " by " + write.policy()
                    + ", not its declared " + declared.policy());
        }
        return declared;
    }

    private static void write(TableStore output, TableOutput table, Write write) {
        switch (write.policy()) {
            case REPLACE_ALL -> output.write(table.name(), write.rows().of(output), table.partitionColumns());
            case REPLACE_PARTITIONS -> {
                if (!write.partitions().isEmpty()) {
                    output.replacePartitions(table.name(), write.rows().of(output), table.partitionColumn(), write.partitions());
                }
            }
            case REPLACE_ROWS -> output.replaceRows(table.name(), table.schema(), write.rows().of(output), write.key(),
                    write.replacedKeys().of(output), table.partitionColumns());
        }
    }

    /**
     * Where each stage reads each of its tables, checked before any work starts: a table an earlier
     * stage writes comes from the output; any other must be in the input folder (when required) with
     * the declared columns.
     */
    private List<Map<String, TableStore>> checkReads(List<? extends Stage<?>> stages, TableStore input, TableStore output) {
        List<Map<String, TableStore>> sources = new ArrayList<>();
        Set<String> writtenBefore = new LinkedHashSet<>();
        for (Stage<?> stage : stages) {
            Map<String, TableStore> from = new HashMap<>();
            for (TableInput table : stage.spec().reads()) {
                if (writtenBefore.contains(table.name())) {
                    from.put(table.name(), output);
                    continue;
                }
                from.put(table.name(), input);
                if (input.exists(table.name())) {
                    checkColumns(input, table);
                } else if (table.required()) {
                    throw new UsageException("no " + table.name() + " table in " + input.root() + " (run " + table.writer()
                            + " into it first)");
                }
            }
            sources.add(from);
            stage.spec().writes().forEach(t -> writtenBefore.add(t.name()));
        }
        return sources;
    }

    /** The table's files must have every declared column with its type (nullability aside). */
    private void checkColumns(TableStore store, TableInput table) {
        StructType found;
        try {
            found = spark.read().parquet(store.pathOf(table.name())).schema();
        } catch (Exception e) {
            if (e instanceof AnalysisException) {
                return; // no data files (an empty table): nothing to check, and it reads as no rows
            }
            throw e;
        }
        List<String> wrong = new ArrayList<>();
        for (StructField field : table.schema().fields()) {
            String want = field.dataType().catalogString();
            String have = java.util.Arrays.stream(found.fields()).filter(f -> f.name().equals(field.name()))
                    .map(f -> f.dataType().catalogString()).findFirst().orElse(null);
            if (!want.equals(have)) {
                wrong.add(field.name() + " " + want + (have == null ? " missing" : " (found " + have + ")"));
            }
        }
        if (!wrong.isEmpty()) {
            throw new UsageException("the " + table.name() + " table in " + store.root() + " does not have the columns this version reads: "
                    + String.join(", ", wrong) + " (run " + table.writer() + " into it again)");
        }
    }

    /** The tables a stage run alone reads: those of the run whose output is --input. */
    private TableStore earlierRun(RunRequest request) {
        if (request.inputs().size() != 1) {
            throw new UsageException("a stage run alone takes one --input: the output folder of an earlier run");
        }
        return store(request.inputs().get(0));
    }

    private TableStore store(String root) {
        return new TableStore(spark, root, settings.output().compression());
    }

    /** "12.3 s, 456 records/s": the tail of each stage's closing line. */
    static String elapsed(long records, double seconds) {
        return String.format(Locale.ROOT, "%.1f s, %.0f records/s", seconds, records / Math.max(seconds, 1e-3));
    }
}
