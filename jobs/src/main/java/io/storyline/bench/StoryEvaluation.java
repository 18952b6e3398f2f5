package io.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.config.UsageException;
import io.storyline.ingest.url.UrlCanonicalizer;
import io.storyline.schema.DocumentsTable;
import io.storyline.schema.StoryArticlesTable;
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
        for (String table : List.of(DocumentsTable.NAME, StoryArticlesTable.NAME)) {
            if (!Files.isDirectory(tables.resolve(table))) {
                throw new UsageException("no " + table + " table in " + tables + " (run the pipeline into it first)");
            }
        }
        Gold gold = readGold(goldFile);
        Dataset<Row> documents = spark.read().schema(DocumentsTable.SCHEMA).parquet(tables.resolve(DocumentsTable.NAME).toString());
        Dataset<Row> articles = spark.read().schema(StoryArticlesTable.SCHEMA).parquet(tables.resolve(StoryArticlesTable.NAME).toString());
        List<Doc> docs = new ArrayList<>();
        for (Row r : documents.select("doc_id", "url", "canonical_url", "lang").join(articles.select("doc_id", "story_id"), "doc_id")
                .orderBy("doc_id").collectAsList()) {
            docs.add(new Doc(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        }
        return evaluate(gold, docs);
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
