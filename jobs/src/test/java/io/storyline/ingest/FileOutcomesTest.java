package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.SharedData;
import io.storyline.config.Settings;
import io.storyline.ingest.read.InputFiles.InputFile;
import io.storyline.ingest.read.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class FileOutcomesTest {
    @Test
    void closingMidFileLetsTheFileGo() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd to see open files");
        Path warc = SharedData.samples("crawl/sample-news.warc.gz").toRealPath();
        FileOutcomes<ReadResult> outcomes = new FileOutcomes<>(
                List.of(new InputFile(warc.toString(), InputFormat.WARC, Files.size(warc))).iterator(),
                Settings.load().ingest(), new Configuration(), null, r -> r);
        // One record read: the file is open, as it is when a task is killed or a later step of it fails.
        assertThat(outcomes.next()).isNotNull();
        assertThat(openCount(fds, warc)).isPositive();
        outcomes.close();
        assertThat(openCount(fds, warc)).isZero();
        outcomes.close();
    }

    private static long openCount(Path fds, Path file) throws IOException {
        try (Stream<Path> open = Files.list(fds)) {
            return open.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }).count();
        }
    }
}
