package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code stories} table: one row per story (one real-world event), with its summary. */
public final class StoriesTable {
    public static final String NAME = "stories";

    public static final StructType TOP_ENTITY = new StructType()
            .add("entity_id", StringType, false)
            .add("name", StringType, false)
            .add("type", StringType, false)
            .add("count", LongType, false);

    public static final StructType SCHEMA = new StructType()
            .add("story_id", StringType, false)
            .add("title", StringType, true)
            .add("first_seen", TimestampType, false)
            .add("last_seen", TimestampType, false)
            .add("article_count", IntegerType, false)
            .add("source_count", IntegerType, false)
            .add("languages", DataTypes.createArrayType(StringType, false), false)
            .add("top_entities", DataTypes.createArrayType(TOP_ENTITY, false), false)
            .add("representative_doc_id", StringType, false);

    private StoriesTable() {}
}
