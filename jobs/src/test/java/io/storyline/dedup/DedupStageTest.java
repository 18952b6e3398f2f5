package io.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import io.storyline.SparkTestBase;
import io.storyline.cli.StageCatalog;
import io.storyline.config.Settings;
import io.storyline.ingest.IngestSummary;
import io.storyline.pipeline.Pipeline;
import io.storyline.pipeline.RunRequest;
import io.storyline.pipeline.RunSummary;
import io.storyline.schema.DocumentsTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class DedupStageTest extends SparkTestBase {
    private static final StructType DOCS = new StructType()
            .add("doc_id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("lang", DataTypes.StringType).add("event_time", DataTypes.TimestampType);

    /** A text of distinct invented words, so that shingle overlap is exactly what the test makes it. */
    private static List<String> words(int n, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder();
            for (int j = 0; j < 7; j++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.toString());
        }
        return words;
    }

    private static String changed(List<String> words, int... positions) {
        List<String> copy = new ArrayList<>(words);
        for (int p : positions) {
            copy.set(p, "zz" + p + "changed");
        }
        return String.join(" ", copy);
    }

    private static Row doc(String id, String text, int minute) {
        return RowFactory.create(id, text, "en", Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * minute));
    }

    private static Map<String, String> groupsOf(Dataset<Row> nearDuplicates) {
        Map<String, String> groups = new HashMap<>();
        nearDuplicates.collectAsList().forEach(r -> groups.put(r.getString(0), r.getString(1)));
        return groups;
    }

    private Dataset<Row> run(List<Row> docs, int partitions) {
        return new DedupStage(settings.dedup()).run(spark.createDataFrame(docs, DOCS).repartition(partitions), caches)
                .nearDuplicates();
    }

    @Test
    void chainWhoseEndsDifferIsCutAtTheRepresentative() {
        List<String> a = words(200, 1);
        // A-B and B-C each differ by 3 words (shingle Jaccard ~0.86), A-C by 6 (~0.73).
        String textA = String.join(" ", a);
        String textB = changed(a, 20, 80, 140);
        String textC = changed(a, 20, 80, 140, 50, 110, 170);
        List<String> b = List.of(textB.split(" "));
        assertThat(Shingler.exactJaccard(new Shingler().shingles(textA, "en"), new Shingler().shingles(textB, "en")))
                .isGreaterThan(0.8);
        assertThat(Shingler.exactJaccard(new Shingler().shingles(textB, "en"), new Shingler().shingles(textC, "en")))
                .isGreaterThan(0.8);
        assertThat(Shingler.exactJaccard(new Shingler().shingles(textA, "en"), new Shingler().shingles(textC, "en")))
                .isLessThan(0.8);
        assertThat(b).hasSize(200);

        Map<String, String> groups = groupsOf(run(List.of(doc("000000000000000a", textA, 0),
                doc("000000000000000b", textB, 5), doc("000000000000000c", textC, 10)), 2));
        assertThat(groups).containsEntry("000000000000000a", "000000000000000a")
                .containsEntry("000000000000000b", "000000000000000a")
                .doesNotContainKey("000000000000000c");
    }

    @Test
    void hotBucketOfTemplatePagesBecomesOneGroupWithoutAllPairs() {
        List<Row> docs = new ArrayList<>();
        String template = "Sorry, this page is no longer available. Return to the home page or search our archive for more news.";
        for (int i = 0; i < 300; i++) {
            docs.add(doc(String.format("%016x", 1000 + i), template, i));
        }
        for (int i = 0; i < 5; i++) {
            docs.add(doc(String.format("%016x", 5000 + i), String.join(" ", words(120, 100 + i)), i));
        }
        DedupStage.Result result = new DedupStage(settings.dedup()).run(spark.createDataFrame(docs, DOCS), caches);
        Map<String, String> groups = groupsOf(result.nearDuplicates());
        assertThat(groups).hasSize(300);
        assertThat(new HashSet<>(groups.values())).containsExactly(String.format("%016x", 1000));
        // Star edges per hot bucket: linear in the bucket, not 300 * 299 / 2 pairs.
        assertThat(result.candidatePairs()).isLessThan(300L * 2);
    }

    @Test
    void shortTextsDoNotCollideUnlessIdentical() {
        Map<String, String> groups = groupsOf(run(List.of(
                doc("0000000000000001", "Breaking news", 0), doc("0000000000000002", "Weather update", 1),
                doc("0000000000000003", "Live blog", 2), doc("0000000000000004", "Sport results", 3)), 2));
        assertThat(groups).isEmpty();
    }

    @Test
    void sameDocumentsInAnyOrderAndPartitioningGiveIdenticalGroups() {
        List<Row> docs = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            List<String> base = words(150, 10 + g);
            for (int m = 0; m < 4; m++) {
                docs.add(doc(String.format("%016x", g * 100 + m), changed(base, 10 + 20 * m), g + m));
            }
        }
        List<Row> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        Dataset<Row> one = run(docs, 1);
        Dataset<Row> seven = run(reversed, 7);
        assertThat(one.count()).isEqualTo(80);
        assertThat(one.exceptAll(seven).count()).isZero();
        assertThat(seven.exceptAll(one).count()).isZero();
    }

    @Test
    void largeStarSmallStarAgreesWithGraphx() {
        Random random = new Random(7);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            long a = random.nextInt(300);
            long b = random.nextInt(300);
            edges.add(new Tuple2<>(a * 7919 % 1000 - 500, b * 7919 % 1000 - 500));
        }
        for (long i = 2000; i < 2050; i++) {
            edges.add(new Tuple2<>(i, i + 1));
        }
        JavaPairRDD<Long, Long> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelizePairs(edges, 3);
        Map<Long, Long> ours = new TreeMap<>(ConnectedComponents.label(rdd, Settings.ComponentsMethod.LARGE_STAR).collectAsMap());
        Map<Long, Long> graphx = new TreeMap<>(ConnectedComponents.label(rdd, Settings.ComponentsMethod.GRAPHX).collectAsMap());
        assertThat(ours).isEqualTo(graphx);
        assertThat(ours.get(2050L)).isEqualTo(2000L);
    }

    @Test
    void dedupAloneReadsTheDocumentsOfAnEarlierRun() throws IOException {
        Path out = tmp.resolve("two-steps");
        new Pipeline(spark, settings).run(new RunRequest("ingest", List.of(SharedData.samples("crawl").toString()),
                "", out.toString(), null), StageCatalog.of(settings, StageCatalog.INGEST));
        assertThat(out.resolve("near_duplicates")).doesNotExist();
        RunSummary summary = new Pipeline(spark, settings).run(new RunRequest("dedup",
                List.of(out.toString()), "", out.toString(), null), StageCatalog.of(settings, StageCatalog.DEDUP));
        assertThat(summary.of(IngestSummary.class)).isNull();
        DedupStage.Summary dedup = summary.of(DedupStage.Summary.class);
        assertThat(dedup.documents()).isEqualTo(52);
        assertThat(dedup.groups()).isEqualTo(3);
        assertThat(dedup.members()).isEqualTo(7);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
        assertThat(manifest.at("/tables/near_duplicates/rows").asLong()).isEqualTo(7);
        assertThat(manifest.at("/stages/dedup/records_in").asLong()).isEqualTo(52);
        assertThat(manifest.at("/tables/documents/rows").asLong()).as("carried from the ingest run").isEqualTo(52);
        assertThat(manifest.at("/stages/ingest/records_in").asLong()).isEqualTo(126);
    }

    @Test
    void sampleCrawlGroupsExactlyTheGoldNearDuplicates() throws IOException {
        Path out = tmp.resolve("samples");
        new Pipeline(spark, settings).run(new RunRequest("run", List.of(SharedData.samples("crawl").toString()),
                "", out.toString(), null), StageCatalog.all(settings));
        Map<String, String> urlOf = new HashMap<>();
        spark.read().schema(DocumentsTable.SCHEMA).parquet(out.resolve("documents").toString()).collectAsList()
                .forEach(r -> urlOf.put(r.getAs("doc_id"), r.getAs("canonical_url")));
        Map<String, List<String>> members = new HashMap<>();
        groupsOf(spark.read().parquet(out.resolve("near_duplicates").toString()))
                .forEach((doc, group) -> members.computeIfAbsent(group, k -> new ArrayList<>()).add(urlOf.get(doc)));
        Set<String> predicted = new TreeSet<>();
        members.values().forEach(urls -> {
            for (String u : urls) {
                for (String v : urls) {
                    if (u.compareTo(v) < 0) {
                        predicted.add(u + " ~ " + v);
                    }
                }
            }
        });
        JsonNode gold = new ObjectMapper().readTree(SharedData.samples("gold.json").toFile());
        Set<String> expected = new TreeSet<>();
        gold.get("near_duplicates").forEach(p -> {
            String u = p.get(0).asText();
            String v = p.get(1).asText();
            expected.add(u.compareTo(v) < 0 ? u + " ~ " + v : v + " ~ " + u);
        });
        assertThat(predicted).containsAll(expected);
        // Besides the gold pairs, only the updated re-crawl (one URL, two versions) may group.
        Set<String> extra = new TreeSet<>(predicted);
        extra.removeAll(expected);
        assertThat(extra).allSatisfy(pair -> assertThat(pair.split(" ~ ")[0]).isEqualTo(pair.split(" ~ ")[1]));
        assertThat(members.values()).anySatisfy(urls -> assertThat(urls).hasSize(2)
                .allMatch(u -> u.endsWith("/ecb-vogler-interest-rates-pause")));
    }
}
