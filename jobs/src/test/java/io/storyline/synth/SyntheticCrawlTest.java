package io.storyline.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.storyline.dedup.Shingles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/** End-to-end checks on one small crawl (1,500 pages, all languages) and a few special runs. */
class SyntheticCrawlTest {
    private static final int DOCS = 1_500;
    private static final int PER_FILE = 400;

    @TempDir
    static Path tmp;
    static Path crawl;
    static SyntheticCrawl.Summary summary;
    static List<GoldJson> articles;
    static Map<String, String> texts;

    @BeforeAll
    static void generate() throws IOException {
        crawl = tmp.resolve("crawl-a");
        summary = SyntheticCrawl.write(crawl, SyntheticCrawl.Options.defaults(DOCS).withDocsPerFile(PER_FILE));
        articles = jsonLines(crawl.resolve("gold/articles.jsonl"));
        texts = new HashMap<>();
        for (GoldJson t : jsonLines(crawl.resolve("gold/texts.jsonl.gz"))) {
            texts.put(t.get("url").asText(), t.get("text").asText());
        }
    }

    @Test
    void sameSeedAndSizeGiveByteIdenticalFiles() throws IOException {
        SyntheticCrawl.Options options = SyntheticCrawl.Options.defaults(300).withDocsPerFile(120).withSeed(7);
        Path a = tmp.resolve("det-a");
        Path b = tmp.resolve("det-b");
        SyntheticCrawl.write(a, options);
        SyntheticCrawl.write(b, options);
        List<Path> files = listFiles(a);
        assertThat(files).extracting(p -> a.relativize(p).toString()).contains("crawl/part-00000.warc.gz",
            "crawl/part-00002.warc.gz", "gold/articles.jsonl", "gold/near_duplicates.jsonl", "gold/summary.json",
            "gold/texts.jsonl.gz");
        assertThat(listFiles(b)).hasSameSizeAs(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(b.resolve(a.relativize(file).toString())))
                .as(a.relativize(file).toString()).isEqualTo(Files.readAllBytes(file));
        }
        Path c = tmp.resolve("det-c");
        SyntheticCrawl.write(c, options.withSeed(8));
        assertThat(Files.readAllBytes(c.resolve("crawl/part-00000.warc.gz")))
            .isNotEqualTo(Files.readAllBytes(a.resolve("crawl/part-00000.warc.gz")));
    }

    @Test
    void warcReadsBackAsOneHttp200HtmlResponsePerGoldArticle() throws IOException {
        List<Path> warcs = listFiles(crawl.resolve("crawl"));
        assertThat(warcs).hasSize((DOCS + PER_FILE - 1) / PER_FILE);
        assertThat(summary.files()).isEqualTo(warcs.size());
        assertThat(summary.bytes()).isEqualTo(warcs.stream().mapToLong(SyntheticCrawlTest::size).sum());
        List<String> urls = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long pageBytes = 0;
        int minPage = Integer.MAX_VALUE;
        int maxPage = 0;
        for (Path warc : warcs) {
            try (WarcReader reader = new WarcReader(warc)) {
                int infos = 0;
                for (WarcRecord record : reader) {
                    assertThat(record.version().toString()).isEqualTo("WARC/1.0");
                    assertThat(ids.add(record.id().toString())).isTrue();
                    if (record instanceof Warcinfo) {
                        infos++;
                        continue;
                    }
                    assertThat(record).isInstanceOf(WarcResponse.class);
                    WarcResponse response = (WarcResponse) record;
                    assertThat(response.http().status()).isEqualTo(200);
                    assertThat(response.http().version().toString()).isEqualTo("HTTP/1.1");
                    assertThat(response.http().contentType()).isEqualTo(MediaType.parse("text/html; charset=utf-8"));
                    String date = response.http().headers().first("Date").orElseThrow();
                    assertThat(date).matches("\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
                    assertThat(java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()).isEqualTo(response.date());
                    assertThat(response.http().headers().first("Server")).isPresent();
                    byte[] html = response.http().body().stream().readAllBytes();
                    assertThat(response.http().headers().first("Content-Length")).contains(Integer.toString(html.length));
                    assertThat(response.payloadDigest()).isPresent();
                    assertThat(response.date()).isBetween(Instant.parse("2026-11-01T00:00:00Z"),
                        Instant.parse("2026-11-09T00:00:00Z"));
                    urls.add(response.target());
                    pageBytes += html.length;
                    minPage = Math.min(minPage, html.length);
                    maxPage = Math.max(maxPage, html.length);
                }
                assertThat(infos).as("one warcinfo per file").isEqualTo(1);
            }
        }
        assertThat(urls).hasSize(DOCS).doesNotHaveDuplicates()
            .isEqualTo(articles.stream().map(a -> a.get("url").asText()).toList());
        double average = (double) pageBytes / DOCS;
        assertThat(average).isBetween(7_000.0, 12_000.0);
        assertThat(minPage).isGreaterThanOrEqualTo(PageRenderer.MIN_BYTES);
        assertThat(maxPage).isLessThanOrEqualTo(PageRenderer.MAX_BYTES + 512);
        assertThat(summary.bytesPerDoc()).isBetween(2_500.0, 6_000.0);
    }

    @Test
    void pagesCarryTitleSuffixMetadataAndTheMainTextInsideChrome() throws IOException {
        Map<String, GoldJson> gold = new HashMap<>();
        articles.forEach(a -> gold.put(a.get("url").asText(), a));
        int checked = 0;
        try (WarcReader reader = new WarcReader(listFiles(crawl.resolve("crawl")).get(0))) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response) || checked >= 60) {
                    continue;
                }
                GoldJson article = gold.get(response.target());
                Document page = Jsoup.parse(response.http().body().stream(), "UTF-8", response.target());
                String title = article.get("title").asText();
                assertThat(page.title()).startsWith(title).hasSizeGreaterThan(title.length() + 3);
                assertThat(page.select("html").attr("lang")).isEqualTo(article.get("lang").asText());
                assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
                assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(response.target());
                GoldJson ld = GoldJson.parse(page.select("script[type=application/ld+json]").first().data());
                assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
                assertThat(Instant.parse(ld.get("datePublished").asText().replace("+00:00", "Z")))
                    .isEqualTo(Instant.parse(article.get("published_at").asText()));
                String bodyText = page.body().text();
                for (String paragraph : texts.get(response.target()).split("\n\n")) {
                    assertThat(bodyText).contains(paragraph);
                }
                // Chrome in the page's language surrounds the article: menu, related headlines.
                assertThat(page.select("nav a")).hasSizeGreaterThanOrEqualTo(6);
                assertThat(page.select("aside li a")).hasSizeGreaterThanOrEqualTo(3);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(60);
    }

    @Test
    void textsAreInTheScriptOfTheirDeclaredLanguageAndOfArticleLength() {
        Map<String, Integer> perLanguage = new HashMap<>();
        for (GoldJson article : articles) {
            String lang = article.get("lang").asText();
            String text = texts.get(article.get("url").asText());
            perLanguage.merge(lang, 1, Integer::sum);
            int letters = 0;
            int cyrillic = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                        cyrillic++;
                    }
                }
            }
            double share = (double) cyrillic / letters;
            if (lang.equals("ru") || lang.equals("bg")) {
                assertThat(share).as(article.get("url").asText()).isGreaterThan(0.9);
            } else {
                assertThat(share).as(article.get("url").asText()).isZero();
            }
            assertThat(text).doesNotContain("[", "{", "<", "|");
            int words = Shingles.tokens(text).size();
            if (article.get("dup_of").isNull()) {
                assertThat(words).isBetween(ArticleWriter.MIN_WORDS - 20, ArticleWriter.MAX_WORDS + 40);
            } else {
                assertThat(words).as("republications may lose a few sentences").isGreaterThan(80);
            }
        }
        assertThat(perLanguage.keySet()).containsExactlyInAnyOrder("en", "ru", "bg", "de", "fr", "es", "it");
        assertThat(perLanguage.get("en")).isGreaterThan(perLanguage.get("it"));
    }

    @Test
    void republicationsHaveTheRecordedExactJaccardInTheIntendedRange() throws IOException {
        List<GoldJson> pairs = jsonLines(crawl.resolve("gold/near_duplicates.jsonl"));
        Map<String, GoldJson> byUrl = new HashMap<>();
        articles.forEach(a -> byUrl.put(a.get("url").asText(), a));
        int near = 0;
        int exact = 0;
        int sameStory = 0;
        for (GoldJson pair : pairs) {
            String original = pair.get("original").asText();
            String copy = pair.get("copy").asText();
            double recorded = pair.get("jaccard").asDouble();
            assertThat(Shingles.jaccard(texts.get(original), texts.get(copy))).isCloseTo(recorded, within(1e-6));
            switch (pair.get("kind").asText()) {
                case "near" -> {
                    near++;
                    assertThat(recorded).isBetween(StoryPlanner.NEAR_MIN, StoryPlanner.NEAR_MAX);
                    assertThat(byUrl.get(copy).get("dup_of").asText()).isEqualTo(original);
                    assertThat(byUrl.get(copy).get("lang")).isEqualTo(byUrl.get(original).get("lang"));
                    assertThat(byUrl.get(copy).get("source")).isNotEqualTo(byUrl.get(original).get("source"));
                }
                case "exact" -> {
                    exact++;
                    assertThat(recorded).isEqualTo(1.0);
                    assertThat(byUrl.get(copy).get("text_sha1")).isEqualTo(byUrl.get(original).get("text_sha1"));
                }
                case "same_story" -> {
                    sameStory++;
                    assertThat(recorded).as("different wording is no near-duplicate").isLessThan(0.3);
                    assertThat(byUrl.get(copy).get("story")).isEqualTo(byUrl.get(original).get("story"));
                    assertThat(byUrl.get(copy).get("dup_of").isNull()).isTrue();
                }
                default -> throw new AssertionError(pair.toString());
            }
        }
        long copies = articles.stream().filter(a -> !a.get("dup_of").isNull()).count();
        assertThat(copies).isEqualTo(near + exact).isEqualTo(summary.nearDuplicatePairs());
        assertThat((double) near / DOCS).isBetween(0.06, 0.14);
        assertThat(exact).isBetween(3, 40);
        assertThat(sameStory).isGreaterThan(20);
    }

    @Test
    void storiesSpanSourcesLanguagesAndDaysAsConfigured() throws IOException {
        SyntheticCrawl.Options options = SyntheticCrawl.Options.defaults(1_000).withLanguages(List.of("en", "ru", "bg"))
            .withStories(0.25, 30, 1.6).withDays(5).withStartDate(LocalDate.of(2026, 3, 2)).withTexts(false);
        Path dir = tmp.resolve("stories");
        SyntheticCrawl.Summary s = SyntheticCrawl.write(dir, options);
        assertThat(dir.resolve("gold/texts.jsonl.gz")).doesNotExist();
        List<GoldJson> gold = jsonLines(dir.resolve("gold/articles.jsonl"));
        Map<String, List<GoldJson>> stories = new HashMap<>();
        int singletons = 0;
        for (GoldJson a : gold) {
            assertThat(a.get("lang").asText()).isIn("en", "ru", "bg");
            Instant published = Instant.parse(a.get("published_at").asText());
            assertThat(published).isBetween(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-07T00:00:00Z"));
            if (a.get("story").isNull()) {
                singletons++;
            } else {
                stories.computeIfAbsent(a.get("story").asText(), k -> new ArrayList<>()).add(a);
            }
        }
        assertThat(stories).hasSize((int) s.stories());
        assertThat((double) singletons / gold.size()).isBetween(0.2, 0.4);
        int multilingual = 0;
        int largest = 0;
        for (List<GoldJson> story : stories.values()) {
            assertThat(story.size()).isLessThanOrEqualTo(30);
            largest = Math.max(largest, story.size());
            Set<String> langs = new HashSet<>();
            Set<String> sources = new HashSet<>();
            Instant first = Instant.MAX;
            Instant last = Instant.MIN;
            for (GoldJson a : story) {
                langs.add(a.get("lang").asText());
                sources.add(a.get("source").asText());
                Instant t = Instant.parse(a.get("published_at").asText());
                first = t.isBefore(first) ? t : first;
                last = t.isAfter(last) ? t : last;
            }
            // 4 days of reporting, plus up to 18 hours for a late republication
            assertThat(java.time.Duration.between(first, last).toHours()).isLessThanOrEqualTo(4 * 24 + 18);
            if (story.size() >= 5) {
                assertThat(sources.size()).isGreaterThan(1);
            }
            if (langs.size() >= 2) {
                multilingual++;
            }
        }
        assertThat(multilingual).isGreaterThan(stories.size() / 3);
        assertThat(largest).as("a few large stories (Zipf)").isGreaterThanOrEqualTo(15);
        long small = stories.values().stream().filter(st -> st.size() <= 3).count();
        assertThat(small).as("most stories are small").isGreaterThan(stories.size() / 3);
    }

    @Test
    void popularNamesAppearInManyUnrelatedStories() {
        Map<String, Set<String>> storiesByName = new HashMap<>();
        EntityCatalog catalog = EntityCatalog.load(600);
        List<Entity> popular = catalog.people.subList(0, 5);
        for (GoldJson a : articles) {
            if (a.get("story").isNull() || !a.get("lang").asText().equals("en")) {
                continue;
            }
            String text = texts.get(a.get("url").asText());
            for (Entity person : popular) {
                if (text.contains(person.name("en"))) {
                    storiesByName.computeIfAbsent(person.key(), k -> new HashSet<>()).add(a.get("story").asText());
                }
            }
        }
        assertThat(storiesByName.values().stream().mapToInt(Set::size).max().orElse(0)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void summaryJsonMatchesTheGold() throws IOException {
        GoldJson json = GoldJson.parse(Files.readString(crawl.resolve("gold/summary.json")));
        assertThat(json.get("docs").asLong()).isEqualTo(DOCS).isEqualTo(summary.docs());
        assertThat(json.get("files").asLong()).isEqualTo(summary.files());
        assertThat(json.get("stories").asLong()).isEqualTo(summary.stories());
        assertThat(json.get("near_duplicate_pairs").asLong()).isEqualTo(summary.nearDuplicatePairs());
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        long stories = articles.stream().filter(a -> !a.get("story").isNull()).map(a -> a.get("story").asText())
            .distinct().count();
        assertThat(stories).isEqualTo(summary.stories());
    }

    @Test
    void singleFileOptionWritesOneWarc() throws IOException {
        Path dir = tmp.resolve("single");
        SyntheticCrawl.Summary s = SyntheticCrawl.write(dir,
            SyntheticCrawl.Options.defaults(250).singleFile().withTexts(false));
        assertThat(listFiles(dir.resolve("crawl"))).hasSize(1);
        assertThat(s.files()).isEqualTo(1);
        assertThat(s.docs()).isEqualTo(250);
    }

    @Test
    void badOptionsFailWithAOneLineMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SyntheticCrawl.Options.defaults(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("docs must be at least 1, got 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> SyntheticCrawl.Options.defaults(10).withLanguages(List.of("en", "xx")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unsupported language 'xx'");
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<GoldJson> jsonLines(Path file) throws IOException {
        List<GoldJson> out = new ArrayList<>();
        var in = Files.newInputStream(file);
        var stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.add(GoldJson.parse(line));
            }
        }
        return out;
    }
}
