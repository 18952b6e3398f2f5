package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import io.storyline.SparkTestBase;
import io.storyline.cli.StageCatalog;
import io.storyline.config.Settings;
import io.storyline.pipeline.Pipeline;
import io.storyline.pipeline.RunRequest;
import io.storyline.schema.ArticleVectorsTable;
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
        // Putin, named by all five, is named in full as the entities table names persons, though "Путин" and
        // "Putin" alone are more frequent.
        assertThat(story.<Row>getList(story.fieldIndex("top_entities"))).extracting(e -> e.<String>getAs("name"))
                .contains("Vladimir Putin").doesNotContain("Putin");

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

    @Test
    void withoutTheEncodersModelTheStageSaysSoAndRunsOnTheEvidenceAlone() {
        Path seeds = SharedData.require("seeds");
        String out = tmp.resolve("seeds-no-model").toString();
        new Pipeline(spark, settings).run(new RunRequest("run", List.of(seeds.toString()), "", out, LocalDate.of(2015, 11, 20)),
                StageCatalog.of(settings, StageCatalog.INGEST, StageCatalog.TAG, StageCatalog.DEDUP));
        TableStore store = new TableStore(spark, out, "snappy");
        Path missing = tmp.resolve("no-such-model.onnx");
        assertThat(io.storyline.embed.SentenceEncoder.unavailable(missing)).hasValueSatisfying(line ->
                assertThat(line).contains("no sentence encoder model at " + missing).doesNotContain("\n"));
        Settings.Stories withMissing = Settings.load(null, "storyline.stories.encoder.model = \"" + missing + "\"").stories();
        Settings.Stories off = Settings.load(null, "storyline.stories.encoder.model = \"\"").stories();
        List<Row> missingRows = storyArticles(withMissing, store);
        assertThat(missingRows).hasSize(5).isEqualTo(storyArticles(off, store));
    }

    @Test
    void japaneseAndChineseReportsSurvivePlainTextIngestAndJoinTheEnglishStory() throws java.io.IOException {
        Path crawl = java.nio.file.Files.createDirectories(tmp.resolve("cjk-crawl"));
        java.nio.file.Files.write(crawl.resolve("feed.jsonl"), List.of(
                "{\"url\": \"https://news.example-wire.com/asia/hokkaido-quake-evacuation\", \"title\": \"Magnitude 6.8 earthquake strikes off Hokkaido, 1,500 evacuated\", \"text\": \"A magnitude 6.8 earthquake struck off the coast of Hokkaido in northern Japan early on Tuesday, August 5, the Japan Meteorological Agency said. About 1,500 residents of the port town of Kushiro were evacuated as a precaution after a tsunami advisory was issued for the Pacific coast. The advisory was lifted three hours later after waves of up to 30 centimetres were observed. Hokkaido Electric Power said around 12,000 households briefly lost power. Railway operator JR Hokkaido suspended trains on several lines while tracks were inspected. There were no immediate reports of serious injuries, local officials said.\", \"published_at\": \"2025-08-05T03:10:00Z\", \"source\": \"example-wire.com\"}",
                "{\"url\": \"https://www.example-shimbun.jp/articles/20250805-kushiro-jishin\", \"title\": \"北海道沖でマグニチュード6.8の地震　釧路で1500人が避難\", \"text\": \"気象庁によると、8月5日未明、北海道沖を震源とするマグニチュード6.8の地震が発生した。太平洋沿岸に津波注意報が出され、釧路市では住民約1500人が念のため避難した。注意報は約3時間後に解除され、観測された津波は最大30センチだった。北海道電力によると、約1万2000戸で一時停電が発生した。JR北海道は線路の点検のため複数の路線で運転を見合わせた。地元当局によると、重傷者の情報は入っていない。\", \"published_at\": \"2025-08-05T05:30:00+09:00\", \"source\": \"example-shimbun.jp\"}",
                "{\"url\": \"https://www.example-ribao.cn/world/2025-08-05/hokkaido-dizhen\", \"title\": \"日本北海道近海发生6.8级地震 钏路约1500人避难\", \"text\": \"据日本气象厅消息，8月5日凌晨，日本北海道近海发生6.8级地震。日本太平洋沿岸一度发布海啸注意报，钏路市约1500名居民为防万一紧急避难。约3小时后注意报解除，观测到的海啸最高为30厘米。北海道电力公司表示，约1万2000户一度停电。JR北海道为检查线路暂停了多条线路的列车运行。当地官员说，目前尚无重伤报告。\", \"published_at\": \"2025-08-05T06:00:00+08:00\", \"source\": \"example-ribao.cn\"}",
                "{\"url\": \"https://news.example-wire.com/europe/lisbon-tram-fares\", \"title\": \"Lisbon raises tram fares by 10 percent from September\", \"text\": \"Lisbon's public transport company Carris will raise tram and bus fares by 10 percent from September 1, the city council announced on Tuesday. A single ticket bought on board will cost 2.20 euros instead of 2 euros. The council said the increase was needed to pay for new low-floor trams and higher energy costs. Passenger groups criticised the decision and called for a cheaper monthly pass for students and pensioners. The opposition said it would ask for a vote in the municipal assembly.\", \"published_at\": \"2025-08-05T09:00:00Z\", \"source\": \"example-wire.com\"}"));
        String out = tmp.resolve("cjk").toString();
        new Pipeline(spark, settings).run(new RunRequest("run", List.of(crawl.toString()), "", out, null),
                StageCatalog.of(settings, StageCatalog.INGEST, StageCatalog.TAG, StageCatalog.DEDUP, StageCatalog.STORIES));
        TableStore store = new TableStore(spark, out, "snappy");
        java.util.Map<String, String> storyBySource = new java.util.HashMap<>();
        java.util.Map<String, String> langBySource = new java.util.HashMap<>();
        for (Row r : store.read(StoryArticlesTable.NAME, StoryArticlesTable.SCHEMA)
                .join(store.read(DocumentsTable.NAME, DocumentsTable.SCHEMA).select("doc_id", "title"), "doc_id").collectAsList()) {
            String key = r.<String>getAs("source") + (r.<String>getAs("title").startsWith("Lisbon") ? "/lisbon" : "");
            storyBySource.put(key, r.getAs("story_id"));
            langBySource.put(key, r.getAs("lang"));
        }
        assertThat(langBySource).containsEntry("example-shimbun.jp", "ja").containsEntry("example-ribao.cn", "zh").hasSize(4);
        String quake = storyBySource.get("example-wire.com");
        assertThat(storyBySource).containsEntry("example-shimbun.jp", quake).containsEntry("example-ribao.cn", quake);
        assertThat(storyBySource.get("example-wire.com/lisbon")).isNotEqualTo(quake);
    }

    @Test
    void vectorsKeptByAnEarlierRunAreReusedAndAnotherModelOrTextIsEmbeddedAgain() throws java.io.IOException {
        Path seeds = SharedData.require("seeds");
        Path model = settings.stories().encoder().modelPath().orElseThrow();
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(model),
                "no sentence encoder model at " + model + ": run bin/models (mvn verify does) to run this test");
        String out = tmp.resolve("seeds-vectors").toString();
        LocalDate day = LocalDate.of(2015, 11, 20);
        new Pipeline(spark, settings).run(new RunRequest("run", List.of(seeds.toString()), "", out, day),
                StageCatalog.of(settings, StageCatalog.INGEST, StageCatalog.TAG, StageCatalog.DEDUP, StageCatalog.STORIES));
        TableStore store = new TableStore(spark, out, "snappy");
        List<Row> computed = store.read(ArticleVectorsTable.NAME, ArticleVectorsTable.SCHEMA).orderBy("doc_id").collectAsList();
        // The English and Russian seeds are embedded (Bulgarian is not among the model's languages), each once.
        assertThat(computed).hasSizeGreaterThanOrEqualTo(3);
        String fingerprint = io.storyline.embed.SentenceEncoder.fingerprint(model);
        assertThat(fingerprint).hasSize(64);

        // Replace every kept vector by a marked one: the next run of the stage takes them as they are.
        byte[] mark = new byte[512];
        java.util.Arrays.fill(mark, (byte) 1);
        List<Row> marked = computed.stream().map(r -> org.apache.spark.sql.RowFactory.create(r.getString(0), r.getString(1), mark)).toList();
        spark.createDataFrame(marked, ArticleVectorsTable.SCHEMA).write().mode(org.apache.spark.sql.SaveMode.Overwrite)
                .parquet(store.pathOf(ArticleVectorsTable.NAME));
        new Pipeline(spark, settings).run(new RunRequest("stories", List.of(out), "", out, day), StageCatalog.of(settings, StageCatalog.STORIES));
        List<Row> reused = store.read(ArticleVectorsTable.NAME, ArticleVectorsTable.SCHEMA).orderBy("doc_id").collectAsList();
        assertThat(reused).hasSameSizeAs(computed).allSatisfy(r -> assertThat(r.<byte[]>getAs("embedding")).isEqualTo(mark));
        assertThat(reused).extracting(r -> r.getString(1)).isEqualTo(computed.stream().map(r -> r.getString(1)).toList());

        // Under another key (another model file, or another text) the marked vectors are not used: embedded again.
        List<Row> otherKey = computed.stream().map(r -> org.apache.spark.sql.RowFactory.create(r.getString(0), "0".repeat(64), mark)).toList();
        List<Row> again = new StoriesStage(settings.stories()).run(store.read(DocumentsTable.NAME, DocumentsTable.SCHEMA),
                        store.read(MentionsTable.NAME, MentionsTable.SCHEMA), store.read(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA),
                        spark.createDataFrame(otherKey, ArticleVectorsTable.SCHEMA), caches)
                .vectors().orderBy("doc_id").collectAsList();
        assertThat(again).isEqualTo(computed);
    }

    private List<Row> storyArticles(Settings.Stories stories, TableStore store) {
        return new StoriesStage(stories).run(store.read(DocumentsTable.NAME, DocumentsTable.SCHEMA),
                store.read(MentionsTable.NAME, MentionsTable.SCHEMA), store.read(NearDuplicatesTable.NAME, NearDuplicatesTable.SCHEMA),
                caches).storyArticles().orderBy("doc_id").collectAsList();
    }
}
