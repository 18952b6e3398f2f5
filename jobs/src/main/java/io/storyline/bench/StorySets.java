package io.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.config.UsageException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real labelled story sets of {@code ../shared/data/stories-dev}, read as they are published:
 * {@code news-clusters} (dated English articles with an event label) and {@code semeval-train}
 * (articles without dates, and rated pairs of them). Each is turned into a JSON Lines crawl that
 * ingest reads like any user's input, and split for good into a development part and a held-out
 * part by a hash of the event label (news-clusters) or of the pair id (semeval), so that what is
 * tuned on one part is checked on the other.
 */
public final class StorySets {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** semeval-train has no dates: every article gets this time, as its README says. */
    static final String SEMEVAL_TIME = "2020-06-01T12:00:00Z";

    /** Ratings of {@code overall} at or below this are one story; at or above {@link #DIFFERENT}, two. */
    static final double SAME = 1.5;
    static final double DIFFERENT = 3.5;

    /** A semeval title break further in than this is inside the body. */
    static final int TITLE_CHARS = 300;

    public enum Name {
        NEWS_CLUSTERS("news-clusters"), SEMEVAL("semeval-train");

        private final String folder;

        Name(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }

        public static Name of(String name) {
            for (Name n : values()) {
                if (n.folder.equals(name) || n.name().equalsIgnoreCase(name.replace('-', '_'))) {
                    return n;
                }
            }
            throw new UsageException("unknown story set " + name + " (news-clusters, semeval-train)");
        }
    }

    public enum Part { DEV, HELD_OUT;

        public String label() {
            return this == DEV ? "dev" : "held-out";
        }
    }

    /**
     * One article as a crawl record, with its gold event where the set has one; {@code description} is a lead kept
     * apart from the text (the crawl's JSON Lines reader puts it first).
     */
    public record Article(String id, String url, String title, String description, String text, String publishedAt,
                          String source, String event) {}

    /** A rated pair of semeval-train. */
    public record Pair(String id, String id1, String id2, String lang1, String lang2, double overall) {
        public boolean same() {
            return overall <= SAME;
        }

        public boolean different() {
            return overall >= DIFFERENT;
        }

        public String languages() {
            return lang1.equals(lang2) ? lang1 : lang1.compareTo(lang2) < 0 ? lang1 + "-" + lang2 : lang2 + "-" + lang1;
        }

        public Part part() {
            return partOf(id);
        }
    }

    private StorySets() {}

    /**
     * A third of the keys are held out: a fixed split by the SHA-1 of the key, so that the same
     * events and pairs are held out on every machine and in every run.
     */
    public static Part partOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).mod(BigInteger.valueOf(3)).signum() == 0 ? Part.HELD_OUT : Part.DEV;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL an article of a set is ingested under: unique per id, whatever the article's own URL. */
    public static String urlOf(Name set, String id) {
        return "https://" + set.folder() + ".storyline.invalid/" + id;
    }

    public static List<Article> articles(Path data, Name set) {
        List<Article> out = new ArrayList<>();
        for (JsonNode a : lines(data.resolve(set.folder()).resolve("articles.jsonl"))) {
            String id = a.path("id").asText();
            if (set == Name.NEWS_CLUSTERS) {
                out.add(new Article(id, urlOf(set, id), a.path("title").asText(null), a.path("description").asText(null),
                        a.path("text").asText(""), withZone(a.path("date").asText()), a.path("source").asText(null),
                        a.path("cluster").asText()));
            } else {
                // Title first, then two spaces, then the body (the set's README); about half the
                // texts have no such break near the start, and are body only.
                String text = a.path("text").asText("").strip();
                int cut = text.indexOf("  ");
                String title = cut > 0 && cut <= TITLE_CHARS ? text.substring(0, cut).strip() : null;
                String body = title != null ? text.substring(cut).strip() : text;
                out.add(new Article(id, urlOf(set, id), title, null, body, SEMEVAL_TIME, "semeval", null));
            }
        }
        return out;
    }

    public static List<Pair> pairs(Path data) {
        List<Pair> out = new ArrayList<>();
        for (JsonNode p : lines(data.resolve(Name.SEMEVAL.folder()).resolve("pairs.jsonl"))) {
            out.add(new Pair(p.path("pair_id").asText(), p.path("id1").asText(), p.path("id2").asText(),
                    p.path("lang1").asText(), p.path("lang2").asText(), p.path("overall").asDouble()));
        }
        return out;
    }

    /** The set's articles as a JSON Lines crawl (url, title, description, text, published_at, crawled_at, source). */
    public static void writeCrawl(List<Article> articles, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                ObjectNode o = JSON.createObjectNode().put("url", a.url()).put("title", a.title())
                        .put("description", a.description()).put("text", a.text())
                        .put("published_at", a.publishedAt()).put("crawled_at", a.publishedAt()).put("source", a.source());
                out.write(JSON.writeValueAsString(o));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pair figures: same-story pairs put together (recall), different-story pairs kept apart (specificity). */
    public record PairFigures(int same, int together, int different, int apart) {
        public double recall() {
            return same == 0 ? 1 : together / (double) same;
        }

        public double specificity() {
            return different == 0 ? 1 : apart / (double) different;
        }

        PairFigures plus(Pair p, boolean joined) {
            return new PairFigures(same + (p.same() ? 1 : 0), together + (p.same() && joined ? 1 : 0),
                    different + (p.different() ? 1 : 0), apart + (p.different() && !joined ? 1 : 0));
        }
    }

    /**
     * Pair figures by group ("all", "dev", "held-out", and each language pair within "all" and
     * "held-out"), from each article's predicted story. A pair with an article the run has no story for
     * counts as apart.
     */
    public static Map<String, PairFigures> scorePairs(List<Pair> pairs, Map<String, String> storyById) {
        Map<String, PairFigures> out = new TreeMap<>();
        PairFigures none = new PairFigures(0, 0, 0, 0);
        for (Pair p : pairs) {
            String s1 = storyById.get(p.id1());
            boolean joined = s1 != null && s1.equals(storyById.get(p.id2()));
            String part = p.part().label();
            for (String group : List.of("all", part, "all " + p.languages(), part + " " + p.languages())) {
                out.put(group, out.getOrDefault(group, none).plus(p, joined));
            }
        }
        return out;
    }

    private static String withZone(String time) {
        return time.isBlank() || time.endsWith("Z") || time.matches(".*[+-]\\d\\d:\\d\\d$") ? time : time + "Z";
    }

    private static List<JsonNode> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no " + file + " (is --data the stories-dev folder?)");
        }
        List<JsonNode> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    out.add(JSON.readTree(lines.get(i)));
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        return out;
    }
}
