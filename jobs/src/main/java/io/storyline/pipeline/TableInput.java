package io.storyline.pipeline;

import org.apache.spark.sql.types.StructType;

/**
 * A table a stage reads. A required table that neither an earlier stage of the run writes nor
 * the input folder holds stops the run before any work, with one line naming it and the stage
 * that writes it. A missing optional table reads as no rows, with a warning saying
 * {@code withoutIt}: what the stage does without it.
 */
public record TableInput(String name, StructType schema, boolean required, String writer, String withoutIt) {

    public static TableInput required(String name, StructType schema, String writer) {
        return new TableInput(name, schema, true, writer, null);
    }

    public static TableInput optional(String name, StructType schema, String writer, String withoutIt) {
        return new TableInput(name, schema, false, writer, withoutIt);
    }
}
