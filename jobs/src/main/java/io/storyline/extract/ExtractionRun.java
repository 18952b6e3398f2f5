package io.storyline.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.http.CharsetDetector;
import io.storyline.text.LanguageIdentifier;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Extracts single HTML files without Spark: one JSON object per page,
 * {@code {"file","url","title","text","lang","published_at","published_source","published_confidence"}}
 * (published_at with the publisher's UTC offset), in a JSON Lines file. Used by
 * {@code bin/storyline extract} and by the extraction benchmark.
 */
public final class ExtractionRun {
    private ExtractionRun() {}

    /** What a run did: pages written (failed ones included), pages that failed, and wall-clock seconds. */
    public record Result(int pages, int failed, double seconds) {
        public double pagesPerSecond() {
            return seconds > 0 ? pages / seconds : 0;
        }
    }

    /** The page extractors a run can use, by their command-line names. */
    public static final List<String> EXTRACTORS = List.of("storyline", "readability");

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * @param input     an .html/.htm file (gzipped too: .html.gz, named in the output without .gz), or a
     *                  directory searched recursively for them
     * @param output    the .jsonl file to write (replaced if present)
     * @param extractor "storyline" or "readability"
     * @param languages identifies each page's language for the {@code lang} field
     */
    public static Result run(Path input, Path output, String extractor, LanguageIdentifier languages) throws IOException {
        Extractor extract = switch (extractor == null ? "" : extractor.toLowerCase(Locale.ROOT)) {
            case "storyline" -> new HtmlExtractor()::extract;
            case "readability" -> new ReadabilityBaseline()::extract;
            default -> throw new IllegalArgumentException("unknown extractor '" + extractor + "': expected one of " + EXTRACTORS);
        };
        List<Path> pages = pages(input);
        long start = System.nanoTime();
        int failed = 0;
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (Path page : pages) {
                String name = page.getFileName().toString();
                boolean gzipped = name.toLowerCase(Locale.ROOT).endsWith(".gz");
                if (gzipped) {
                    name = name.substring(0, name.length() - 3);
                }
                // One page that cannot be read or extracted gets a row saying why, and the run goes on.
                try {
                    String html = decode(gzipped ? gunzip(page) : Files.readAllBytes(page));
                    ExtractedPage result = extract.apply(html, null, null);
                    // Readability has no canonical URL of its own; the page still states one.
                    String canonical = result.canonicalUrl() != null ? result.canonicalUrl() : canonicalOf(html, extractor);
                    writeRow(out, name, canonical != null ? canonical : "file:" + name, result,
                            languages.identify(result.text()).lang());
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    failed++;
                    writeFailure(out, name, e);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(pages.size(), failed, seconds);
    }

    private static void writeFailure(BufferedWriter out, String file, Throwable e) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeStringField("error", describe(e));
        g.writeEndObject();
        g.close();
        out.write('\n');
    }

    /** The exception's class and the first line of its message, for a failed page's row or a reject's detail. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    private static void writeRow(BufferedWriter out, String file, String url, ExtractedPage page, String lang)
            throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeStringField("url", url);
        g.writeStringField("title", page.title());
        g.writeStringField("text", page.text());
        g.writeStringField("lang", lang);
        PublicationTime published = page.published();
        // As the publisher wrote it, with its offset: the first ten characters are the publisher's day.
        g.writeStringField("published_at", published == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published.local()));
        g.writeStringField("published_source", published == null ? null : published.source());
        if (published == null) {
            g.writeNullField("published_confidence");
        } else {
            g.writeNumberField("published_confidence", published.confidence());
        }
        g.writeEndObject();
        g.close();
        out.write('\n');
    }

    @FunctionalInterface
    private interface Extractor {
        ExtractedPage apply(String html, String url, Instant crawledAt);
    }

    private static String canonicalOf(String html, String extractor) {
        return extractor.equalsIgnoreCase("storyline") ? null
                : CanonicalUrlFinder.find(org.jsoup.Jsoup.parse(html));
    }

    private static List<Path> pages(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
                    })
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] gunzip(Path page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    private static final CharsetDetector CHARSETS = new CharsetDetector();

    /** Decodes a page as ingest does, with no HTTP header: BOM, then {@code <meta>}, then detection. */
    static String decode(byte[] bytes) {
        return CharsetDetector.decode(bytes, bytes.length, CHARSETS.detect(bytes, bytes.length, null).charset());
    }
}
