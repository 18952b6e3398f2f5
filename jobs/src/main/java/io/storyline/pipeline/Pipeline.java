package io.storyline.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.dedup.DedupStage;
import io.storyline.ingest.IngestStage;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.schema.RejectsTable;
import io.storyline.spark.RunManifest;
import io.storyline.spark.TableStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code run} is the stages in order, in one SparkSession, with one manifest for the run. A later
 * stage run alone reads the tables of an earlier run: its {@code --input} is that run's output.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** The stages, in the order they run. */
    public enum Stage { INGEST, DEDUP }

    /** What a run was asked to do. */
    public record RunRequest(String command, List<String> inputs, String inputPrefix, String output, LocalDate date) {}

    /** What the dedup stage produced. */
    public record DedupSummary(long documents, long groups, long members, long candidatePairs, long edges) {}

    /** What a run produced, for the command line's summary; a stage that did not run is null. */
    public record RunSummary(String output, IngestStage.Result ingest, DedupSummary dedup) {}

    private final SparkSession spark;
    private final Settings settings;

    public Pipeline(SparkSession spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public RunSummary run(RunRequest request, List<Stage> stages) {
        TableStore store = new TableStore(spark, request.output(), settings.output().compression());
        RunManifest manifest = new RunManifest(request.command(), request.inputs(),
                request.date() == null ? null : request.date().toString(), settings.effectiveJson());
        IngestStage.Result ingest = null;
        TableStore tables = store;
        if (stages.contains(Stage.INGEST)) {
            ingest = ingest(request, store, manifest);
        } else {
            tables = earlierRun(request);
        }
        DailyScope scope = request.date() == null ? null : new DailyScope(request.date(), settings.daily().recomputeDays());
        if (scope != null) {
            manifest.scope(scope.first().toString(), scope.last().toString());
        }
        DedupSummary dedup = stages.contains(Stage.DEDUP) ? dedup(tables, store, manifest, scope) : null;
        String earlier = stages.contains(Stage.INGEST) ? null : store.readFile(RunManifest.FILE);
        if (earlier != null) {
            manifest.carryForward(earlier);
        }
        store.writeFile(RunManifest.FILE, manifest.toJson());
        return new RunSummary(request.output(), ingest, dedup);
    }

    private IngestStage.Result ingest(RunRequest request, TableStore store, RunManifest manifest) {
        long started = System.nanoTime();
        LOG.info("ingest: starting");
        IngestStage.Result ingest = new IngestStage(spark, settings).run(
                new IngestStage.Request(request.inputs(), request.inputPrefix(), request.date()), store);
        double seconds = seconds(started);
        LOG.info("ingest: {} records -> {} documents, {} rejects in {} s", ingest.recordsRead(), ingest.documents(),
                ingest.rejects(), String.format("%.1f", seconds));
        manifest.inputFiles(ingest.files(), ingest.skipped())
                .stage("ingest", seconds, ingest.recordsRead())
                .table(DocumentsTable.NAME, ingest.documents())
                .table(RejectsTable.NAME, ingest.rejects())
                .rejectReasons(ingest.rejectsByReason())
                .languages(ingest.languages());
        return ingest;
    }

    private DedupSummary dedup(TableStore tables, TableStore store, RunManifest manifest, DailyScope scope) {
        long started = System.nanoTime();
        LOG.info("dedup: starting");
        Dataset<Row> documents = documentsIn(tables, scope);
        DedupStage.Result result = new DedupStage(spark, settings.dedup()).run(documents);
        Dataset<Row> nearDuplicates = result.nearDuplicates().repartition(col("group_id"))
                .sortWithinPartitions("group_id", "doc_id");
        if (scope == null) {
            store.write(NearDuplicatesTable.NAME, nearDuplicates);
        } else {
            store.replaceRows(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA, nearDuplicates, "doc_id", documents);
        }
        Dataset<Row> written = store.read(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA);
        long members = written.count();
        long groups = written.select("group_id").distinct().count();
        long documentCount = documents.count();
        double seconds = seconds(started);
        LOG.info("dedup: {} documents, {} candidate pairs, {} verified edges -> {} groups of {} documents in {} s",
                documentCount, result.candidatePairs(), result.edges(), groups, members, String.format("%.1f", seconds));
        manifest.stage("dedup", seconds, documentCount).table(NearDuplicatesTable.NAME, members);
        return new DedupSummary(documentCount, groups, members, result.candidatePairs(), result.edges());
    }

    /**
     * The documents a stage that links articles works on: all of them, or those of a daily run's
     * span. A page crawled again unchanged on another day has the same doc_id in both days'
     * partitions (each day is ingested alone); the earliest day's copy stands for it.
     */
    static Dataset<Row> documentsIn(TableStore tables, DailyScope scope) {
        Dataset<Row> documents = tables.read(DocumentsTable.NAME, DocumentsTable.SCHEMA);
        if (scope == null) {
            return documents;
        }
        Dataset<Row> inSpan = documents.filter(col(DocumentsTable.PARTITION).between(
                lit(scope.first().toString()).cast("date"), lit(scope.last().toString()).cast("date")));
        WindowSpec byDocId = Window.partitionBy("doc_id").orderBy(DocumentsTable.PARTITION, "input_file", "record_offset");
        return inSpan.withColumn("_copy", row_number().over(byDocId)).filter(col("_copy").equalTo(1)).drop("_copy");
    }

    /** The tables a stage run alone reads: those of the run whose output is --input. */
    private TableStore earlierRun(RunRequest request) {
        if (request.inputs().size() != 1) {
            throw new UsageException("a stage run alone takes one --input: the output folder of an earlier run");
        }
        String root = request.inputs().get(0);
        if (!root.contains("://") && !Files.isDirectory(Path.of(root, DocumentsTable.NAME))) {
            throw new UsageException("no documents table in " + root + " (run ingest into it first)");
        }
        return new TableStore(spark, root, settings.output().compression());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
