package io.storyline.pipeline;

import io.storyline.pipeline.TableOutput.WritePolicy;
import io.storyline.spark.TableStore;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One planned write of a table: its rows, and what they replace. Rows are produced when the write
 * runs, from the output as the stage's earlier writes left it: a table built from one written
 * just before (entities from the mentions) reads it there.
 */
public record Write(String table, WritePolicy policy, Rows rows, List<String> partitions, String key, Rows replacedKeys) {

    /** Rows computed at write time from the run's output. */
    @FunctionalInterface
    public interface Rows {
        Dataset<Row> of(TableStore output);
    }

    /** The whole table. */
    public static Write all(String table, Dataset<Row> rows) {
        return all(table, output -> rows);
    }

    /** The whole table, from the output as the earlier writes left it. */
    public static Write all(String table, Rows rows) {
        return new Write(table, WritePolicy.REPLACE_ALL, rows, List.of(), null, null);
    }

    /** The listed partitions of a partitioned table; a listed partition without rows is emptied, none listed writes nothing. */
    public static Write partitions(String table, Dataset<Row> rows, List<String> partitions) {
        return new Write(table, WritePolicy.REPLACE_PARTITIONS, output -> rows, List.copyOf(partitions), null, null);
    }

    /** The rows whose {@code key} is among {@code replacedKeys} (a column of that name), read before this write. */
    public static Write rows(String table, Dataset<Row> rows, String key, Rows replacedKeys) {
        return new Write(table, WritePolicy.REPLACE_ROWS, output -> rows, List.of(), key, replacedKeys);
    }
}
