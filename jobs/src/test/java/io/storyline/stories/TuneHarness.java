package io.storyline.stories;

import io.storyline.bench.StoryEvaluation;
import io.storyline.bench.StoryScores;
import io.storyline.config.Settings;
import java.nio.file.*;
import java.util.*;
import org.apache.spark.sql.*;

public class TuneHarness {
    public static void main(String[] args) throws Exception {
        String dir = args[0];
        String goldFile = args[1];
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").config("spark.sql.datetime.java8API.enabled", "true").getOrCreate();
        Dataset<Row> docs = spark.read().parquet(dir + "/documents");
        Map<String, String> rep = new HashMap<>();
        if (Files.exists(Path.of(dir, "near_duplicates")))
            for (Row r : spark.read().parquet(dir + "/near_duplicates").collectAsList()) rep.put(r.getString(0), r.getString(2));
        Map<String, List<String>> ents = new HashMap<>();
        if (Files.exists(Path.of(dir, "mentions")))
            for (Row r : spark.read().parquet(dir + "/mentions").select("doc_id", "entity_id").collectAsList())
                ents.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(1));
        List<Row> rows = docs.select("doc_id", "lang", "title", "text", "event_time", "url", "canonical_url").collectAsList();
        spark.stop();
        List<String> ids = new ArrayList<>(); List<String> langs = new ArrayList<>(); List<Long> times = new ArrayList<>();
        List<Features.Counts> counts = new ArrayList<>();
        Map<Long, Long> df = new HashMap<>();
        List<StoryEvaluation.Doc> evalDocs0 = new ArrayList<>();
        for (Row r : rows) {
            String id = r.getString(0);
            if (rep.containsKey(id) && !rep.get(id).equals(id)) continue;
            Features.Counts c = Features.of(r.getString(1), r.getString(2), r.getString(3), ents.getOrDefault(id, List.of()));
            ids.add(id); langs.add(r.getString(1)); times.add(((java.time.Instant) r.getAs(4)).getEpochSecond()); counts.add(c);
            for (long k : c.keys()) df.merge(k, 1L, Long::sum);
        }
        int n = ids.size();
        double[] grid = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[]{0.5, 0.2, 0.3, 0.35};
        Settings.Stories st = new Settings.Stories(3, 0.3, grid[0], grid[1], grid[2], grid[3], 8, 64, 64);
        List<StoryVector> vs = new ArrayList<>();
        for (Features.Counts c : counts) {
            long[] d = new long[c.keys().length];
            for (int i = 0; i < d.length; i++) d[i] = df.get(c.keys()[i]);
            vs.add(StoryVector.of(c, d, n, st.vectorSize()));
        }
        Similarity sim = new Similarity(st);
        List<StoryClusterer.Member> members = new ArrayList<>();
        List<StoryClusterer.Edge> edges = new ArrayList<>();
        StoryEvaluation.Gold gold = (StoryEvaluation.Gold) invoke("readGold", Path.of(goldFile));
        Map<String, String> goldOfId = new HashMap<>();
        for (Row r : rows) { String g = gold.storyByUrl().get(StoryEvaluation_normalize(r.getString(6))); if (g == null) g = gold.storyByUrl().get(StoryEvaluation_normalize(r.getString(5))); goldOfId.put(r.getString(0), g); }
        for (int i = 0; i < n; i++) {
            members.add(new StoryClusterer.Member(StoriesStage.idOf(ids.get(i)), times.get(i), langs.get(i), vs.get(i)));
            for (int j = i + 1; j < n; j++) {
                double[] cos = vs.get(i).cosines(vs.get(j));
                double s = sim.pair(vs.get(i), langs.get(i), times.get(i), vs.get(j), langs.get(j), times.get(j));
                boolean same = Objects.equals(goldOfId.get(ids.get(i)), goldOfId.get(ids.get(j))) && !goldOfId.get(ids.get(i)).startsWith("alone");
                if (System.getProperty("pairs") != null && (same || s >= 0.15))
                    System.out.printf("%s %-5s %s-%s x=%.3f l=%.3f s=%.3f %s | %s%n", same ? "SAME" : "diff", "", langs.get(i), langs.get(j), cos[0], cos[1], s, goldOfId.get(ids.get(i)), goldOfId.get(ids.get(j)));
                if (s >= st.edgeThreshold()) edges.add(new StoryClusterer.Edge(StoriesStage.idOf(ids.get(i)), StoriesStage.idOf(ids.get(j)), s));
            }
        }
        Map<Long, Long> story = new HashMap<>();
        for (StoryClusterer.Assignment a : new StoryClusterer(sim, st.joinThreshold(), st.mergeThreshold()).cluster(members, edges))
            story.put(a.key(), a.storyKey());
        List<StoryEvaluation.Doc> evalDocs = new ArrayList<>();
        for (Row r : rows) {
            String id = r.getString(0);
            String repId = rep.getOrDefault(id, id);
            long sk = story.getOrDefault(StoriesStage.idOf(repId), StoriesStage.idOf(repId));
            evalDocs.add(new StoryEvaluation.Doc(id, r.getString(5), r.getString(6), r.getString(1), Long.toHexString(sk)));
        }
        StoryEvaluation.Report rep2 = (StoryEvaluation.Report) invoke("evaluate", gold, evalDocs);
        StoryScores.Figures f = rep2.figures();
        System.out.printf(Locale.ROOT, "grid %s: bcubed P %.3f R %.3f F1 %.3f | xling P %.3f R %.3f | split %d merged %d hardneg %s%n",
                Arrays.toString(grid), f.bcubedP(), f.bcubedR(), f.bcubedF1(), f.xlingP(), f.xlingR(), f.goldStoriesSplit(), f.predictedStoriesMerged(), rep2.hardNegativesMerged());
    }

    static String StoryEvaluation_normalize(String u) { try { return (String) invoke("normalize", u); } catch (Exception e) { throw new RuntimeException(e); } }

    static Object invoke(String name, Object... args) throws Exception {
        for (var m : StoryEvaluation.class.getDeclaredMethods()) if (m.getName().equals(name) && m.getParameterCount() == args.length) { m.setAccessible(true); return m.invoke(null, args); }
        throw new NoSuchMethodException(name);
    }
}
