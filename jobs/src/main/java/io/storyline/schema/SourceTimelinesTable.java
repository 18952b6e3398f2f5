package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code source_timelines} table: one row per source and UTC day of {@code event_time}. */
public final class SourceTimelinesTable {
    public static final String NAME = "source_timelines";
    public static final String PARTITION = "date";

    public static final StructType SCHEMA = new StructType()
            .add("source", StringType, false)
            .add("articles", LongType, false)
            .add("stories", LongType, false)
            .add("languages", DataTypes.createArrayType(StringType, false), false)
            .add("first_reports", LongType, false)
            .add("median_lag_minutes", DoubleType, true)
            .add("duplicate_share", DoubleType, false)
            .add(PARTITION, DateType, false);

    private SourceTimelinesTable() {}
}
