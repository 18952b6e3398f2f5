package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SparkTestBase;
import io.storyline.dedup.DedupStage;
import io.storyline.schema.NearDuplicatesTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * The resolve stage in local[2]: a wire story republished with the spokesman's name spelt another
 * way (Lu / Loo: too short for edit distance alone), and a third article that spells a long name
 * two ways (Lindqvist / Lindquist) and names another Mr Li.
 */
class ResolveStageTest extends SparkTestBase {
    private static final String WIRE = "The port authority of Rotterdam said on Tuesday that container traffic fell by "
            + "four percent in October, the third monthly decline in a row, as shipping lines cut sailings across the "
            + "North Sea. Speaking to reporters at the terminal, the spokesman, Mr %s, said the fall was smaller than "
            + "feared and that volumes should recover in the spring once new cranes are working. Dock workers had "
            + "threatened a strike over night shifts, but the union and the employers agreed a deal late on Monday "
            + "evening after talks that lasted eleven hours. Freight rates on the route to Shanghai have dropped by a "
            + "third since the summer, according to figures published by the authority. Mr %s added that the "
            + "authority would publish its annual forecast in January, with a new estimate for rail freight.";

    private static Row doc(String id, String text, String day) {
        return RowFactory.create(id, text, "en", Instant.parse(day + "T09:00:00Z"), LocalDate.parse(day));
    }

    private static Dataset<Row> documents() {
        return spark.createDataFrame(List.of(
                doc("00000000000000a1", String.format(WIRE, "Lu", "Lu"), "2026-11-17"),
                doc("00000000000000a2", String.format(WIRE, "Loo", "Loo"), "2026-11-17"),
                doc("00000000000000b1", "The minister Johan Lindqvist met the prime minister in Kyiv on Friday, and "
                        + "reporters later heard Mr Lindquist say that Johan Lindqvist would travel to Warsaw, where Mr Li "
                        + "from the embassy was waiting.", "2026-11-18")), TagStageTest.DOCS);
    }

    private static Set<String> idsOf(List<Row> mentions, String... surfaces) {
        Set<String> ids = new HashSet<>();
        for (Row m : mentions) {
            if (List.of(surfaces).contains(m.<String>getAs("surface"))) {
                ids.add(m.getAs("entity_id"));
            }
        }
        return ids;
    }

    private List<Row> resolved(Dataset<Row> documents, Dataset<Row> nearDuplicates) {
        Dataset<Row> mentions = new TagStage(settings.tag()).mentions(documents, caches);
        ResolveStage stage = new ResolveStage(settings.tag());
        ResolveStage.Result result = stage.resolve(mentions, documents, nearDuplicates, Gazetteer.of(settings.tag()), caches);
        return stage.apply(mentions, result).orderBy("doc_id", "start").collectAsList();
    }

