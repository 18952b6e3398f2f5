package io.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.SparkTestBase;
import io.storyline.config.UsageException;
import io.storyline.spark.TableStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The stage contract as {@link Pipeline} enforces it, with small stages of its own. */
class PipelineTest extends SparkTestBase {
    private static final StructType NUMBERS = new StructType().add("n", DataTypes.LongType, false);
    private static final StructType WORDS = new StructType().add("w", DataTypes.StringType, false);
    /** Reads nothing and writes 1..count into the table it declares (or, wrongly, into {@code writes}). */
    private static final class Numbers implements Stage<Counted> {
        private final long count;
        private final String declares;
        private final String writes;
        boolean planned;

        Numbers(long count, String writes) {
            this(count, "numbers", writes);
        }

        Numbers(long count, String declares, String writes) {
            this.count = count;
            this.declares = declares;
            this.writes = writes;
        }

        @Override
        public StageSpec spec() {
            return new StageSpec("numbers", List.of(), List.of(TableOutput.replaceAll(declares, NUMBERS)));
        }

        @Override
        public Plan<Counted> plan(StageInputs in) {
            planned = true;
            Dataset<Row> rows = in.caches().keep(in.spark().range(1, count + 1).toDF("n"));
            rows.count();
            return new Plan<>(List.of(Write.all(writes, rows)), output -> new Counted("numbers", output.read(declares, NUMBERS).count()));
        }
    }

    /** Sums {@code numbers} (required) and counts {@code words} (optional) into {@code sums}. */
    private static final class Sum implements Stage<Counted> {
        final List<Long> seen = new ArrayList<>();
        boolean readsOutput;

        @Override
        public StageSpec spec() {
            return new StageSpec("sum", List.of(TableInput.required("numbers", NUMBERS, "numbers"),
                    TableInput.optional("words", WORDS, "words", "no words counted")), List.of(TableOutput.replaceAll("sums", NUMBERS)));
        }

        @Override
        public Plan<Counted> plan(StageInputs in) {
            readsOutput = in.readsOutput("numbers");
            long sum = in.table("numbers").groupBy().sum("n").first().getLong(0);
            seen.add(in.table("words").count());
            Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(sum)), NUMBERS);
            return new Plan<>(List.of(Write.all("sums", rows)), output -> new Counted("sum", sum));
        }
    }

    private record Counted(String stage, long rows) implements StageSummary {
        @Override
        public Report report() {
            return new Report(rows, rows + " rows", Map.of(), List.of(new SummaryLine(stage, Long.toString(rows))));
        }
    }

    private static Pipeline pipeline() {
        return new Pipeline(spark, settings);
    }

    private static RunRequest request(String input, Path output) {
        return new RunRequest("test", List.of(input), "", output.toString(), null);
    }

    @Test
    void aStageReadsWhatAnEarlierStageOfTheRunWroteAndItsCachesAreReleased() {
        Path out = tmp.resolve("together");
        Sum sum = new Sum();
        RunSummary summary = pipeline().run(request("unused", out), List.of(new Numbers(4, "numbers"), sum));
        assertThat(summary.stages()).extracting(s -> ((Counted) s).rows()).containsExactly(4L, 10L);
        assertThat(summary.tables()).containsExactly("numbers", "sums");
        assertThat(sum.readsOutput).isTrue();
        assertThat(sum.seen).as("the optional table is missing: no rows").containsExactly(0L);
        assertThat(spark.sparkContext().getPersistentRDDs().isEmpty()).as("no stage's cache outlives it").isTrue();
    }

    @Test
    void aStageRunAloneReadsTheEarlierRunAndChecksItsTablesBeforeAnyWork() {
        Path earlier = tmp.resolve("earlier");
        pipeline().run(request("unused", earlier), List.of(new Numbers(3, "numbers")));
        Sum sum = new Sum();
        pipeline().run(request(earlier.toString(), tmp.resolve("later")), List.of(sum));
        assertThat(sum.readsOutput).isFalse();
        assertThat(new TableStore(spark, tmp.resolve("later").toString(), "snappy").read("sums", NUMBERS).first().getLong(0))
                .isEqualTo(6);

        assertThatThrownBy(() -> pipeline().run(request(tmp.resolve("empty").toString(), tmp.resolve("x")), List.of(new Sum())))
                .isInstanceOf(UsageException.class)
                .hasMessage("no numbers table in " + tmp.resolve("empty") + " (run numbers into it first)");
        // A run whose first stage works before the one that lacks its table: nothing runs at all.
        Numbers first = new Numbers(1, "other", "other");
        assertThatThrownBy(() -> pipeline().run(request("unused", tmp.resolve("w")), List.of(first, new Sum())))
                .isInstanceOf(UsageException.class)
                .hasMessage("no numbers table in " + tmp.resolve("w") + " (run numbers into it first)");
        assertThat(first.planned).isFalse();
    }

    @Test
    void aTableWithoutTheDeclaredColumnsStopsTheRunWithOneLine() {
        Path earlier = tmp.resolve("old-version");
        new TableStore(spark, earlier.toString(), "snappy").write("numbers",
                spark.createDataFrame(List.of(RowFactory.create("one")), WORDS));
        Sum sum = new Sum();
        assertThatThrownBy(() -> pipeline().run(request(earlier.toString(), tmp.resolve("y")), List.of(sum)))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("the numbers table in")
                .hasMessageContaining("n bigint missing")
                .hasMessageEndingWith("(run numbers into it again)");
        assertThat(sum.seen).isEmpty();
    }

    @Test
    void aStageCannotWriteATableItDidNotDeclare() {
        assertThatThrownBy(() -> pipeline().run(request("unused", tmp.resolve("z")), List.of(new Numbers(2, "elsewhere"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("numbers wrote elsewhere, which it does not declare");
        assertThat(spark.sparkContext().getPersistentRDDs().isEmpty()).as("released on failure too").isTrue();
    }
}
