package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import io.storyline.SparkTestBase;
import io.storyline.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tag stage on the seed articles (ru, ru, bg, en, en) and small texts, in local[2]. */
class TagStageTest extends SparkTestBase {
    static final StructType DOCS = new StructType()
            .add("doc_id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("lang", DataTypes.StringType).add("event_time", DataTypes.TimestampType)
            .add("crawl_date", DataTypes.DateType);
    private static final String[] SEED_LANGS = {"ru", "ru", "bg", "en", "en"};
    /** Names of one day's documents, one each, for the partitioning tests. */
    static final String[] LEADERS = {"Angela Merkel", "Emmanuel Macron", "Boris Johnson", "Pedro Sánchez", "Mark Rutte",
            "Viktor Orbán", "Giorgia Meloni", "Donald Tusk"};
    private static TagStage stage;

    @BeforeAll
    static void createStage() {
        stage = new TagStage(settings.tag());
    }

    static Row doc(String id, String text, String lang) {
        return RowFactory.create(id, text, lang, Instant.parse("2015-11-17T10:00:00Z"), LocalDate.of(2015, 11, 17));
    }

    private static Dataset<Row> seeds() throws IOException {
        Path dir = SharedData.require("seeds");
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                rows.add(doc(String.format("%016x", i + 1), Files.readString(sorted.get(i), StandardCharsets.UTF_8), SEED_LANGS[i]));
            }
        }
        return spark.createDataFrame(rows, DOCS);
    }

    @Test
    void seedEntitiesResolveToOneIdAcrossLanguages() throws IOException {
        Dataset<Row> docs = seeds();
        List<Row> mentions = stage.mentions(docs, caches).collectAsList();
        Map<String, String> langOf = Map.of("0000000000000001", "ru", "0000000000000002", "ru", "0000000000000003", "bg",
                "0000000000000004", "en", "0000000000000005", "en");
        Map<String, List<String>> spellings = Map.of(
                "Putin", List.of("Путин", "Путина", "Путину", "Путиным", "Putin"),
                "Hollande", List.of("Олланд", "Олланда", "Олландом", "Оланд", "Hollande"),
                "Syria", List.of("Сирия", "Сирии", "Syria"),
                "Moscow", List.of("Москва", "Москве", "Москву", "Moscow", "MOSCOW"),
                "Paris", List.of("Париж", "Париже", "Paris"),
                "Washington", List.of("Вашингтон", "Washington"),
                "Islamic State", List.of("Ислямска", "ИГ", "ISIS", "Islamic"));
        spellings.forEach((entity, names) -> {
            Set<String> ids = new HashSet<>();
            Set<String> langs = new HashSet<>();
            for (Row m : mentions) {
                String surface = m.getAs("surface");
                if (List.of(surface.split(" ")).stream().anyMatch(names::contains)) {
                    ids.add(m.getAs("entity_id"));
                    langs.add(langOf.get(m.<String>getAs("doc_id")));
                }
            }
            assertThat(ids).as(entity + " ids").hasSize(1);
            assertThat(langs).as(entity + " languages").contains("ru", "en");
        });
        Set<String> hollande = new HashSet<>();
        for (Row m : mentions) {
            if (List.of("Олландом", "Оланд", "Hollande").contains(m.<String>getAs("surface"))) {
                hollande.add(m.getAs("entity_id"));
            }
        }
        assertThat(hollande).hasSize(1);
    }

    @Test
    void baseFormsAreSettledByTheFormsSeenInOtherDocumentsOfTheSameDayAndLanguage() {
        String genitive = "В министерстве обороны в понедельник подтвердили слова Петрова о переговорах.";
        Dataset<Row> docs = spark.createDataFrame(List.of(
                RowFactory.create("00000000000000a1", genitive, "ru", Instant.parse("2015-11-17T10:00:00Z"), LocalDate.of(2015, 11, 17)),
                RowFactory.create("00000000000000a2", "Вчера Петров заявил журналистам, что переговоры продолжатся.", "ru",
                        Instant.parse("2015-11-17T11:00:00Z"), LocalDate.of(2015, 11, 17)),
                RowFactory.create("00000000000000a3", genitive, "ru", Instant.parse("2015-11-18T10:00:00Z"), LocalDate.of(2015, 11, 18)),
                RowFactory.create("00000000000000a4", "Вчера Петров заявил журналистам, что переговоры продолжатся.", "bg",
                        Instant.parse("2015-11-18T11:00:00Z"), LocalDate.of(2015, 11, 18))), DOCS);
        Map<String, String> baseOf = new java.util.TreeMap<>();
        for (Row m : stage.mentions(docs, caches).collectAsList()) {
            if (m.<String>getAs("surface").startsWith("Петров")) {
                baseOf.put(m.getAs("doc_id"), m.getAs("base_form"));
            }
        }
        assertThat(baseOf.get("00000000000000a1")).as("settled by the other article of its day").isEqualTo("Петров");
        assertThat(baseOf.get("00000000000000a3")).as("the next day's other article is in another language")
                .isNotEqualTo("Петров");
    }

    @Test
    void aOneWordNameTypedByItsShapeTakesTheTypeThatEvidenceGaveItInTheSameDayAndLanguage() {
        String cued = "Wczoraj spółka Zortex ogłosiła nowe połączenia.";
        String shaped = "Pracownicy w Zortex rozpoczęli strajk.";
        Dataset<Row> docs = spark.createDataFrame(List.of(
                RowFactory.create("00000000000000b1", cued, "pl", Instant.parse("2015-11-17T10:00:00Z"), LocalDate.of(2015, 11, 17)),
                RowFactory.create("00000000000000b2", shaped, "pl", Instant.parse("2015-11-17T11:00:00Z"), LocalDate.of(2015, 11, 17)),
                RowFactory.create("00000000000000b3", shaped, "pl", Instant.parse("2015-11-18T11:00:00Z"), LocalDate.of(2015, 11, 18))),
                DOCS);
        Map<String, String> typeOf = new java.util.TreeMap<>();
        for (Row m : stage.mentions(docs, caches).collectAsList()) {
            if (m.<String>getAs("surface").equals("Zortex")) {
                typeOf.put(m.getAs("doc_id"), m.getAs("type"));
            }
        }
        assertThat(typeOf).containsEntry("00000000000000b1", "ORG").as("the company noun's evidence, the same day")
                .containsEntry("00000000000000b2", "ORG").as("no evidence that day: a lone word's shape")
                .containsEntry("00000000000000b3", "LOC");
    }

    @Test
    void theDaysVoteIsTheMostFrequentEvidencedTypeInAnyLanguageAndNeverMakesAnAcronymAPerson() {
        StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("lang", DataTypes.StringType)
                .add("entity_key", DataTypes.StringType).add("type", DataTypes.StringType).add("crawl_date", DataTypes.DateType)
                .add("votes", DataTypes.IntegerType).add("type_open", DataTypes.BooleanType).add("may_be_person", DataTypes.BooleanType);
        LocalDate day = LocalDate.of(2015, 11, 17);
        int evidence = MentionRows.VOTES_EVIDENCE;
        int title = MentionRows.VOTES_TITLE;
        Dataset<Row> mentions = spark.createDataFrame(List.of(
                RowFactory.create("e1", "pl", "n:x", "PER", day, evidence, false, true),
                RowFactory.create("e2", "pl", "n:x", "PER", day, evidence, false, true),
                RowFactory.create("e3", "pl", "n:x", "ORG", day, evidence, false, true),
                RowFactory.create("open", "pl", "n:x", "LOC", day, 0, true, true),
                RowFactory.create("closed", "pl", "n:x", "LOC", day, 0, false, true),
                RowFactory.create("acronym", "pl", "n:x", "ORG", day, 0, true, false),
                // The key is cross-lingual: the other languages' evidence counts; another day's does not.
                RowFactory.create("other-language", "cs", "n:x", "LOC", day, 0, true, true),
                RowFactory.create("other-day", "pl", "n:x", "LOC", day.plusDays(1), 0, true, true),
                RowFactory.create("tie1", "pl", "n:y", "PER", day, evidence, false, true),
                RowFactory.create("tie2", "pl", "n:y", "ORG", day, evidence, false, true),
                RowFactory.create("tied", "pl", "n:y", "LOC", day, 0, true, true),
                // Three titles outvoted by one piece of evidence, which retypes them too ("šéf Ryanairu").
                RowFactory.create("t1", "cs", "n:z", "PER", day, title, true, true),
                RowFactory.create("t2", "cs", "n:z", "PER", day, title, true, true),
                RowFactory.create("t3", "cs", "n:z", "PER", day, title, true, true),
                RowFactory.create("company", "cs", "n:z", "ORG", day, evidence, false, true),
                RowFactory.create("alone", "cs", "n:z", "LOC", day, 0, true, true),
                // Where no evidence votes, titles do ("lider Farage").
                RowFactory.create("t4", "cs", "n:w", "PER", day, title, true, true),
                RowFactory.create("bare", "cs", "n:w", "LOC", day, 0, true, true)), schema);
        Map<String, String> typeOf = new java.util.TreeMap<>();
        for (Row r : TagStage.withBatchTypes(mentions).collectAsList()) {
            typeOf.put(r.getAs("doc_id"), r.getAs("type"));
        }
        assertThat(typeOf).containsEntry("open", "PER").containsEntry("closed", "LOC").containsEntry("acronym", "ORG")
                .containsEntry("other-language", "PER").containsEntry("other-day", "LOC").containsEntry("tied", "ORG").containsEntry("e3", "ORG")
                .containsEntry("t1", "ORG").containsEntry("t3", "ORG").containsEntry("alone", "ORG")
                .containsEntry("t4", "PER").containsEntry("bare", "PER");
    }

    @Test
    void sentencesEndAfterWordsBracketsAndQuotesButNotAfterInitialsOrTitles() {
        String text = "Rozmowa z prof. Janem Kowalskim (PAN). Dzięki temu J. Smith i „Rzeczpospolita”. Przyjechał"
                + " do Warszawy w 2019 r. W piątek mówił: «Tak!» Nic więcej.\nTytuł bez kropki\nKoniec";
        Dataset<Row> docs = spark.createDataFrame(List.of(doc("a", text, "pl")), DOCS);
        List<String> sentences = stage.model(spark).transform(docs).selectExpr("explode(sentence.result)").as(Encoders.STRING()).collectAsList();
        assertThat(sentences).containsExactly(
                "Rozmowa z prof. Janem Kowalskim (PAN).", "Dzięki temu J. Smith i „Rzeczpospolita”.",
                "Przyjechał do Warszawy w 2019 r. W piątek mówił: «Tak!»", "Nic więcej.", "Tytuł bez kropki", "Koniec");
    }

    @Test
    void theFittedPipelineSavesAndLoadsWithTheSameOutput() throws IOException {
        Dataset<Row> docs = spark.createDataFrame(List.of(
                doc("a", "Путин встретился с Олландом в Москве. «Газпром» и Reuters сообщили об этом.", "ru"),
                doc("b", "Путин и Оланд обсъдиха „Ислямска държава” в Сирия.", "bg")), DOCS);
        PipelineModel fitted = stage.model(spark);
        String path = tmp.resolve("tag-model").toString();
        fitted.write().save(path);
        PipelineModel loaded = PipelineModel.load(path);
        List<Row> before = fitted.transform(docs).select("doc_id", "tagged.mentions").orderBy("doc_id").collectAsList();
        List<Row> after = loaded.transform(docs).select("doc_id", "tagged.mentions").orderBy("doc_id").collectAsList();
        assertThat(after).isEqualTo(before);
        assertThat(before.get(0).getList(1)).hasSizeGreaterThanOrEqualTo(5);

        // storyline.tag.model: the first run fits and saves, the next loads.
        Settings.Tag saved = new Settings.Tag("", tmp.resolve("configured-model").toString(), Settings.load().tag().languages());
        List<Row> first = new TagStage(saved).mentions(docs, caches).orderBy("doc_id", "start").collectAsList();
        assertThat(tmp.resolve("configured-model/metadata")).exists();
        assertThat(new TagStage(saved).mentions(docs, caches).orderBy("doc_id", "start").collectAsList()).isEqualTo(first);
    }

    @Test
    void aDaysMentionsAreSpreadOverTasksEachInKeyOrder() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < LEADERS.length; i++) {
            rows.add(doc(String.format("%016x", i + 1), "On Monday " + LEADERS[i] + " spoke to reporters in Brussels about the budget.", "en"));
        }
        List<List<String>> partitions = keysByPartition(() -> stage.mentions(spark.createDataFrame(rows, DOCS), caches));
        assertSpreadEachInKeyOrder(partitions);
        assertThat(partitions.stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(LEADERS.length);
    }

    /** More than one partition holds the day's mentions, and each holds them in key order. */
    static void assertSpreadEachInKeyOrder(List<List<String>> partitions) {
        assertThat(partitions.stream().filter(p -> !p.isEmpty()).count()).as("partitions holding the day's mentions")
                .isGreaterThan(1);
        assertThat(partitions).allSatisfy(p -> assertThat(p).isSorted());
    }

    /**
     * Each partition's mentions as "day doc_id start" keys, in their order, with Spark's coalescing of small
     * partitions off (as on a day too large to coalesce), so that the partitions are the stage's own.
     */
    static List<List<String>> keysByPartition(java.util.function.Supplier<Dataset<Row>> mentions) {
        String coalesce = "spark.sql.adaptive.coalescePartitions.enabled";
        String before = spark.conf().get(coalesce);
        spark.conf().set(coalesce, "false");
        try {
            return mentions.get().javaRDD().mapPartitions(it -> {
                List<String> keys = new ArrayList<>();
                it.forEachRemaining(m -> keys.add(m.getAs("crawl_date") + " " + m.getAs("doc_id") + " "
                        + String.format("%06d", m.<Integer>getAs("start"))));
                return List.of(keys).iterator();
            }).collect();
        } finally {
            spark.conf().set(coalesce, before);
        }
    }

    @Test
    void outputDoesNotDependOnPartitioning() throws IOException {
        Dataset<Row> docs = seeds();
        List<Row> one = stage.mentions(docs.coalesce(1), caches).orderBy("doc_id", "start").collectAsList();
        List<Row> many = stage.mentions(docs.repartition(4), caches).orderBy("doc_id", "start").collectAsList();
        assertThat(many).isEqualTo(one).isNotEmpty();
    }

    @Test
    void entitiesAgreeWithMentions() throws IOException {
        Dataset<Row> docs = seeds();
        Dataset<Row> mentions = stage.mentions(docs, caches).cache();
        List<Row> entities = stage.entities(mentions, docs).collectAsList();
        Map<String, Set<String>> docsByEntity = new HashMap<>();
        for (Row m : mentions.collectAsList()) {
            docsByEntity.computeIfAbsent(m.getAs("entity_id"), k -> new HashSet<>()).add(m.getAs("doc_id"));
        }
        assertThat(entities).hasSize(docsByEntity.size());
        for (Row e : entities) {
            assertThat(e.<Long>getAs("doc_count")).isEqualTo(docsByEntity.get(e.<String>getAs("entity_id")).size());
            assertThat(e.<Object>getAs("story_count")).isNull();
        }
        Row putin = entities.stream().filter(e -> e.<Long>getAs("doc_count") == 5 && "PER".equals(e.getAs("type"))
                && "Vladimir Putin".equals(e.getAs("name"))).findFirst().orElseThrow();
        assertThat(putin.<String>getList(putin.fieldIndex("languages"))).containsExactly("bg", "en", "ru");
        // Named in full where the seeds ever name him so, though "Путин" and "Putin" alone are more frequent.
        assertThat(putin.<String, String>getJavaMap(putin.fieldIndex("names"))).containsEntry("ru", "Владимир Путин")
                .containsEntry("en", "Vladimir Putin").containsEntry("bg", "Путин");
        mentions.unpersist();
    }
}
