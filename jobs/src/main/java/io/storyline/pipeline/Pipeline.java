package io.storyline.pipeline;

import io.storyline.config.Settings;
import io.storyline.ingest.IngestStage;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.RejectsTable;
import io.storyline.spark.RunManifest;
import io.storyline.spark.TableStore;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code run} is the stages in order, in one SparkSession, with one manifest for the run. */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** The stages, in the order they run. */
    public enum Stage { INGEST }

    /** What a run was asked to do. */
    public record RunRequest(String command, List<String> inputs, String inputPrefix, String output, LocalDate date) {}

    /** What a run produced, for the command line's summary. */
    public record RunSummary(String output, IngestStage.Result ingest) {}

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

        if (!stages.contains(Stage.INGEST)) {
            throw new IllegalArgumentException("a run starts with the ingest stage");
        }
        long started = System.nanoTime();
        LOG.info("ingest: starting");
        IngestStage.Result ingest = new IngestStage(spark, settings).run(
                new IngestStage.Request(request.inputs(), request.inputPrefix(), request.date()), store);
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("ingest: {} records -> {} documents, {} rejects in {} s", ingest.recordsRead(), ingest.documents(),
                ingest.rejects(), String.format("%.1f", seconds));
        manifest.inputFiles(ingest.files(), ingest.skipped())
                .stage("ingest", seconds, ingest.recordsRead())
                .table(DocumentsTable.NAME, ingest.documents())
                .table(RejectsTable.NAME, ingest.rejects())
                .rejectReasons(ingest.rejectsByReason())
                .languages(ingest.languages());

        store.writeFile(RunManifest.FILE, manifest.toJson());
        return new RunSummary(request.output(), ingest);
    }
}
