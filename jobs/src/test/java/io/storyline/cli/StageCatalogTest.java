package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.config.Settings;
import io.storyline.pipeline.Stage;
import io.storyline.pipeline.StageSpec;
import io.storyline.pipeline.StageSummary.SummaryLine;
import io.storyline.pipeline.StageSummary;
import io.storyline.pipeline.TableInput;
import io.storyline.pipeline.TableOutput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StageCatalogTest {
    private final Settings settings = Settings.load();

    @Test
    void eachStagesCommandIsItsNameAndTheCommandLineHasOnePerStage() {
        CommandLine commandLine = new CommandLine(new Storyline());
        PipelineCommand.addTo(commandLine);
        for (StageCatalog entry : StageCatalog.values()) {
            assertThat(entry.create(settings).spec().name()).isEqualTo(entry.command());
            assertThat(commandLine.getSubcommands()).containsKey(entry.command());
        }
        assertThat(commandLine.getSubcommands()).containsKey("run");
    }

    @Test
    void everyTableAStageReadsIsWrittenByTheStageItNamesOrAnEarlierOne() {
        List<Stage<?>> stages = StageCatalog.all(settings);
        Set<String> written = new HashSet<>();
        for (StageSpec stage : stages.stream().map(Stage::spec).toList()) {
            for (TableInput input : stage.reads()) {
                StageSpec writer = stages.stream().map(Stage::spec).filter(s -> s.name().equals(input.writer())).findFirst().orElseThrow();
                assertThat(writer.writes()).extracting(TableOutput::name).as(stage.name() + " reads " + input.name())
                        .contains(input.name());
                if (input.required()) {
                    assertThat(written).as(stage.name() + " needs " + input.name() + " from an earlier stage of run")
                            .contains(input.name());
                }
            }
            stage.writes().forEach(t -> written.add(t.name()));
        }
    }

    private record Lines(List<SummaryLine> lines) implements StageSummary {
        @Override
        public Report report() {
            return new Report(0, "", Map.of(), lines);
        }
    }

    @Test
    void aLaterStagesLineUnderTheSameLabelReplacesAnEarlierOneInItsPlace() {
        List<StageSummary> stages = new ArrayList<>();
        stages.add(new Lines(List.of(new SummaryLine("mentions", "12"), new SummaryLine("top entities", "tag's"))));
        stages.add(new Lines(List.of(new SummaryLine("near-dups", "3"))));
        stages.add(new Lines(List.of(new SummaryLine("resolved", "2"), new SummaryLine("top entities", "resolve's"))));
        stages.add(new Lines(List.of(new SummaryLine("stories", "5"), new SummaryLine(null, "  the largest"))));
        assertThat(Summaries.merged(stages)).extracting(l -> l.label() + "=" + l.text())
                .containsExactly("mentions=12", "near-dups=3", "resolved=2", "top entities=resolve's", "stories=5", "null=  the largest");
    }
}
