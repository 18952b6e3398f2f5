package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code near_duplicates} table: one row per document that belongs to a group of two or more
 * near-duplicates. Documents without a near-duplicate have no row.
 */
public final class NearDuplicatesTable {
    public static final String NAME = "near_duplicates";

    public static final StructType SCHEMA = new StructType()
            .add("doc_id", StringType, false)
            .add("group_id", StringType, false)
            .add("representative_doc_id", StringType, false)
            .add("group_size", IntegerType, false)
            .add("similarity", DoubleType, false);

    private NearDuplicatesTable() {}
}
