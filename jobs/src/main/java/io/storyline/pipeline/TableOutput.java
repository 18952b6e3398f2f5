package io.storyline.pipeline;

import org.apache.spark.sql.types.StructType;

/**
 * A table a stage writes, with its policy for a daily run ({@code --date}); without a date every
 * table is written in full. {@code partitionColumn} is null for an unpartitioned table.
 */
public record TableOutput(String name, StructType schema, WritePolicy policy, String partitionColumn) {

    /** How a write replaces what the table held. */
    public enum WritePolicy {
        /** The whole table. */
        REPLACE_ALL,
        /** The listed partitions (days) and no others. */
        REPLACE_PARTITIONS,
        /** The rows whose key is in a scope; the others stay. */
        REPLACE_ROWS
    }

    public static TableOutput replaceAll(String name, StructType schema) {
        return new TableOutput(name, schema, WritePolicy.REPLACE_ALL, null);
    }

    public static TableOutput replaceAll(String name, StructType schema, String partitionColumn) {
        return new TableOutput(name, schema, WritePolicy.REPLACE_ALL, partitionColumn);
    }

    public static TableOutput replacePartitions(String name, StructType schema, String partitionColumn) {
        return new TableOutput(name, schema, WritePolicy.REPLACE_PARTITIONS, partitionColumn);
    }

    public static TableOutput replaceRows(String name, StructType schema) {
        return new TableOutput(name, schema, WritePolicy.REPLACE_ROWS, null);
    }

    String[] partitionColumns() {
        return partitionColumn == null ? new String[0] : new String[] {partitionColumn};
    }
}
