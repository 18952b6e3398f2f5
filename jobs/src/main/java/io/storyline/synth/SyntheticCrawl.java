package io.storyline.synth;

import io.storyline.dedup.Shingles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A synthetic multilingual news crawl with known answers, for benchmarks and for the quality
 * evaluation of dedup and stories: {@code bin/storyline synth --docs N --output DIR}.
 *
 * <p>Writes {@code DIR/crawl/part-NNNNN.warc.gz} (WARC/1.0, one gzip member per record as in
 * Common Crawl: a warcinfo record, then one HTTP 200 {@code response} per page) and the gold
 * beside it in {@code DIR/gold/}: {@code articles.jsonl} (one line per page, WARC order),
 * {@code near_duplicates.jsonl} (every original/copy pair and the same-story negative pairs, with
 * their exact word-5-shingle Jaccard), {@code texts.jsonl.gz} (the main text of every page) and
 * {@code summary.json}.
 *
 * <p>Streaming and deterministic: memory does not grow with N, and the same options give
 * byte-identical files (fixed record ids, dates and gzip headers).
 */
public final class SyntheticCrawl {
    /** Share of each language in the crawl, before {@link Options#languages()} filters it. */
    static final Map<String, Double> LANGUAGE_WEIGHTS = weights();
    static final String GENERATOR = "storyline-synth/1";
    // RFC 9110 IMF-fixdate: two-digit day (RFC_1123_DATE_TIME would print "7 Nov").
    private static final DateTimeFormatter HTTP_DATE =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private static Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("en", 0.28);
        w.put("ru", 0.18);
        w.put("de", 0.13);
        w.put("fr", 0.12);
        w.put("es", 0.12);
        w.put("bg", 0.09);
        w.put("it", 0.08);
        return java.util.Collections.unmodifiableMap(w);
    }

    private SyntheticCrawl() {
    }

    /**
     * What to generate. Use {@link #defaults(long)} and the {@code with...} methods.
     *
     * @param docs number of pages (response records)
     * @param seed everything derives from it
     * @param docsPerFile pages per WARC file; 0 or less writes a single file
     * @param days how many days the publication dates span
     * @param startDate the first day (UTC)
     * @param sources number of news sites (40 to 200 in practice; at least 3 per language)
     * @param languages language codes to use, a subset of {@link #LANGUAGE_WEIGHTS}
     * @param singletonShare share of events reported by a single article (no story)
     * @param nearDuplicateShare chance that an article is a lightly edited republication
     * @param exactDuplicateShare chance that an article is a verbatim republication
     * @param maxStorySize most articles in one story (sizes are Zipf-distributed from 2)
     * @param storySizeExponent Zipf exponent of story sizes (larger: fewer big stories)
     * @param writeTexts whether to write {@code gold/texts.jsonl.gz}
     * @param gzipLevel deflate level of the WARC gzip members, 0 to 9
     */
    public record Options(long docs, long seed, int docsPerFile, int days, LocalDate startDate, int sources,
                          List<String> languages, double singletonShare, double nearDuplicateShare,
                          double exactDuplicateShare, int maxStorySize, double storySizeExponent, boolean writeTexts,
                          int gzipLevel) {
        public Options {
            languages = List.copyOf(languages);
            require(docs >= 1, "docs must be at least 1, got " + docs);
            require(days >= 1 && days <= 366, "days must be between 1 and 366, got " + days);
            require(sources >= 1, "sources must be positive, got " + sources);
            require(!languages.isEmpty(), "languages must not be empty");
            for (String lang : languages) {
                require(LANGUAGE_WEIGHTS.containsKey(lang),
                    "unsupported language '" + lang + "' (supported: " + String.join(", ", LANGUAGE_WEIGHTS.keySet()) + ")");
            }
            require(singletonShare >= 0 && singletonShare <= 1, "singletonShare must be in [0, 1]");
            require(nearDuplicateShare >= 0 && exactDuplicateShare >= 0 && nearDuplicateShare + exactDuplicateShare < 1,
                "duplicate shares must be non-negative and sum below 1");
            require(maxStorySize >= 2, "maxStorySize must be at least 2, got " + maxStorySize);
            require(storySizeExponent > 0, "storySizeExponent must be positive");
            require(gzipLevel >= 0 && gzipLevel <= 9, "gzipLevel must be between 0 and 9, got " + gzipLevel);
        }

        public static Options defaults(long docs) {
            return new Options(docs, 42L, 5_000, 7, LocalDate.of(2026, 11, 1), 120,
                List.copyOf(LANGUAGE_WEIGHTS.keySet()), 0.30, 0.10, 0.01, 200, 2.0, true, 6);
        }

        public Options withSeed(long seed) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        public Options withDocsPerFile(int docsPerFile) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        /** All pages in one WARC file (the 1 GB ingest test). */
        public Options singleFile() {
            return withDocsPerFile(0);
        }

        public Options withDays(int days) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        public Options withStartDate(LocalDate startDate) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        public Options withSources(int sources) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        public Options withLanguages(List<String> languages) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        public Options withDuplicates(double nearDuplicateShare, double exactDuplicateShare) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        public Options withStories(double singletonShare, int maxStorySize, double storySizeExponent) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        public Options withTexts(boolean writeTexts) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        /**
         * Deflate level of the WARC members: 6 (zlib's default, as most WARC writers) by default;
         * 1 writes about 8 % more bytes at about 1.4 times the speed.
         */
        public Options withGzipLevel(int gzipLevel) {
            return new Options(docs, seed, docsPerFile, days, startDate, sources, languages, singletonShare,
                nearDuplicateShare, exactDuplicateShare, maxStorySize, storySizeExponent, writeTexts, gzipLevel);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /**
     * What was written.
     *
     * @param docs response records written
     * @param files WARC files written
     * @param bytes total size of the WARC files
     * @param stories stories with at least one article (singletons not counted)
     * @param nearDuplicatePairs (original, copy) pairs, near and exact copies together
     * @param seconds wall time
     */
    public record Summary(long docs, long files, long bytes, long stories, long nearDuplicatePairs, double seconds) {
        public double docsPerSecond() {
            return seconds > 0 ? docs / seconds : 0;
        }

        public double bytesPerDoc() {
            return docs > 0 ? (double) bytes / docs : 0;
        }
    }

    public static Summary write(Path outputDir, Options options) {
        try {
            return new Run(outputDir, options).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Manual runs: {@code SyntheticCrawl DOCS OUTPUT_DIR [SEED] [DOCS_PER_FILE, 0 = one file]}.
     * (The command line proper, {@code bin/storyline synth}, calls {@link #write}.)
     */
    public static void main(String[] args) {
        Summary s;
        try {
            if (args.length < 2) {
                throw new IllegalArgumentException("usage: SyntheticCrawl DOCS OUTPUT_DIR [SEED] [DOCS_PER_FILE]");
            }
            Options options = Options.defaults(Long.parseLong(args[0]));
            if (args.length > 2) {
                options = options.withSeed(Long.parseLong(args[2]));
            }
            if (args.length > 3) {
                options = options.withDocsPerFile(Integer.parseInt(args[3]));
            }
            s = write(Path.of(args[1]), options);
        } catch (IllegalArgumentException e) { // NumberFormatException included
            System.err.println("synth: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.printf(Locale.ROOT, "%d docs, %d files, %d bytes (%.0f bytes/doc), %d stories, %d duplicate pairs, "
            + "%.1f s, %.0f docs/s%n", s.docs(), s.files(), s.bytes(), s.bytesPerDoc(), s.stories(),
            s.nearDuplicatePairs(), s.seconds(), s.docsPerSecond());
    }

    /** One generation run: the open files and counters. */
    private static final class Run implements StoryPlanner.PairSink {
        private final Path outputDir;
        private final Options options;
        private final Map<String, ArticleWriter> writers = new LinkedHashMap<>();
        private final Map<String, Double> weights = new LinkedHashMap<>();
        private final EntityCatalog entities;
        private final SourceCatalog sources;
        private final StoryPlanner planner;
        private final PageRenderer renderer;
        private final GoldWriter gold;
        private final MessageDigest sha1;
        private final Map<String, Long> docsPerLanguage = new TreeMap<>();
        private long nearPairs;
        private long exactPairs;
        private long singletons;

        Run(Path outputDir, Options options) throws IOException {
            this.outputDir = outputDir;
            this.options = options;
            Map<String, LanguageBank> banks = new LinkedHashMap<>();
            for (String lang : LANGUAGE_WEIGHTS.keySet()) {
                if (options.languages().contains(lang)) {
                    LanguageBank bank = LanguageBank.load(lang);
                    banks.put(lang, bank);
                    writers.put(lang, new ArticleWriter(bank));
                    weights.put(lang, LANGUAGE_WEIGHTS.get(lang));
                }
            }
            this.entities = EntityCatalog.load(600);
            this.sources = new SourceCatalog(banks, weights, options.sources(), options.seed());
            this.planner = new StoryPlanner(options, entities, sources, writers, weights, this);
            this.renderer = new PageRenderer(index -> planner.story(index, true));
            Files.createDirectories(outputDir.resolve("crawl"));
            Files.createDirectories(outputDir.resolve("gold"));
            this.gold = new GoldWriter(outputDir.resolve("gold"), options.writeTexts());
            try {
                this.sha1 = MessageDigest.getInstance("SHA-1");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void pair(String kind, PlannedDoc a, PlannedDoc b, double jaccard) {
            try {
                gold.pair(kind, a, b, jaccard);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (kind.equals("near")) {
                nearPairs++;
            } else if (kind.equals("exact")) {
                exactPairs++;
            }
        }

        Summary write() throws IOException {
            long started = System.nanoTime();
            long perFile = options.docsPerFile() <= 0 ? Long.MAX_VALUE : options.docsPerFile();
            long docs = 0;
            long files = 0;
            long bytes = 0;
            WarcWriter warc = null;
            GzipMemberChannel channel = null;
            URI warcinfoId = null;
            try {
                while (planner.hasNext()) {
                    if (docs % perFile == 0) {
                        if (warc != null) {
                            warc.close();
                            bytes += Files.size(file(files - 1));
                        }
                        channel = new GzipMemberChannel(FileChannel.open(file(files), StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), options.gzipLevel());
                        warc = new WarcWriter(channel, WarcCompression.NONE);
                        warcinfoId = recordId(-1 - files);
                        writeWarcinfo(warc, files, warcinfoId);
                        channel.endMember();
                        files++;
                    }
                    writePage(warc, planner.next(), warcinfoId);
                    channel.endMember();
                    docs++;
                }
            } finally {
                if (warc != null) {
                    warc.close();
                }
            }
            if (files > 0) {
                bytes += Files.size(file(files - 1));
            }
            gold.summary(summaryJson(docs, files, bytes));
            gold.close();
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Summary(docs, files, bytes, planner.stories(), nearPairs + exactPairs, seconds);
        }

        private Path file(long index) {
            return outputDir.resolve("crawl").resolve(String.format(Locale.ROOT, "part-%05d.warc.gz", index));
        }

        private void writeWarcinfo(WarcWriter warc, long fileIndex, URI id) throws IOException {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("software", List.of(GENERATOR));
            fields.put("format", List.of("WARC File Format 1.0"));
            fields.put("description", List.of("Synthetic multilingual news crawl, seed " + options.seed()));
            fields.put("isPartOf", List.of("storyline-synth-" + options.seed()));
            warc.write(new Warcinfo.Builder()
                .version(MessageVersion.WARC_1_0)
                .recordId(id)
                .date(Instant.ofEpochSecond(Urls.epochSecond(options.startDate())))
                .filename(file(fileIndex).getFileName().toString())
                .fields(fields)
                .build());
        }

        private void writePage(WarcWriter warc, PlannedDoc doc, URI warcinfoId) throws IOException {
            ArticleWriter writer = writers.get(doc.lang());
            ArticleText text = planner.text(doc);
            byte[] html = renderer.render(doc, text, writer, entities.people,
                StoryPlanner.mix(options.seed(), 6, doc.planId()));
            Instant crawled = Instant.ofEpochSecond(doc.crawledEpochSecond());
            String header = "HTTP/1.1 200 OK\r\n"
                + "Date: " + HTTP_DATE.format(crawled.atOffset(ZoneOffset.UTC)) + "\r\n"
                + "Server: " + doc.source().server() + "\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + html.length + "\r\n"
                + "Connection: close\r\n\r\n";
            byte[] head = header.getBytes(StandardCharsets.ISO_8859_1);
            byte[] block = new byte[head.length + html.length];
            System.arraycopy(head, 0, block, 0, head.length);
            System.arraycopy(html, 0, block, head.length, html.length);
            String payloadDigest = Base32.encode(sha1.digest(html));
            String blockDigest = Base32.encode(sha1.digest(block));
            warc.write(new WarcResponse.Builder(URI.create(doc.url()))
                .version(MessageVersion.WARC_1_0)
                .recordId(recordId(doc.planId()))
                .date(crawled)
                .warcinfoId(warcinfoId)
                .blockDigest("sha1", blockDigest)
                .payloadDigest("sha1", payloadDigest)
                .identifiedPayloadType("text/html")
                .body(MediaType.HTTP_RESPONSE, block)
                .build());
            docsPerLanguage.merge(doc.lang(), 1L, Long::sum);
            if (doc.story().singleton()) {
                singletons++;
            }
            String mainText = text.mainText();
            gold.article(doc, text.headline(), mainText, Base32.hex(sha1.digest(mainText.getBytes(StandardCharsets.UTF_8))));
        }

        /** Record ids are UUIDs derived from the seed and the plan id: stable across runs. */
        private URI recordId(long index) {
            SplittableRandom random = new SplittableRandom(StoryPlanner.mix(options.seed(), 7, index));
            long msb = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4 layout
            long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return URI.create("urn:uuid:" + new UUID(msb, lsb));
        }

        private String summaryJson(long docs, long files, long bytes) {
            StringBuilder s = new StringBuilder(512);
            s.append("{\"generator\":\"").append(GENERATOR).append("\"")
                .append(",\"seed\":").append(options.seed())
                .append(",\"docs\":").append(docs)
                .append(",\"files\":").append(files)
                .append(",\"warc_bytes\":").append(bytes)
                .append(",\"stories\":").append(planner.stories())
                .append(",\"singletons\":").append(singletons)
                .append(",\"near_duplicate_pairs\":").append(nearPairs + exactPairs)
                .append(",\"near_copies\":").append(nearPairs)
                .append(",\"exact_copies\":").append(exactPairs)
                .append(",\"same_story_pairs\":").append(planner.sameStoryPairs())
                .append(",\"near_jaccard_range\":[").append(StoryPlanner.NEAR_MIN).append(',').append(StoryPlanner.NEAR_MAX)
                .append("],\"shingle_size\":").append(Shingles.SIZE)
                .append(",\"start_date\":\"").append(options.startDate()).append('"')
                .append(",\"days\":").append(options.days())
                .append(",\"sources\":").append(sources.all.size())
                .append(",\"docs_per_file\":").append(options.docsPerFile())
                .append(",\"gzip_level\":").append(options.gzipLevel())
                .append(",\"languages\":{");
            boolean first = true;
            for (Map.Entry<String, Long> e : docsPerLanguage.entrySet()) {
                s.append(first ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
                first = false;
            }
            return s.append("}}\n").toString();
        }
    }
}
