package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code mentions} table: one row per named-entity mention in {@code documents.text}. Spans are
 * character offsets into the text (Java UTF-16 units, end exclusive). It carries the document's
 * {@code crawl_date} as its partition, so a daily run replaces exactly one day of it.
 * {@code entity_key} is the tag-time key ({@code g:<entry>} or {@code n:<phonetic key>});
 * {@code entity_id} is the resolved entity's id, which the resolve stage recomputes from the keys.
 */
public final class MentionsTable {
    public static final String NAME = "mentions";
    public static final String PARTITION = "crawl_date";

    public static final StructType SCHEMA = new StructType()
            .add("doc_id", StringType, false)
            .add("entity_id", StringType, false)
            .add("entity_key", StringType, false)
            .add("type", StringType, false)
            .add("surface", StringType, false)
            .add("base_form", StringType, false)
            .add("start", IntegerType, false)
            .add("end", IntegerType, false)
            .add(PARTITION, DateType, false);

    private MentionsTable() {}
}
