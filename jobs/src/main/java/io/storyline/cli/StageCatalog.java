package io.storyline.cli;

import io.storyline.config.Settings;
import io.storyline.dedup.DedupStage;
import io.storyline.ingest.IngestStage;
import io.storyline.pipeline.Stage;
import io.storyline.stories.StoriesStage;
import io.storyline.tables.TablesStage;
import io.storyline.tag.ResolveStage;
import io.storyline.tag.TagStage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The stages of {@code run}, in order, with the command that runs each alone. A new stage is one
 * entry here; its command, its place in {@code run} and {@code demo} follow from it.
 */
public enum StageCatalog {
    INGEST("Reads crawl archives and writes the documents and rejects tables into --output.", IngestStage::new),
    TAG("Tags named-entity mentions in the documents of an earlier run (--input is its output); writes mentions and entities.",
            s -> new TagStage(s.tag())),
    DEDUP("Finds near-duplicate groups in the documents of an earlier run (--input is its output).",
            s -> new DedupStage(s.dedup())),
    RESOLVE("Merges the entity keys of an earlier run's mentions that name one entity (--input is its output); "
            + "rewrites mentions.entity_id and entities.", s -> new ResolveStage(s.tag())),
    STORIES("Groups the documents of an earlier run into cross-lingual stories (--input is its output).",
            s -> new StoriesStage(s.stories())),
    TABLES("Writes source_timelines and fills entities.story_count from an earlier run's stories (--input is its output).",
            s -> new TablesStage());

    private final String description;
    private final Function<Settings, Stage<?>> create;

    StageCatalog(String description, Function<Settings, Stage<?>> create) {
        this.description = description;
        this.create = create;
    }

    /** The command that runs the stage alone: the stage's own name. */
    public String command() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public Stage<?> create(Settings settings) {
        return create.apply(settings);
    }

    /** Every stage, in run order. */
    public static List<Stage<?>> all(Settings settings) {
        return of(settings, values());
    }

    /** The given stages, in the order given. */
    public static List<Stage<?>> of(Settings settings, StageCatalog... stages) {
        return Arrays.stream(stages).<Stage<?>>map(s -> s.create(settings)).toList();
    }
}