    @Test
    void aNamesakeNamedInFullGetsAnIdOfItsOwnAndTheSurnameAloneStaysWithTheMainPerson() {
        // The minister in three articles, the director in two, and the surname alone in a sixth.
        String minister = "The minister Sarah Whitfield told parliament on %s that the talks would go on, and Whitfield "
                + "added that a deal was still possible before the summer recess began in the capital.";
        String director = "The director Oliver Whitfield said on %s that the sequel would be shot in the spring, and Whitfield "
                + "added that most of the cast would return for the new film next year.";
        Dataset<Row> documents = spark.createDataFrame(List.of(
                doc("00000000000000c1", String.format(minister, "Monday"), "2026-11-16"),
                doc("00000000000000c2", String.format(minister, "Tuesday"), "2026-11-17"),
                doc("00000000000000c3", String.format(minister, "Wednesday"), "2026-11-18"),
                doc("00000000000000c4", String.format(director, "Tuesday"), "2026-11-17"),
                doc("00000000000000c5", String.format(director, "Friday"), "2026-11-20"),
                doc("00000000000000c6", "Reporters asked on Friday whether Whitfield would call an early election before "
                        + "the spring, and his spokesman gave no answer to the question.", "2026-11-20")), TagStageTest.DOCS);
        List<Row> mentions = resolved(documents, spark.createDataFrame(List.of(), NearDuplicatesTable.SCHEMA));
        Set<String> ofSarah = new HashSet<>();
        Set<String> ofOliver = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Row m : mentions) {
            String doc = m.getAs("doc_id");
            if (m.<String>getAs("surface").endsWith("Whitfield")) {
                (doc.equals("00000000000000c4") || doc.equals("00000000000000c5") ? ofOliver : ofSarah).add(m.getAs("entity_id"));
                keys.add(m.getAs("entity_key"));
            }
        }
        // The tag-time key stays the surname's: a later run splits again from it.
        assertThat(keys).hasSize(1);
        assertThat(ofSarah).hasSize(1);
        assertThat(ofOliver).hasSize(1).doesNotContainAnyElementsOf(ofSarah);
    }

    @Test
    void aPageCrawledOnTwoDaysCountsOnceInTheEntities() {
        // The same page (one doc_id) in the 17th's and the 19th's documents, tagged on both days, beside another page.
        String page = "The minister Johan Lindqvist met the prime minister in Kyiv on Friday, and said that talks on "
                + "grain exports through the port of Odesa would go on next week.";
        Dataset<Row> documents = spark.createDataFrame(List.of(
                doc("00000000000000d1", page, "2026-11-17"),
                doc("00000000000000d1", page, "2026-11-19"),
                doc("00000000000000d2", "Trains between Kyiv and Warsaw ran again on Wednesday after a week of repairs "
                        + "on the line near the border.", "2026-11-18")), TagStageTest.DOCS);
        TagStage tag = new TagStage(settings.tag());
        List<Row> entities = tag.entities(tag.mentions(documents, caches), documents).collectAsList();
        Row kyiv = entities.stream().filter(e -> "Kyiv".equals(e.getAs("name"))).findFirst().orElseThrow();
        Row lindqvist = entities.stream().filter(e -> "Johan Lindqvist".equals(e.getAs("name"))).findFirst().orElseThrow();
        assertThat(kyiv.<Long>getAs("doc_count")).isEqualTo(2);
        assertThat(lindqvist.<Long>getAs("doc_count")).isEqualTo(1);
        // Its earliest copy's time: the later crawl is no later sighting of the page.
        assertThat(kyiv.<Object>getAs("last_seen").toString()).startsWith("2026-11-18");
        assertThat(lindqvist.<Object>getAs("last_seen").toString()).startsWith("2026-11-17");
    }

    @Test
    void twoSpellingsInANearDuplicatePairResolveToOneId() {
        Dataset<Row> documents = documents();
        Dataset<Row> nearDuplicates = new DedupStage(settings.dedup()).run(documents, caches).nearDuplicates();
        assertThat(nearDuplicates.count()).isEqualTo(2);
        List<Row> mentions = resolved(documents, nearDuplicates);
        assertThat(idsOf(mentions, "Lu", "Loo")).hasSize(1);
        // Edit distance alone: the long name's spellings merge, the short one's do not.
        assertThat(idsOf(mentions, "Johan Lindqvist", "Lindquist")).hasSize(1);
        List<Row> withoutEvidence = resolved(documents, spark.createDataFrame(List.of(), NearDuplicatesTable.SCHEMA));
        assertThat(idsOf(withoutEvidence, "Lu", "Loo")).hasSize(2);
        assertThat(idsOf(withoutEvidence, "Johan Lindqvist", "Lindquist")).hasSize(1);
        // Mr Li, in another article, is not near enough to either.
        assertThat(idsOf(mentions, "Li")).hasSize(1).doesNotContainAnyElementsOf(idsOf(mentions, "Lu"));
        // Each mention keeps its tag-time key, from which a later run recomputes the ids.
        Set<String> keys = new HashSet<>();
        mentions.stream().filter(m -> m.<String>getAs("surface").matches("L(u|oo)"))
                .forEach(m -> keys.add(m.getAs("entity_key")));
        assertThat(keys).hasSize(2);
    }

    @Test
    void aDaysRewrittenMentionsAreSpreadOverTasksEachInKeyOrder() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < TagStageTest.LEADERS.length; i++) {
            rows.add(doc(String.format("%016x", i + 1), TagStageTest.LEADERS[i] + " spoke in Brussels on Monday.", "2026-11-17"));
        }
        Dataset<Row> mentions = new TagStage(settings.tag()).mentions(spark.createDataFrame(rows, TagStageTest.DOCS), caches);
        TagStageTest.assertSpreadEachInKeyOrder(TagStageTest.keysByPartition(() -> ResolveStage.sorted(mentions)));
    }

    @Test
    void idsDoNotDependOnPartitioning() {
        Dataset<Row> documents = documents();
        Dataset<Row> nearDuplicates = new DedupStage(settings.dedup()).run(documents, caches).nearDuplicates();
        List<Row> one = resolved(documents.coalesce(1), nearDuplicates.coalesce(1));
        List<Row> many = resolved(documents.repartition(4), nearDuplicates.repartition(3));
        assertThat(many).isEqualTo(one).isNotEmpty();
    }
}
