package io.storyline.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Extracts single HTML files without Spark: one JSON object per page,
 * {@code {"file","url","title","text","published_at"}}, in a JSON Lines file. Used by
 * {@code bin/storyline extract} and by the extraction benchmark.
 */
public final class ExtractionRun {
    private ExtractionRun() {}

    /** What a run did: pages written and wall-clock seconds. */
    public record Result(int pages, double seconds) {
        public double pagesPerSecond() {
            return seconds > 0 ? pages / seconds : 0;
        }
    }

    /** The page extractors a run can use, by their command-line names. */
    public static final List<String> EXTRACTORS = List.of("storyline", "readability");

    // jackson-core's generator rather than databind: the project's test classpath resolves Spark's
    // jackson-core 2.14 beside jackson-databind 2.15, which databind cannot run with.
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * @param input     an .html/.htm file, or a directory searched recursively for them
     * @param output    the .jsonl file to write (replaced if present)
     * @param extractor "storyline" or "readability"
     */
    public static Result run(Path input, Path output, String extractor) throws IOException {
        Extractor extract = switch (extractor == null ? "" : extractor.toLowerCase(Locale.ROOT)) {
            case "storyline" -> new HtmlExtractor()::extract;
            case "readability" -> new ReadabilityBaseline()::extract;
            default -> throw new IllegalArgumentException("unknown extractor '" + extractor + "': expected one of " + EXTRACTORS);
        };
        List<Path> pages = pages(input);
        long start = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (Path page : pages) {
                String name = page.getFileName().toString();
                String html = decode(Files.readAllBytes(page));
                ExtractedPage result = extract.apply(html, null, null);
                // Readability has no canonical URL of its own; the page still states one.
                String canonical = result.canonicalUrl() != null ? result.canonicalUrl() : canonicalOf(html, extractor);
                writeRow(out, name, canonical != null ? canonical : "file:" + name, result);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(pages.size(), seconds);
    }

    private static void writeRow(BufferedWriter out, String file, String url, ExtractedPage page) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeStringField("url", url);
        g.writeStringField("title", page.title());
        g.writeStringField("text", page.text());
        g.writeStringField("published_at", page.publishedAt() == null ? null : page.publishedAt().toString());
        g.writeEndObject();
        g.close();
        out.write('\n');
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ExtractionRun INPUT_HTML_FILE_OR_DIR OUTPUT.jsonl [storyline|readability]");
            System.exit(2);
        }
        Result r = run(Path.of(args[0]), Path.of(args[1]), args.length == 3 ? args[2] : "storyline");
        System.out.printf(Locale.ROOT, "pages %d  seconds %.2f  pages/second %.1f%n", r.pages(), r.seconds(), r.pagesPerSecond());
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
                        return n.endsWith(".html") || n.endsWith(".htm");
                    })
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");

    /**
     * Decodes a page by its BOM, else the {@code <meta>} charset in its first 4 KB, else UTF-8 (or
     * windows-1252 when the bytes are not valid UTF-8: old European pages without a declaration).
     * Deliberately minimal: it will be replaced by the ingest charset detector.
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            // The HTML standard decodes latin1/ascii labels as windows-1252, and so do browsers.
            if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
                name = "windows-1252";
            }
            try {
                charset = Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // unknown label: UTF-8 is the likeliest
            }
            // A UTF-16 label in a page that was readable as ASCII is a lie (the standard says so too).
            if (charset.name().startsWith("UTF-16")) {
                charset = StandardCharsets.UTF_8;
            }
        }
        return new String(bytes, charset);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
