package io.storyline.ingest;

import io.storyline.schema.DocumentsTable;
import io.storyline.schema.RejectsTable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** The one mapping from ingest's records to rows of {@link DocumentsTable} and {@link RejectsTable}, column for column. */
final class TableRows {
    private TableRows() {}

    static Row document(Document d) {
        Provenance p = d.provenance();
        return RowFactory.create(d.docId(), d.url(), d.canonicalUrl(), d.source(), d.host(), d.title(), d.text(),
                d.lang(), d.langConfidence(), d.publishedAt(), d.publishedSource(), d.publishedDate(),
                d.publishedConfidence(), d.crawledAt(), d.eventTime(),
                d.wordCount(), d.contentHash(), p.inputFile(), p.recordOffset(), p.recordId(), d.crawlDate());
    }

    static Row reject(Reject r, LocalDate crawlDate) {
        Provenance p = r.provenance();
        return RowFactory.create(p.inputFile(), p.recordOffset(), p.recordId(), r.url(), r.reason().code(),
                r.detail(), crawlDate);
    }
}
