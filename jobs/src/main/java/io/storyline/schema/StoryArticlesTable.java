package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructType;

/** The {@code story_articles} table: which story each document belongs to. */
public final class StoryArticlesTable {
    public static final String NAME = "story_articles";

    public static final StructType SCHEMA = new StructType()
            .add("story_id", StringType, false)
            .add("doc_id", StringType, false)
            .add("lang", StringType, false)
            .add("source", StringType, false)
            .add("event_time", TimestampType, false)
            .add("is_representative", BooleanType, false)
            .add("score", DoubleType, false);

    private StoryArticlesTable() {}
}
