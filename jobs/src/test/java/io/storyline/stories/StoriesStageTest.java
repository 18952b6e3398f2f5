package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import io.storyline.SparkTestBase;
import io.storyline.cli.StageCatalog;
import io.storyline.config.Settings;
import io.storyline.pipeline.Pipeline;
import io.storyline.pipeline.RunRequest;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.MentionsTable;
import io.storyline.schema.NearDuplicatesTable;
import io.storyline.schema.StoriesTable;
import io.storyline.schema.StoryArticlesTable;
import io.storyline.spark.TableStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The stories stage in Spark on the seed articles (the samples' goals are checked by DemoEndToEndTest). */
class StoriesStageTest extends SparkTestBase {
    @Test
    void theFiveSeedArticlesInThreeLanguagesAreOneStoryWhateverThePartitioning() {
        Path seeds = SharedData.require("seeds");
        String out = tmp.resolve("seeds").toString();
        new Pipeline(spark, settings).run(new RunRequest("run", List.of(seeds.toString()), "", out,
                LocalDate.of(2015, 11, 20)), StageCatalog.of(settings, StageCatalog.INGEST, StageCatalog.TAG, StageCatalog.DEDUP, StageCatalog.STORIES));
        TableStore store = new TableStore(spark, out, "snappy");
        Dataset<Row> articles = store.read(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA);
        assertThat(articles.count()).isEqualTo(5);
        assertThat(articles.select("story_id").distinct().count()).isEqualTo(1);
        Row story = store.read(StoriesTable.NAME, StoriesTable.SCHEMA).first();
        assertThat(story.<String>getList(story.fieldIndex("languages"))).containsExactly("bg", "en", "ru");
        assertThat(story.getInt(story.fieldIndex("article_count"))).isEqualTo(5);
        // The story's id is its earliest article's doc_id (event time, then doc_id).
        Row earliest = articles.orderBy("event_time", "doc_id").first();
        assertThat(story.getString(0)).isEqualTo(earliest.getString(earliest.fieldIndex("doc_id")));
        assertThat(articles.filter("is_representative").count()).isEqualTo(1);

        // Same rows from shuffled, re-partitioned inputs.
        Dataset<Row> documents = store.read(DocumentsTable.NAME, DocumentsTable.SCHEMA);
        StoriesStage.Result again = new StoriesStage(settings.stories()).run(
                documents.repartition(4).sortWithinPartitions("text"),
                store.read(MentionsTable.NAME, MentionsTable.SCHEMA).repartition(3),
                store.read(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA).repartition(2), caches);
        assertThat(again.storyArticles().orderBy("doc_id").collectAsList()).isEqualTo(articles.orderBy("doc_id").collectAsList());
        assertThat(again.stories().collectAsList()).isEqualTo(store.read(StoriesTable.NAME, StoriesTable.SCHEMA).collectAsList());

        // With components capped at two articles, the five-article component is cut by its weakest
        // edges: pieces of at most two, and still every article in exactly one story.
        Settings.Stories capped = Settings.load(null, "storyline.stories.max-component = 2").stories();
        Dataset<Row> cut = new StoriesStage(capped).run(documents, store.read(MentionsTable.NAME, MentionsTable.SCHEMA),
                store.read(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA), caches).storyArticles();
        assertThat(cut.select("doc_id").distinct().count()).isEqualTo(5);
        List<Row> sizes = cut.groupBy("story_id").count().collectAsList();
        assertThat(sizes).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r.getLong(1)).isLessThanOrEqualTo(2));
    }
}
