package io.storyline.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;

import io.storyline.schema.DocumentsTable;
import io.storyline.schema.MentionsTable;
import io.storyline.spark.Caches;
import io.storyline.spark.TableStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one stage works from: the run's request, its daily scope, the tables it declared (from this
 * run's output when an earlier stage wrote them, else from the input folder), and where to keep
 * what it caches.
 */
public final class StageInputs {
    private static final Logger LOG = LoggerFactory.getLogger(StageInputs.class);

    private final SparkSession spark;
    private final RunRequest request;
    private final DailyScope scope;
    private final Map<String, TableInput> declared;
    private final Map<String, TableStore> sources;
    private final TableStore output;
    private final Caches caches;
    /** Whether documentsInScope found a document on two days; null before it is called. */
    private Boolean copies;

    StageInputs(SparkSession spark, RunRequest request, DailyScope scope, Map<String, TableInput> declared,
                Map<String, TableStore> sources, TableStore output, Caches caches) {
        this.spark = spark;
        this.request = request;
        this.scope = scope;
        this.declared = declared;
        this.sources = sources;
        this.output = output;
        this.caches = caches;
    }

    public SparkSession spark() {
        return spark;
    }

    public RunRequest request() {
        return request;
    }

    /** The crawl day of a daily run, or null. */
    public LocalDate day() {
        return request.date();
    }

    /** The days a daily run recomputes the cross-day tables over, or null without --date. */
    public DailyScope scope() {
        return scope;
    }

    /** Where the stage keeps what it caches; released once its tables are written. */
    public Caches caches() {
        return caches;
    }

    /** Whether the run has the declared table; when it does not, says so with what the stage does without it. */
    public boolean has(String table) {
        TableStore store = source(table);
        if (store.exists(table)) {
            return true;
        }
        LOG.warn("no {} table in {}: {}", table, store.root(), declaredInput(table).withoutIt());
        return false;
    }

    /** What the stage wrote to this run's output folder in an earlier run (a table it reuses as a cache), if there. */
    public Optional<Dataset<Row>> previousOutput(String table, StructType schema) {
        return output.exists(table) ? Optional.of(output.read(table, schema)) : Optional.empty();
    }

    /** Whether the table is read from this run's output folder, which the stage may be about to rewrite. */
    public boolean readsOutput(String table) {
        return source(table).root().equals(output.root());
    }

    /** A declared table's rows with its declared schema; a missing optional table is no rows, with a warning. */
    public Dataset<Row> table(String name) {
        TableInput input = declaredInput(name);
        return has(name) ? source(name).read(name, input.schema()) : spark.createDataFrame(List.of(), input.schema());
    }

    /**
     * The documents a stage that links articles works on: all of them, or those of a daily run's
     * span, one row per doc_id. A page crawled again unchanged on another day has the same doc_id in
     * both days' partitions (each day is ingested alone); the earliest day's copy stands for it, with
     * or without --date. One pass over the doc_id column finds whether there are such copies: a run's
     * own ingest leaves none, and then the documents are read as they are.
     */
    public Dataset<Row> documentsInScope() {
        Dataset<Row> documents = table(DocumentsTable.NAME);
        Dataset<Row> inSpan = scope == null ? documents : documents.filter(col(DocumentsTable.PARTITION).between(
                lit(scope.first().toString()).cast("date"), lit(scope.last().toString()).cast("date")));
        long recrawled = inSpan.groupBy("doc_id").count().filter(col("count").gt(1)).count();
        copies = recrawled > 0;
        if (!copies) {
            return inSpan;
        }
        LOG.info("{} documents were crawled again unchanged on a later day: each counts once, on its earliest day", recrawled);
        WindowSpec byDocId = Window.partitionBy("doc_id").orderBy(DocumentsTable.PARTITION, "input_file", "record_offset");
        return inSpan.withColumn("_copy", row_number().over(byDocId)).filter(col("_copy").equalTo(1)).drop("_copy");
    }

    /**
     * The mentions of {@link #documentsInScope}'s documents (called after it): a document crawled on two days was
     * tagged on both, and only its earliest tagged day's mentions count, as only its earliest copy does.
     */
    public Dataset<Row> mentionsOf(Dataset<Row> documentsInScope) {
        if (copies == null) {
            throw new IllegalStateException("mentionsOf needs documentsInScope() first");
        }
        Dataset<Row> mentions = table(MentionsTable.NAME);
        if (scope == null && !copies) {
            return mentions;
        }
        Dataset<Row> inScope = documentsInScope.select("doc_id");
        Dataset<Row> ofDocuments = mentions.join(inScope, mentions.col("doc_id").equalTo(inScope.col("doc_id")), "left_semi");
        if (!copies) {
            return ofDocuments;
        }
        return ofDocuments.withColumn("_first", min(MentionsTable.PARTITION).over(Window.partitionBy("doc_id")))
                .filter(col(MentionsTable.PARTITION).equalTo(col("_first"))).drop("_first");
    }

    private TableInput declaredInput(String name) {
        TableInput input = declared.get(name);
        if (input == null) {
            throw new IllegalArgumentException("the stage did not declare that it reads " + name);
        }
        return input;
    }

    private TableStore source(String name) {
        declaredInput(name);
        return sources.get(name);
    }
}
