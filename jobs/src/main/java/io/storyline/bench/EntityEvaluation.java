package io.storyline.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.dedup.DedupStage;
import io.storyline.spark.Caches;
import io.storyline.tag.Gazetteer;
import io.storyline.tag.ResolveStage;
import io.storyline.tag.TagStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code eval entities}: the tag stage over a corpus in the SlavicNER layout
 * ({@code raw/<topic>/<lang>/*.txt}, {@code ner/<topic>/<lang>/*.tsv}: start, end, surface, base
 * form, type, cross-lingual id per line; offsets in code points, end exclusive), scored by
 * {@link EntityScore}.
 */
public final class EntityEvaluation {
    private static final StructType DOCS = new StructType()
            .add("doc_id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("lang", DataTypes.StringType).add("event_time", DataTypes.TimestampType)
            .add("crawl_date", DataTypes.DateType);

    private EntityEvaluation() {}

    /** @param keys tag-time entity keys; {@code mergedKeys} of them joined another key's entity */
    public record Figures(long documents, EntityScore.Result score, double tagSeconds, long keys, long mergedKeys) {}

    /** Gold and found mentions of a run, for {@code --errors}. */
    public record Mentions(List<EntityScore.Item> gold, List<EntityScore.Item> found) {}

    /** @param topics the topics to evaluate (empty: all) */
    public static Figures run(SparkSession spark, Settings settings, Path data, Set<String> topics, Path errors) {
        List<Row> docs = new ArrayList<>();
        List<EntityScore.Item> gold = new ArrayList<>();
        read(data, topics, docs, gold);
        if (docs.isEmpty()) {
            throw new UsageException("no documents under " + data.resolve("raw") + (topics.isEmpty() ? "" : " for topics " + topics));
        }
        long started = System.nanoTime();
        Dataset<Row> documents = spark.createDataFrame(docs, DOCS).repartition(spark.sparkContext().defaultParallelism() * 2)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Caches caches = new Caches();
        Dataset<Row> mentions = caches.keep(new TagStage(settings.tag()).mentions(documents, caches));
        // The ids measured are the resolved ones, as a run writes them: dedup, then entity resolution.
        // Dedup reads doc_ids as 64-bit hex, as ingest makes them; the corpus's ids are file paths.
        Column hex = substring(sha2(col("doc_id"), 256), 1, 16);
        Dataset<Row> paths = documents.select(hex.as("doc_id"), col("doc_id").as("path"));
        Dataset<Row> nearDuplicates = new DedupStage(settings.dedup()).run(documents.withColumn("doc_id", hex), caches)
                .nearDuplicates().join(paths, "doc_id").select(col("path").as("doc_id"), col("group_id"));
        ResolveStage resolver = new ResolveStage(settings.tag());
        ResolveStage.Result resolved = resolver.resolve(mentions, documents, nearDuplicates, Gazetteer.of(settings.tag()),
                caches);
        List<Row> rows = resolver.apply(mentions, resolved)
                .join(documents.select("doc_id", "lang"), "doc_id")
                .select("doc_id", "lang", "start", "end", "type", "base_form", "entity_id").collectAsList();
        double seconds = (System.nanoTime() - started) / 1e9;
        caches.release();
        documents.unpersist();
        List<EntityScore.Item> found = new ArrayList<>(rows.size());
        for (Row r : rows) {
            found.add(new EntityScore.Item(r.getString(0), r.getString(1), r.getInt(2), r.getInt(3), r.getString(4),
                    r.getString(5), r.getString(6)));
        }
        if (errors != null) {
            writeErrors(errors, gold, found);
        }
        return new Figures(docs.size(), EntityScore.score(gold, found), seconds, resolved.keys(), resolved.merged());
    }

    /**
     * Another tool's mentions, written in the corpus's {@code ner/} layout under {@code predictions}
     * (only start, end and type are read), scored against the gold exactly as the tag stage's are.
     */
    public static EntityScore.Result scorePredictions(Path data, Set<String> topics, Path predictions, Path errors) {
        List<Row> docs = new ArrayList<>();
        List<EntityScore.Item> gold = new ArrayList<>();
        List<EntityScore.Item> found = new ArrayList<>();
        read(data, topics, docs, gold);
        if (docs.isEmpty()) {
            throw new UsageException("no documents under " + data.resolve("raw") + (topics.isEmpty() ? "" : " for topics " + topics));
        }
        for (Row doc : docs) {
            String docId = doc.getString(0);
            readMentions(tsvOf(predictions, Path.of(docId)), docId, doc.getString(2), doc.getString(1), found);
        }
        if (errors != null) {
            writeErrors(errors, gold, found);
        }
        return EntityScore.score(gold, found);
    }

    /** Every gold and found mention, one per line: status (both, missed, extra), then both sides' fields. */
    private static void writeErrors(Path file, List<EntityScore.Item> gold, List<EntityScore.Item> found) {
        java.util.Map<String, EntityScore.Item> foundBySpan = new java.util.HashMap<>();
        found.forEach(f -> foundBySpan.put(f.doc() + "\t" + f.start() + "\t" + f.end(), f));
        java.util.Set<String> goldSpans = new java.util.HashSet<>();
        List<String> lines = new ArrayList<>();
        for (EntityScore.Item g : gold) {
            String span = g.doc() + "\t" + g.start() + "\t" + g.end();
            goldSpans.add(span);
            EntityScore.Item f = foundBySpan.get(span);
            lines.add((f == null ? "missed" : "both") + "\t" + span + "\t" + g.type() + "\t" + g.baseForm() + "\t" + g.entity()
                    + (f == null ? "" : "\t" + f.type() + "\t" + f.baseForm() + "\t" + f.entity()));
        }
        for (EntityScore.Item f : found) {
            String span = f.doc() + "\t" + f.start() + "\t" + f.end();
            if (!goldSpans.contains(span)) {
                lines.add("extra\t" + span + "\t\t\t\t" + f.type() + "\t" + f.baseForm() + "\t" + f.entity());
            }
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Path data, Set<String> topics, List<Row> docs, List<EntityScore.Item> gold) {
        Path raw = data.resolve("raw");
        if (!Files.isDirectory(raw) || !Files.isDirectory(data.resolve("ner"))) {
            throw new UsageException("not a SlavicNER folder (raw/ and ner/ expected): " + data);
        }
        try (Stream<Path> files = Files.walk(raw)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path rel = raw.relativize(txt);
                if (rel.getNameCount() != 3 || !topics.isEmpty() && !topics.contains(rel.getName(0).toString())) {
                    continue;
                }
                String lang = rel.getName(1).toString();
                String docId = rel.toString();
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                docs.add(RowFactory.create(docId, text, lang, Instant.EPOCH, LocalDate.EPOCH));
                readMentions(tsvOf(data.resolve("ner"), rel), docId, lang, text, gold);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The TSV of the text at {@code rel} (topic/lang/name.txt) under a {@code ner/}-layout root. */
    private static Path tsvOf(Path root, Path rel) {
        String name = rel.getFileName().toString();
        return root.resolve(rel.getParent()).resolve(name.substring(0, name.length() - ".txt".length()) + ".tsv");
    }

    /** The mentions of one document's TSV, if it has one; a line of fewer than six fields is skipped. */
    private static void readMentions(Path tsv, String docId, String lang, String text, List<EntityScore.Item> into) {
        if (!Files.isRegularFile(tsv)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length < 6) {
                    continue;
                }
                // The layout's offsets count code points; ours are UTF-16 units.
                int start = text.offsetByCodePoints(0, Integer.parseInt(c[0]));
                int end = text.offsetByCodePoints(0, Integer.parseInt(c[1]));
                into.add(new EntityScore.Item(docId, lang, start, end, c[4], c[3], c[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
