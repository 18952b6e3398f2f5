package io.storyline.ingest;

import io.storyline.config.Settings;
import io.storyline.extract.ExtractionRun;
import io.storyline.extract.PublicationTime;
import io.storyline.text.AccessWalls;
import io.storyline.text.LanguageIdentifier;
import io.storyline.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The last per-article step: normalised text, word count and the too-short rule, access walls, content hash,
 * {@code doc_id}, language and event time. Plain Java; one instance per task.
 */
public final class DocumentFinisher {
    private static final HexFormat HEX = HexFormat.of();

    private final Settings.Ingest settings;
    private final LanguageIdentifier languages;
    private final AccessWalls walls = AccessWalls.defaults();

    public DocumentFinisher(Settings.Ingest settings) {
        this.settings = settings;
        this.languages = settings.languageIdentifier();
    }

    /**
     * The document, or a reject with its reason; a failure of the checks on one article (normalising, walls, the
     * language) rejects that article as {@code bad_record}, as a failure of reading or extraction does, and leaves
     * its neighbours alone.
     *
     * @param runDate the crawl day of a daily run, or null to use the article's own crawl date
     */
    public Finished finish(ExtractedArticle a, LocalDate runDate) {
        try {
            return finished(a, runDate);
        } catch (RuntimeException | StackOverflowError e) {
            return new Reject(a.provenance(), a.url(), RejectReason.BAD_RECORD, "finishing failed: " + ExtractionRun.describe(e));
        }
    }

    private Finished finished(ExtractedArticle a, LocalDate runDate) {
        String text = TextNormalizer.normalize(a.text());
        if (text.isBlank()) {
            return new Reject(a.provenance(), a.url(), RejectReason.EMPTY, "no text after extraction");
        }
        int words = TextNormalizer.wordCount(text);
        if (words < settings.minWords()) {
            return new Reject(a.provenance(), a.url(), RejectReason.TOO_SHORT,
                    words + " words, fewer than min-words " + settings.minWords());
        }
        Optional<AccessWalls.Wall> wall = walls.find(text);
        if (wall.isPresent()) {
            return new Reject(a.provenance(), a.url(), RejectReason.ACCESS_WALL, wall.get().describe());
        }
        String title = a.title() == null ? null : TextNormalizer.normalize(a.title()).replace('\n', ' ');
        String contentHash = HEX.formatHex(sha256(text));
        String docId = docId(a.canonicalUrl(), contentHash);
        LanguageIdentifier.Identification language = languages.identify(text);
        PublicationTime published = a.published();
        LocalDate crawlDate = runDate != null ? runDate : a.crawledAt().atZone(ZoneOffset.UTC).toLocalDate();
        return new Document(docId, a.url(), a.canonicalUrl(), a.source(), a.host(),
                title == null || title.isBlank() ? null : title, text, language.lang(), language.confidence(),
                published == null ? null : published.instant(), published == null ? null : published.source(),
                published == null ? null : published.date(), published == null ? null : published.confidence(),
                a.crawledAt(), published != null ? published.instant() : a.crawledAt(), words, contentHash, a.provenance(),
                crawlDate);
    }

    /** 64 bits of SHA-256 over the canonical URL and the content hash, in hex (docs/tables.md). */
    public static String docId(String canonicalUrl, String contentHash) {
        byte[] digest = sha256(canonicalUrl + "\n" + contentHash);
        return HEX.formatHex(digest, 0, 8);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
