package io.storyline.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.ingest.read.InputFiles.InputFile;
import io.storyline.ingest.read.InputFiles;
import io.storyline.pipeline.Plan;
import io.storyline.pipeline.RunRequest;
import io.storyline.pipeline.Stage;
import io.storyline.pipeline.StageInputs;
import io.storyline.pipeline.StageSpec;
import io.storyline.pipeline.TableOutput;
import io.storyline.pipeline.Write;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.RejectsTable;
import io.storyline.spark.MappingIterator;
import io.storyline.spark.TableStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: crawl archives in, the {@code documents} and {@code rejects} tables out.
 *
 * <p>Files are spread one per task (gzip is not splittable) and streamed record by record through
 * {@link RecordProcessor}; each page's article goes through {@link DocumentFinisher} in the same
 * task. Plain-text articles first go through the per-source template pass, and exact duplicates
 * (same {@code doc_id}) are kept once. Every record read ends up in exactly one of the two tables.
 */
public record IngestStage(Settings settings) implements Stage<IngestSummary> {
    private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);
    private static final StageSpec SPEC = new StageSpec("ingest", List.of(),
            List.of(TableOutput.replacePartitions(DocumentsTable.NAME, DocumentsTable.SCHEMA, DocumentsTable.PARTITION),
                    TableOutput.replacePartitions(RejectsTable.NAME, RejectsTable.SCHEMA, DocumentsTable.PARTITION)));

    @Override
    public StageSpec spec() {
        return SPEC;
    }

    @Override
    public Plan<IngestSummary> plan(StageInputs in) {
        SparkSession spark = in.spark();
        RunRequest request = in.request();
        InputFiles.Expansion expansion = InputFiles.expand(request.inputs(), request.inputPrefix(),
                spark.sparkContext().hadoopConfiguration());
        if (expansion.files().isEmpty()) {
            throw new UsageException("no input files of a known format in " + request.inputs());
        }
        expansion.skipped().forEach(f -> LOG.warn("ingest: skipping {} (unknown format)", f));
        LOG.info("ingest: {} input files", expansion.files().size());

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
        Settings.Ingest ingest = settings.ingest();
        LocalDate date = in.day();
        Instant runDay = date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();

        List<InputFile> files = expansion.files();
        int cores = jsc.defaultParallelism();
        // Gzip is read sequentially, one task per file. With at least as many files as cores, each task
        // also processes its records; with fewer (one big WARC), the records as read are spread over all
        // cores first, since processing them costs several times the reading. A page's article is finished
        // (language, word count, doc_id) in the task that processes it, so it is cached once, as a
        // document. Plain-text articles wait for the per-source template pass over all of them.
        JavaRDD<Processed> outcomes;
        if (files.size() >= cores) {
            outcomes = jsc.parallelize(files, files.size()).mapPartitions(it -> {
                RecordProcessor processor = new RecordProcessor(ingest);
                return closedWithTask(new FileOutcomes<>(it, ingest, conf.value(), runDay, processor::outcome));
            });
        } else {
            outcomes = jsc.parallelize(files, files.size())
                    .mapPartitions(it -> closedWithTask(new FileOutcomes<ReadResult>(it, ingest, conf.value(), runDay, r -> r)))
                    .repartition(cores)
                    .mapPartitions(it -> {
                        RecordProcessor processor = new RecordProcessor(ingest);
                        RecordProgress progress = new RecordProgress("processing, part " + TaskContext.getPartitionId());
                        return new MappingIterator<>(it, r -> {
                            Processed outcome = processor.outcome(r);
                            progress.count(outcome);
                            return outcome;
                        });
                    });
        }
        JavaRDD<Processed> processed = in.caches().keep(outcomes.mapPartitions(it -> {
            DocumentFinisher finisher = new DocumentFinisher(ingest);
            return new MappingIterator<>(it, p -> p instanceof ExtractedArticle a && !a.plainText()
                    ? (Processed) finisher.finish(a, date) : p);
        }));

        JavaRDD<ExtractedArticle> articles = processed
                .filter(p -> p instanceof ExtractedArticle).map(p -> (ExtractedArticle) p);
        JavaRDD<ExtractedArticle> cleaned = TemplateLinePass.apply(articles, ingest);
        JavaRDD<Finished> finishedLater = in.caches().keep(cleaned.mapPartitions(it -> {
            DocumentFinisher finisher = new DocumentFinisher(ingest);
            return new MappingIterator<>(it, a -> finisher.finish(a, date));
        }));
        Dataset<Row> candidates = spark.createDataFrame(
                processed.filter(p -> p instanceof Document).map(p -> TableRows.document((Document) p))
                        .union(finishedLater.filter(f -> f instanceof Document).map(f -> TableRows.document((Document) f))),
                DocumentsTable.SCHEMA);
        JavaRDD<Row> earlyRejects = processed.filter(p -> p instanceof Reject)
                .union(finishedLater.filter(f -> f instanceof Reject).map(f -> (Processed) f))
                .map(r -> TableRows.reject((Reject) r, date));

        // The same doc_id (canonical URL and content) crawled twice is kept once: the earliest
        // crawl, ties broken by file and offset, so the choice does not depend on partitioning.
        WindowSpec byDocId = Window.partitionBy("doc_id").orderBy("crawled_at", "input_file", "record_offset");
        Dataset<Row> ranked = candidates
                .withColumn("_rank", row_number().over(byDocId))
                .withColumn("_kept", concat(first("input_file").over(byDocId), lit("@"),
                        first("record_offset").over(byDocId).cast("string")));
        Dataset<Row> documents = ranked.filter(col("_rank").equalTo(1)).drop("_rank", "_kept");
        Dataset<Row> duplicates = ranked.filter(col("_rank").gt(1)).select(
                col("input_file"), col("record_offset"), col("record_id"), col("url"),
                lit(RejectReason.DUPLICATE_EXACT.code()).as("reason"),
                concat(lit("same doc_id "), col("doc_id"), lit(" as the record kept at "), col("_kept")).as("detail"),
                lit(date).cast("date").as("crawl_date"));
        Dataset<Row> rejects = spark.createDataFrame(earlyRejects, RejectsTable.SCHEMA).unionByName(duplicates);

        // The dedup window already hash-partitioned the rows by doc_id: write them as they are,
        // sorted, rather than shuffling the full texts a second time.
        List<Write> writes = List.of(
                daily(DocumentsTable.NAME, documents.sortWithinPartitions("crawl_date", "doc_id"), date),
                daily(RejectsTable.NAME, rejects.coalesce(Math.max(1, files.size() / 32))
                        .sortWithinPartitions("crawl_date", "input_file", "record_offset"), date));
        return new Plan<>(writes, output -> {
            long recordsRead = processed.count();
            Map<String, Long> languages = countBy(writtenDay(output, DocumentsTable.NAME, DocumentsTable.SCHEMA, date), "lang");
            Map<String, Long> byReason = countBy(writtenDay(output, RejectsTable.NAME, RejectsTable.SCHEMA, date), "reason");
            return new IngestSummary(recordsRead, sum(languages), sum(byReason), byReason, languages,
                    files.stream().map(InputFile::path).toList(), expansion.skipped());
        });
    }

    /**
     * Both ingest tables are partitioned by crawl_date. A run with --date replaces that day's
     * partition and keeps the other days; a run without it replaces the tables.
     */
    private static Write daily(String table, Dataset<Row> rows, LocalDate date) {
        return date == null ? Write.all(table, rows) : Write.partitions(table, rows, List.of(date.toString()));
    }

    /** What this run wrote: the whole table, or the run's day of it. */
    private static Dataset<Row> writtenDay(TableStore store, String table, StructType schema, LocalDate date) {
        Dataset<Row> rows = store.read(table, schema);
        return date == null ? rows : rows.filter(col(DocumentsTable.PARTITION).equalTo(lit(date.toString()).cast("date")));
    }

    private static Map<String, Long> countBy(Dataset<Row> table, String column) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row row : table.groupBy(column).count().collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The file being read is closed when the task ends however it ends (killed, or failed in a later step), not only at its end. */
    private static <T> FileOutcomes<T> closedWithTask(FileOutcomes<T> outcomes) {
        TaskContext.get().addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> outcomes.close());
        return outcomes;
    }
}
