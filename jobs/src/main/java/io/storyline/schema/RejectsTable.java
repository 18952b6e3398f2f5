package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.storyline.ingest.Provenance;
import io.storyline.ingest.Reject;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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

    public static Row toRow(Reject r, LocalDate crawlDate) {
        Provenance p = r.provenance();
        return RowFactory.create(p.inputFile(), p.recordOffset(), p.recordId(), r.url(), r.reason().code(),
                r.detail(), crawlDate);
    }
}
