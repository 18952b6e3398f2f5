package io.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityEvaluationTest {
    @TempDir
    Path dir;

    private void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void scoresAnotherToolsMentionsByCodePointSpans() throws IOException {
        // "😀" is two UTF-16 units and one code point: offsets after it only match if read as code points.
        Files.createDirectories(dir.resolve("data/raw/t/en"));
        Files.writeString(dir.resolve("data/raw/t/en/1.txt"), "😀 Angela Merkel met Macron in Paris.", StandardCharsets.UTF_8);
        write(dir.resolve("data/ner/t/en/1.tsv"),
                "2\t15\tAngela Merkel\tAngela Merkel\tPER\tPER-Merkel",
                "20\t26\tMacron\tMacron\tPER\tPER-Macron",
                "30\t35\tParis\tParis\tLOC\tLOC-Paris");
        write(dir.resolve("peer/t/en/1.tsv"),
                "2\t15\tAngela Merkel\tAngela Merkel\tPER\t-",
                "20\t26\tMacron\tMacron\tORG\t-",
                "27\t35\tin Paris\tin Paris\tLOC\t-");

        EntityScore.Result r = EntityEvaluation.scorePredictions(dir.resolve("data"), Set.of(), dir.resolve("peer"), dir.resolve("errors.tsv"));

        EntityScore.Figures en = r.languages().get("en");
        assertThat(en.span().correct()).isEqualTo(2);
        assertThat(en.span().precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(en.typed().correct()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("errors.tsv"))).anyMatch(l -> l.startsWith("missed\tt/en/1.txt\t31\t36"))
                .anyMatch(l -> l.startsWith("extra\tt/en/1.txt\t28\t36"));
    }

    @Test
    void aTextWithoutPredictionsCountsAsFindingNothing() throws IOException {
        Files.createDirectories(dir.resolve("data/raw/t/de"));
        Files.writeString(dir.resolve("data/raw/t/de/1.txt"), "Olaf Scholz in Berlin.", StandardCharsets.UTF_8);
        write(dir.resolve("data/ner/t/de/1.tsv"), "0\t11\tOlaf Scholz\tOlaf Scholz\tPER\tPER-Scholz");
        Files.createDirectories(dir.resolve("peer"));

        EntityScore.Result r = EntityEvaluation.scorePredictions(dir.resolve("data"), Set.of("t"), dir.resolve("peer"), null);

        assertThat(r.languages().get("de").span().gold()).isEqualTo(1);
        assertThat(r.languages().get("de").span().found()).isZero();
    }
}
