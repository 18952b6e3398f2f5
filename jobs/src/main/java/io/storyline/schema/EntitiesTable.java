package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code entities} table: one row per cross-lingual entity key found in {@code mentions}.
 * {@code story_count} is null until the tables stage has run.
 */
public final class EntitiesTable {
    public static final String NAME = "entities";

    public static final StructType SCHEMA = new StructType()
            .add("entity_id", StringType, false)
            .add("name", StringType, false)
            .add("type", StringType, false)
            .add("names", DataTypes.createMapType(StringType, StringType, false), false)
            .add("doc_count", LongType, false)
            .add("story_count", LongType, true)
            .add("languages", DataTypes.createArrayType(StringType, false), false)
            .add("first_seen", TimestampType, false)
            .add("last_seen", TimestampType, false);

    private EntitiesTable() {}
}
