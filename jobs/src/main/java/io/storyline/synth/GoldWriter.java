package io.storyline.synth;

import io.storyline.dedup.Shingles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the gold beside the crawl, line by line as pages are written:
 * <ul>
 *   <li>{@code articles.jsonl}: {@code {"url","story","lang","source","published_at","title",
 *       "text_sha1","words","dup_of","dup_kind","dup_jaccard"}} per page, in WARC order;</li>
 *   <li>{@code near_duplicates.jsonl}: {@code {"kind","original","copy","jaccard"}} with kind
 *       {@code near} or {@code exact} for republications, and {@code same_story} for two
 *       independently written articles of one story in one language (negatives: they must not
 *       be grouped as near-duplicates);</li>
 *   <li>{@code texts.jsonl.gz}: {@code {"url","text"}}, the main text of every page;</li>
 *   <li>{@code summary.json}.</li>
 * </ul>
 * The JDK's GZIPOutputStream writes a zero modification time, so these files are deterministic.
 */
final class GoldWriter implements AutoCloseable {
    private final Path dir;
    private final Writer articles;
    private final Writer pairs;
    private final Writer texts;

    GoldWriter(Path dir, boolean writeTexts) throws IOException {
        this.dir = dir;
        this.articles = Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        this.pairs = Files.newBufferedWriter(dir.resolve("near_duplicates.jsonl"), StandardCharsets.UTF_8);
        Path textsFile = dir.resolve("texts.jsonl.gz");
        if (writeTexts) {
            this.texts = new BufferedWriter(new OutputStreamWriter(
                fastGzip(Files.newOutputStream(textsFile)), StandardCharsets.UTF_8), 1 << 16);
        } else {
            Files.deleteIfExists(textsFile);
            this.texts = null;
        }
    }

    /** A side file: speed matters more than size (level 1). */
    private static GZIPOutputStream fastGzip(java.io.OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
    }

    void article(PlannedDoc doc, String title, String mainText, String textSha1) throws IOException {
        StringBuilder s = new StringBuilder(512);
        s.append("{\"url\":").append(PageRenderer.json(doc.url()))
            .append(",\"story\":").append(doc.story().id() == null ? "null" : "\"" + doc.story().id() + "\"")
            .append(",\"lang\":\"").append(doc.lang()).append('"')
            .append(",\"source\":\"").append(doc.source().domain()).append('"')
            .append(",\"published_at\":\"").append(Instant.ofEpochSecond(doc.publishedEpochSecond())).append('"')
            .append(",\"title\":").append(PageRenderer.json(title))
            .append(",\"text_sha1\":\"").append(textSha1).append('"')
            .append(",\"words\":").append(Shingles.countTokens(mainText));
        if (doc.original() == null) {
            s.append(",\"dup_of\":null,\"dup_kind\":null,\"dup_jaccard\":null}\n");
        } else {
            s.append(",\"dup_of\":").append(PageRenderer.json(doc.original().url()))
                .append(",\"dup_kind\":\"").append(doc.kind() == PlannedDoc.Kind.EXACT_COPY ? "exact" : "near")
                .append("\",\"dup_jaccard\":").append(String.format(Locale.ROOT, "%.6f", doc.jaccard())).append("}\n");
        }
        articles.write(s.toString());
        if (texts != null) {
            texts.write("{\"url\":" + PageRenderer.json(doc.url()) + ",\"text\":" + PageRenderer.json(mainText) + "}\n");
        }
    }

    void pair(String kind, PlannedDoc original, PlannedDoc copy, double jaccard) throws IOException {
        pairs.write("{\"kind\":\"" + kind + "\",\"original\":" + PageRenderer.json(original.url()) + ",\"copy\":"
            + PageRenderer.json(copy.url()) + ",\"jaccard\":" + String.format(Locale.ROOT, "%.6f", jaccard) + "}\n");
    }

    void summary(String json) throws IOException {
        Files.writeString(dir.resolve("summary.json"), json, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        articles.close();
        pairs.close();
        if (texts != null) {
            texts.close();
        }
    }
}
