package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordProgressTest {
    @Test
    void countsRecordsAndRejectsAsTheyPass() {
        RecordProgress progress = new RecordProgress("part-00000.warc.gz");
        Reject reject = new Reject(new Provenance("f", 0, null), null, RejectReason.UNREADABLE, "x");
        for (int i = 0; i < 5000; i++) {
            progress.count(i % 1000 == 0 ? reject : "an article");
        }
        assertThat(progress.records()).isEqualTo(5000);
        assertThat(progress.rejects()).isEqualTo(5);
        assertThat(progress.seconds()).isPositive();
    }
}
