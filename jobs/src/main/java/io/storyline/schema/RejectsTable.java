package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/** The {@code rejects} table: every input record, or unreadable byte range, that is not a document. */
public final class RejectsTable {
    public static final String NAME = "rejects";

    public static final StructType SCHEMA = new StructType()
            .add("input_file", StringType, false)
            .add("record_offset", LongType, false)
            .add("record_id", StringType, true)
            .add("url", StringType, true)
            .add("reason", StringType, false)
            .add("detail", StringType, true)
            .add("crawl_date", DateType, true);

    private RejectsTable() {}
}
