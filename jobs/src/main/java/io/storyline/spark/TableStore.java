package io.storyline.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of one run, under its output root, one folder per table. A table is written to a
 * staging folder and then renamed into place, so a failed run never leaves a half-written table
 * and a re-run starts clean.
 */
public final class TableStore {
    private static final String STAGING = "_staging";

    private final SparkSession spark;
    private final Path root;
    private final String compression;

    public TableStore(SparkSession spark, String outputRoot, String compression) {
        this.spark = spark;
        this.root = new Path(outputRoot);
        this.compression = compression;
    }

    public String root() {
        return root.toString();
    }

    public String pathOf(String table) {
        return new Path(root, table).toString();
    }

    /** Reads a table with its declared schema, so an empty table (no files) reads as zero rows. */
    public Dataset<Row> read(String table, StructType schema) {
        return spark.read().schema(schema).parquet(pathOf(table));
    }

    /** Whether the run holds {@code table} (a stage run alone checks its inputs before reading). */
    public boolean exists(String table) {
        try {
            Path path = new Path(root, table);
            return path.getFileSystem(conf()).exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code table} in full, replacing the previous one only once the new one is complete. Rows
     * keep their order within a partition's files only when they are sorted by the partition columns first:
     * otherwise Spark's writer sorts them by those columns alone and drops the order they had.
     */
    public void write(String table, Dataset<Row> rows, String... partitionColumns) {
        Path staging = new Path(new Path(root, STAGING), table + "-" + UUID.randomUUID());
        rows.write().mode(SaveMode.ErrorIfExists)
                .option("compression", compression)
                .partitionBy(partitionColumns)
                .parquet(staging.toString());
        try {
            FileSystem fs = root.getFileSystem(conf());
            Path target = new Path(root, table);
            if (fs.exists(target) && !fs.delete(target, true)) {
                throw new IOException("cannot remove the previous " + target);
            }
            if (!fs.rename(staging, target)) {
                throw new IOException("cannot move " + staging + " to " + target);
            }
            fs.delete(new Path(root, STAGING), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the given partitions of a table partitioned by {@code partitionColumn} and leaves the
     * others alone: the daily tables of a {@code run --date}. A listed partition with no rows is
     * removed, so re-running a day never keeps rows the new run no longer produces. Each partition
     * folder is swapped in by a rename once all of them are written.
     */
    public void replacePartitions(String table, Dataset<Row> rows, String partitionColumn, List<String> values) {
        Path staging = new Path(new Path(root, STAGING), table + "-" + UUID.randomUUID());
        rows.write().mode(SaveMode.ErrorIfExists)
                .option("compression", compression)
                .partitionBy(partitionColumn)
                .parquet(staging.toString());
        try {
            FileSystem fs = root.getFileSystem(conf());
            Path target = new Path(root, table);
            fs.mkdirs(target);
            for (String value : values) {
                String folder = partitionColumn + "=" + value;
                Path old = new Path(target, folder);
                if (fs.exists(old) && !fs.delete(old, true)) {
                    throw new IOException("cannot remove the previous " + old);
                }
                Path fresh = new Path(staging, folder);
                if (fs.exists(fresh) && !fs.rename(fresh, old)) {
                    throw new IOException("cannot move " + fresh + " to " + old);
                }
            }
            fs.delete(new Path(root, STAGING), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites a table as its previous rows whose {@code key} is not among {@code replacedKeys}, plus
     * {@code rows}: how a daily run replaces the rows it recomputed and keeps all the others. The
     * result is written in full and swapped in like {@link #write}.
     */
    public void replaceRows(String table, StructType schema, Dataset<Row> rows, String key, Dataset<Row> replacedKeys,
                            String... partitionColumns) {
        Dataset<Row> kept = spark.createDataFrame(List.of(), schema);
        if (exists(table)) {
            Dataset<Row> previous = read(table, schema);
            Dataset<Row> keys = replacedKeys.select(col(key).as("_replaced")).distinct();
            kept = previous.join(keys, previous.col(key).equalTo(keys.col("_replaced")), "left_anti");
        }
        write(table, kept.unionByName(rows), partitionColumns);
    }

    /** A small file at the output root (the run manifest), or null when there is none. */
    public String readFile(String name) {
        try {
            FileSystem fs = root.getFileSystem(conf());
            Path path = new Path(root, name);
            if (!fs.exists(path)) {
                return null;
            }
            try (java.io.InputStream in = fs.open(path)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a small file at the output root (the run manifest), replacing it atomically. */
    public void writeFile(String name, String content) {
        try {
            FileSystem fs = root.getFileSystem(conf());
            Path tmp = new Path(root, "." + name + "." + UUID.randomUUID());
            try (OutputStream out = fs.create(tmp, true)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            Path target = new Path(root, name);
            fs.delete(target, false);
            if (!fs.rename(tmp, target)) {
                throw new IOException("cannot move " + tmp + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Configuration conf() {
        return spark.sparkContext().hadoopConfiguration();
    }
}
