package io.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.dedup.DedupStage;
import io.storyline.ingest.IngestStage;
import io.storyline.ingest.url.UrlCanonicalizer;
import io.storyline.pipeline.Pipeline;
import io.storyline.pipeline.RunRequest;
import io.storyline.pipeline.RunSummary;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.StoryArticlesTable;
import io.storyline.stories.StoriesStage;
import io.storyline.tag.ResolveStage;
import io.storyline.tag.TagStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code eval stories}: a finished run's stories against gold labels. The gold file is a JSON
 * object mapping article URL to gold story id, a synthetic crawl's {@code gold/articles.jsonl},
 * or the {@code samples/gold.json} layout (articles
 * with url, story (null: an article alone) and lang, plus hard-negative story pairs). URLs match
 * after normalisation, on a document's canonical URL or its crawled URL. A gold URL no document
 * has counts as a predicted singleton and is listed; documents without a gold label are left out.
 */
public final class StoryEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Gold labels by normalised URL, in file order, with languages where the file gives them. */
    public record Gold(Map<String, String> storyByUrl, Map<String, String> langByUrl, List<List<String>> hardNegatives) {}

    /** A document of the run: its URLs, language and predicted story. */
    public record Doc(String docId, String url, String canonicalUrl, String lang, String storyId) {}

    public record Report(StoryScores.Figures figures, int goldUrls, List<String> missingUrls, int unlabelledDocs,
                         List<List<String>> hardNegatives, List<List<String>> hardNegativesMerged) {}

    private StoryEvaluation() {}

    public static Report run(SparkSession spark, Path tables, Path goldFile) {
        return evaluate(readGold(goldFile), docs(spark, tables));
    }

    /**
     * A labelled set's figures: B-cubed over its events (news-clusters, all of it and each part),
     * and its rated pairs (semeval-train).
     */
    public record SetReport(StorySets.Name set, int articles, Map<String, Report> clusters,
                            Map<String, StorySets.PairFigures> pairs, RunSummary run) {}

    /**
     * Runs the pipeline (ingest to stories) over one of the stories-dev sets, ingested as a JSON
     * Lines crawl under {@code work}, and scores it. With {@code reuse}, a run already in {@code work}
     * keeps its earlier stages' tables and only the stories stage runs again (for trying stories
     * settings).
     */
    public static SetReport runSet(SparkSession spark, Settings settings, StorySets.Name set, Path data, Path work,
                                   boolean reuse) {
        List<StorySets.Article> articles = StorySets.articles(data, set);
        Path runDir = work.resolve(set.folder());
        Pipeline pipeline = new Pipeline(spark, settings);
        RunSummary run;
        if (reuse && Files.isDirectory(runDir.resolve(DocumentsTable.NAME))) {
            run = pipeline.run(new RunRequest("eval stories", List.of(runDir.toString()), null, runDir.toString(), null),
                    List.of(new StoriesStage(settings.stories())));
        } else {
            Path crawl = work.resolve(set.folder() + "-crawl");
            try {
                Files.createDirectories(crawl);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            StorySets.writeCrawl(articles, crawl.resolve("articles.jsonl"));
            run = pipeline.run(new RunRequest("eval stories", List.of(crawl.toString()), null, runDir.toString(), null),
                    List.of(new IngestStage(settings), new TagStage(settings.tag()), new DedupStage(settings.dedup()),
                            new ResolveStage(settings.tag()), new StoriesStage(settings.stories())));
        }
        List<Doc> docs = docs(spark, runDir);
        Map<String, Report> clusters = new LinkedHashMap<>();
        Map<String, StorySets.PairFigures> pairs = Map.of();
        if (set == StorySets.Name.NEWS_CLUSTERS) {
            clusters.put("all", evaluate(gold(articles, null), docs));
            for (StorySets.Part part : StorySets.Part.values()) {
                clusters.put(part.label(), evaluate(gold(articles, part), docs));
            }
        } else {
            Map<String, String> storyByUrl = new HashMap<>();
            docs.forEach(d -> storyByUrl.put(normalize(d.url()), d.storyId()));
            Map<String, String> storyById = new HashMap<>();
            for (StorySets.Article a : articles) {
                String story = storyByUrl.get(normalize(a.url()));
                if (story != null) {
                    storyById.put(a.id(), story);
                }
            }
            pairs = StorySets.scorePairs(StorySets.pairs(data), storyById);
        }
        return new SetReport(set, articles.size(), clusters, pairs, run);
    }

    /** Gold events by URL, of one part of the set's events (null: all). */
    private static Gold gold(List<StorySets.Article> articles, StorySets.Part part) {
        Map<String, String> stories = new LinkedHashMap<>();
        Map<String, String> langs = new HashMap<>();
        for (StorySets.Article a : articles) {
            if (part == null || StorySets.partOf(a.event()) == part) {
                stories.put(normalize(a.url()), a.event());
                langs.put(normalize(a.url()), "en");
            }
        }
        return new Gold(stories, langs, List.of());
    }

    private static List<Doc> docs(SparkSession spark, Path tables) {
        for (String table : List.of(DocumentsTable.NAME, StoryArticlesTable.NAME)) {
            if (!Files.isDirectory(tables.resolve(table))) {
                throw new UsageException("no " + table + " table in " + tables + " (run the pipeline into it first)");
            }
        }
        Dataset<Row> documents = spark.read().schema(DocumentsTable.SCHEMA).parquet(tables.resolve(DocumentsTable.NAME).toString());
        Dataset<Row> articles = spark.read().schema(StoryArticlesTable.SCHEMA).parquet(tables.resolve(StoryArticlesTable.NAME).toString());
        List<Doc> docs = new ArrayList<>();
        for (Row r : documents.select("doc_id", "url", "canonical_url", "lang").join(articles.select("doc_id", "story_id"), "doc_id")
                .orderBy("doc_id").collectAsList()) {
            docs.add(new Doc(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        }
        return docs;
    }

    static Gold readGold(Path file) {
        if (file.getFileName().toString().endsWith(".jsonl")) {
            return readSyntheticGold(file);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UsageException("cannot read the gold file " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("the gold file " + file + " is not a JSON object");
        }
        Map<String, String> stories = new LinkedHashMap<>();
        Map<String, String> langs = new HashMap<>();
        List<List<String>> hardNegatives = new ArrayList<>();
        JsonNode articles = root.get("articles");
        if (articles != null && articles.isArray()) {
            for (JsonNode a : articles) {
                addArticle(a, stories, langs);
            }
            for (JsonNode pair : root.path("hard_negatives")) {
                hardNegatives.add(List.of(pair.get(0).asText(), pair.get(1).asText()));
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                stories.put(normalize(e.getKey()), e.getValue().asText());
            }
        }
        return new Gold(stories, langs, hardNegatives);
    }

    /** A synthetic crawl's {@code gold/articles.jsonl} (bin/storyline synth): one article per line. */
    private static Gold readSyntheticGold(Path file) {
        Map<String, String> stories = new LinkedHashMap<>();
        Map<String, String> langs = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UsageException("cannot read the gold file " + file + ": " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode a;
            try {
                a = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new UsageException("the gold file " + file + " line " + (i + 1) + " is not JSON");
            }
            if (a == null || !a.hasNonNull("url")) {
                throw new UsageException("the gold file " + file + " line " + (i + 1) + " has no url");
            }
            addArticle(a, stories, langs);
        }
        return new Gold(stories, langs, List.of());
    }

    /**
     * One gold article (url, story, lang, dup_of): an article outside every story (story null) is a
     * story of one together with its near-copies, which name their original in {@code dup_of}.
     */
    private static void addArticle(JsonNode a, Map<String, String> stories, Map<String, String> langs) {
        String url = normalize(a.path("url").asText());
        String original = a.hasNonNull("dup_of") ? normalize(a.get("dup_of").asText()) : url;
        stories.put(url, a.hasNonNull("story") ? a.get("story").asText() : "alone:" + original);
        if (a.hasNonNull("lang")) {
            langs.put(url, a.get("lang").asText());
        }
    }

    static Report evaluate(Gold gold, List<Doc> docs) {
        Map<String, List<Doc>> byUrl = new HashMap<>();
        for (Doc d : docs) {
            TreeSet<String> keys = new TreeSet<>();
            keys.add(normalize(d.url()));
            if (d.canonicalUrl() != null) {
                keys.add(normalize(d.canonicalUrl()));
            }
            for (String k : keys) {
                byUrl.computeIfAbsent(k, x -> new ArrayList<>()).add(d);
            }
        }
        List<StoryScores.Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        java.util.Set<String> labelled = new java.util.HashSet<>();
        for (Map.Entry<String, String> g : gold.storyByUrl().entrySet()) {
            List<Doc> matched = byUrl.get(g.getKey());
            if (matched == null) {
                missing.add(g.getKey());
                items.add(new StoryScores.Item(g.getValue(), "missing:" + g.getKey(),
                        gold.langByUrl().getOrDefault(g.getKey(), "und")));
                continue;
            }
            for (Doc d : matched) {
                // A URL crawled twice with different content is two documents with one gold label.
                if (labelled.add(d.docId())) {
                    items.add(new StoryScores.Item(g.getValue(), d.storyId(), d.lang()));
                }
            }
        }
        int unlabelled = (int) docs.stream().filter(d -> !labelled.contains(d.docId())).count();
        return new Report(StoryScores.score(items), gold.storyByUrl().size(), missing, unlabelled, gold.hardNegatives(),
                StoryScores.mergedPairs(items, gold.hardNegatives()));
    }

    /** A URL as the run normalises it; a string that is not an http(s) URL (a file URI) is kept as it is. */
    static String normalize(String url) {
        String normalized = new UrlCanonicalizer().normalize(url);
        return normalized != null ? normalized : url;
    }
}
