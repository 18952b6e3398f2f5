package io.storyline.ingest;

import io.storyline.config.Settings;
import io.storyline.extract.ExtractedPage;
import io.storyline.extract.ExtractionRun;
import io.storyline.extract.HtmlExtractor;
import io.storyline.extract.PublicationTime;
import io.storyline.http.CharsetDetector;
import io.storyline.http.ContentDecoder;
import io.storyline.http.ContentSniffer;
import io.storyline.http.DecodedPayload;
import io.storyline.http.DecompressionLimitException;
import io.storyline.http.DetectedCharset;
import io.storyline.http.SniffedContent;
import io.storyline.http.UnsupportedContentEncodingException;
import io.storyline.ingest.url.SourceDomain;
import io.storyline.ingest.url.UrlCanonicalizer;
import io.storyline.text.LineCleaner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns one raw record into an article or a reject: HTTP status, Content-Encoding, content
 * sniffing, charset, then main-text extraction for HTML or line cleaning for plain text, plus the
 * canonical URL and the source. Plain Java, no Spark; one instance per task.
 */
public final class RecordProcessor {
    private final Settings.Ingest settings;
    private final CharsetDetector charsets = new CharsetDetector();
    private final ContentSniffer sniffer = new ContentSniffer();
    private final ContentDecoder decoder = new ContentDecoder();
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final LineCleaner lineCleaner = LineCleaner.defaults();
    private final UrlCanonicalizer urls = new UrlCanonicalizer();

    public RecordProcessor(Settings.Ingest settings) {
        this.settings = settings;
    }

    /**
     * What becomes of a record as read: a reject stays one, a record is processed. One pathological page
     * (deeply nested HTML, a parser bug) becomes a {@code bad_record} reject instead of failing its task.
     */
    public Processed outcome(ReadResult read) {
        if (read instanceof Reject reject) {
            return reject;
        }
        RawRecord raw = (RawRecord) read;
        try {
            return process(raw);
        } catch (RuntimeException | StackOverflowError e) {
            return new Reject(raw.provenance(), raw.url(), RejectReason.BAD_RECORD, "processing failed: " + ExtractionRun.describe(e));
        }
    }

    public Processed process(RawRecord raw) {
        if (raw instanceof RawRecord.HttpCapture http) {
            return processHttp(http);
        }
        if (raw instanceof RawRecord.HtmlCapture html) {
            ExtractedPage page = extractor.extract(html.html(), html.url(), html.crawledAt());
            return article(raw, page.canonicalUrl(), firstNonNull(html.title(), page.title()), page.text(),
                    html.publishedAt() != null ? PublicationTime.given(html.publishedAt()) : page.published(),
                    html.source(), false);
        }
        RawRecord.TextCapture text = (RawRecord.TextCapture) raw;
        return plainText(raw, text.text(), text.title(), PublicationTime.given(text.publishedAt()), text.source());
    }

    private Processed processHttp(RawRecord.HttpCapture http) {
        if (http.status() != 200) {
            return reject(http, RejectReason.HTTP_STATUS, String.valueOf(http.status()));
        }
        DecodedPayload payload;
        try {
            payload = decoder.decode(name -> Optional.ofNullable(http.header(name)),
                    new ByteArrayInputStream(http.payload()), settings.maxInflatedBytes());
        } catch (DecompressionLimitException e) {
            return reject(http, RejectReason.DECOMPRESSION_LIMIT, e.contentEncoding() + " payload inflates beyond "
                    + e.limit() + " bytes");
        } catch (UnsupportedContentEncodingException e) {
            return reject(http, RejectReason.DECODE_ERROR, "unsupported Content-Encoding " + e.contentEncoding());
        } catch (IOException e) {
            return reject(http, RejectReason.DECODE_ERROR, "Content-Encoding: " + e.getMessage());
        }
        String contentType = http.header("content-type");
        SniffedContent sniffed = sniffer.sniff(payload.bytes(), payload.length(), contentType);
        switch (sniffed.kind()) {
            case OTHER:
                return reject(http, RejectReason.NOT_HTML, sniffed.detail());
            case TEXT: {
                String text = decodeText(payload, contentType);
                return plainText(http, text, null, null, null);
            }
            default: {
                String html = decodeText(payload, contentType);
                ExtractedPage page = extractor.extract(html, http.url(), http.crawledAt());
                return article(http, page.canonicalUrl(), page.title(), page.text(), page.published(), null, false);
            }
        }
    }

    private String decodeText(DecodedPayload payload, String contentType) {
        DetectedCharset charset = charsets.detect(payload.bytes(), payload.length(), contentType);
        return CharsetDetector.decode(payload.bytes(), payload.length(), charset.charset());
    }

    /** Plain text keeps its lines; the cleaner drops the chrome it can tell line by line. */
    private Processed plainText(RawRecord raw, String text, String title, PublicationTime published, String source) {
        List<String> lines = LineCleaner.lines(text);
        LineCleaner.Result cleaned = lineCleaner.clean(lines);
        if (title != null) {
            return article(raw, null, title, cleaned.text(), published, source, true);
        }
        LeadingTitle.Split split = LeadingTitle.split(lines, cleaned, raw.url());
        return article(raw, null, split.title(), split.text(), published, source, true);
    }

    private Processed article(RawRecord raw, String declaredCanonical, String title, String text,
                              PublicationTime published, String declaredSource, boolean plain) {
        String url = raw.url();
        String canonical;
        String host;
        String source;
        if (url.regionMatches(true, 0, "http", 0, 4)) {
            canonical = urls.canonical(url, declaredCanonical);
            // The source is where the page was crawled, not where its canonical points: syndicated
            // copies declare the original's URL.
            SourceDomain domain = SourceDomain.ofUrl(urls.normalize(url));
            if (canonical == null || domain == null) {
                return reject(raw, RejectReason.BAD_RECORD, "unusable URL");
            }
            host = domain.host();
            source = domain.source();
        } else {
            // Text folders: file URLs have no domain; the folder's name stands for the source.
            canonical = url;
            host = "";
            source = folderOf(url);
        }
        if (declaredSource != null) {
            source = declaredSource.strip().toLowerCase(java.util.Locale.ROOT);
        }
        return new ExtractedArticle(raw.provenance(), url, canonical, host, source, title, text == null ? "" : text,
                published, raw.crawledAt(), plain);
    }

    private static String folderOf(String url) {
        try {
            String path = URI.create(url).getPath();
            String[] parts = path == null ? new String[0] : path.split("/");
            return parts.length >= 2 ? parts[parts.length - 2] : "local";
        } catch (IllegalArgumentException e) {
            return "local";
        }
    }

    private static Reject reject(RawRecord raw, RejectReason reason, String detail) {
        return new Reject(raw.provenance(), raw.url(), reason, detail);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
