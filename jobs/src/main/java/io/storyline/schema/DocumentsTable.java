package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructType;

/** The {@code documents} table: its name, schema and partition column. */
public final class DocumentsTable {
    public static final String NAME = "documents";
    public static final String PARTITION = "crawl_date";

    public static final StructType SCHEMA = new StructType()
            .add("doc_id", StringType, false)
            .add("url", StringType, false)
            .add("canonical_url", StringType, false)
            .add("source", StringType, false)
            .add("host", StringType, false)
            .add("title", StringType, true)
            .add("text", StringType, false)
            .add("lang", StringType, false)
            .add("lang_confidence", DoubleType, false)
            .add("published_at", TimestampType, true)
            .add("published_source", StringType, true)
            .add("published_date", DateType, true)
            .add("published_confidence", DoubleType, true)
            .add("crawled_at", TimestampType, false)
            .add("event_time", TimestampType, false)
            .add("word_count", IntegerType, false)
            .add("content_hash", StringType, false)
            .add("input_file", StringType, false)
            .add("record_offset", LongType, false)
            .add("record_id", StringType, true)
            .add(PARTITION, DateType, false);

    private DocumentsTable() {}
}
