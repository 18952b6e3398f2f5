package io.storyline.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies a payload as HTML, plain text or something else, from the declared Content-Type and the first bytes.
 *
 * <p>Order of evidence: a binary signature (magic number) wins over any header, because crawled servers often send
 * PDFs, images and archives as text/html; then the declared type when it is specific; then, for a missing or
 * generic type, the WHATWG "text or binary" and HTML tag sniffing (https://mimesniff.spec.whatwg.org/). Stateless
 * and thread-safe.
 */
public final class ContentSniffer {
    /** WHATWG sniffs at most 1445 bytes; the binary test looks at the first 512 like most sniffers. */
    static final int BINARY_SCAN_BYTES = 512;
    static final int HTML_SCAN_BYTES = 1024;

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> TEXT_TYPES = Set.of("text/plain");
    /** Types that say nothing: sniff the bytes instead. */
    private static final Set<String> GENERIC_TYPES = Set.of(
            "", "application/octet-stream", "unknown/unknown", "application/unknown", "*/*", "binary/octet-stream",
            "application/x-unknown-content-type", "content/unknown", "text/unknown");

    /** Tags that WHATWG's "rules for identifying an unknown MIME type" accept as HTML at the start of a resource. */
    private static final List<String> HTML_STARTS = List.of(
            "<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<h1", "<div", "<font", "<table",
            "<a", "<style", "<title", "<b", "<br", "<p", "<!--");

    private record Magic(int offset, byte[] bytes, String type) {}

    private static final List<Magic> MAGICS = List.of(
            magic(0, "%PDF-", "application/pdf"),
            magic(0, "%!PS-Adobe-", "application/postscript"),
            magic(0, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "image/png"),
            magic(0, new int[] {0xFF, 0xD8, 0xFF}, "image/jpeg"),
            magic(0, "GIF87a", "image/gif"),
            magic(0, "GIF89a", "image/gif"),
            magic(8, "WEBP", "image/webp"), // after "RIFF" + size; checked with RIFF below
            magic(8, "WAVE", "audio/wav"),
            magic(8, "AVI ", "video/x-msvideo"),
            magic(0, new int[] {'I', 'I', 0x2A, 0x00}, "image/tiff"),
            magic(0, new int[] {'M', 'M', 0x00, 0x2A}, "image/tiff"),
            magic(0, new int[] {0x00, 0x00, 0x01, 0x00}, "image/x-icon"),
            magic(4, "ftyp", "video/mp4"), // MP4, MOV, HEIC and AVIF all use the ISO base media "ftyp" box
            magic(0, new int[] {0x1A, 0x45, 0xDF, 0xA3}, "video/webm"),
            magic(0, "FLV\u0001", "video/x-flv"),
            magic(0, "OggS\u0000", "application/ogg"),
            magic(0, "ID3", "audio/mpeg"),
            magic(0, "fLaC", "audio/flac"),
            magic(0, new int[] {'P', 'K', 0x03, 0x04}, "application/zip"), // also docx, xlsx, epub, jar
            magic(0, new int[] {'P', 'K', 0x05, 0x06}, "application/zip"),
            magic(0, new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, "application/x-ole-storage"), // doc, xls, ppt
            magic(0, new int[] {0x1F, 0x8B, 0x08}, "application/gzip"),
            magic(0, new int[] {'B', 'Z', 'h'}, "application/x-bzip2"),
            magic(0, new int[] {0xFD, '7', 'z', 'X', 'Z', 0x00}, "application/x-xz"),
            magic(0, new int[] {0x28, 0xB5, 0x2F, 0xFD}, "application/zstd"),
            magic(0, new int[] {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}, "application/x-7z-compressed"),
            magic(0, "Rar!\u001A\u0007", "application/vnd.rar"),
            magic(0, "wOFF", "font/woff"),
            magic(0, "wOF2", "font/woff2"),
            magic(0, new int[] {0x7F, 'E', 'L', 'F'}, "application/x-elf"),
            magic(0, new int[] {0xCA, 0xFE, 0xBA, 0xBE}, "application/java-vm"));

    /**
     * Classifies {@code payload[0, length)}.
     *
     * @param contentTypeHeader the HTTP Content-Type value, or null
     */
    public SniffedContent sniff(byte[] payload, int length, String contentTypeHeader) {
        byte[] bytes = payload == null ? new byte[0] : payload;
        int n = Math.max(0, Math.min(length, bytes.length));
        String declared = mimeType(contentTypeHeader);
        String declaredText = declared.isEmpty() ? "no content type" : "declared " + declared;

        String magic = magicType(bytes, n);
        if (magic != null) {
            return new SniffedContent(ContentKind.OTHER, magic + " sniffed, " + declaredText);
        }
        boolean binary = looksBinary(bytes, n);
        if (HTML_TYPES.contains(declared) || TEXT_TYPES.contains(declared)) {
            if (binary) {
                return new SniffedContent(ContentKind.OTHER, "binary bytes, " + declaredText);
            }
            if (HTML_TYPES.contains(declared)) {
                return new SniffedContent(ContentKind.HTML, declaredText);
            }
            // Browsers never render text/plain as HTML (a security rule); an archive is not a browser, and a page
            // that starts with <html> served as text/plain is a misconfigured news site, not a text file.
            return looksHtml(bytes, n)
                    ? new SniffedContent(ContentKind.HTML, "html sniffed, " + declaredText)
                    : new SniffedContent(ContentKind.TEXT, declaredText);
        }
        if (!GENERIC_TYPES.contains(declared)) {
            return new SniffedContent(ContentKind.OTHER, declaredText);
        }
        if (n == 0) {
            return new SniffedContent(ContentKind.OTHER, "empty payload, " + declaredText);
        }
        if (binary) {
            return new SniffedContent(ContentKind.OTHER, "binary bytes, " + declaredText);
        }
        if (looksHtml(bytes, n)) {
            return new SniffedContent(ContentKind.HTML, "html sniffed, " + declaredText);
        }
        return new SniffedContent(ContentKind.TEXT, "text sniffed, " + declaredText);
    }

    /** The lower-case media type without parameters, or "" when absent. */
    static String mimeType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon >= 0 ? contentType.substring(0, semicolon) : contentType;
        return type.strip().toLowerCase(Locale.ROOT);
    }

    static String magicType(byte[] b, int n) {
        boolean riff = startsWith(b, n, 0, "RIFF".getBytes(StandardCharsets.ISO_8859_1));
        for (Magic magic : MAGICS) {
            if (magic.offset() == 8 && !riff) {
                continue;
            }
            if (startsWith(b, n, magic.offset(), magic.bytes())) {
                return magic.type();
            }
        }
        return null;
    }

    /**
     * Whether the first bytes look binary: control bytes that no text uses (WHATWG's "binary data bytes": 0x00-0x08,
     * 0x0B, 0x0E-0x1A, 0x1C-0x1F). WHATWG calls one such byte binary; crawled HTML does carry the odd stray control
     * byte, so we need several (8, or 10% of a short payload). UTF-16 text, which is full of NULs, is exempted when it
     * has a BOM.
     */
    static boolean looksBinary(byte[] b, int n) {
        if (CharsetDetector.bomCharset(b, n) != null) {
            return false;
        }
        int limit = Math.min(n, BINARY_SCAN_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int c = b[i] & 0xFF;
            if (c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F)) {
                control++;
            }
        }
        return control >= 8 || (control > 0 && control * 10 >= limit);
    }

    /**
     * Whether the payload starts, after a UTF-8 BOM and whitespace, with one of WHATWG's HTML tags followed by a space
     * or '>' (or is an XML prologue followed by an html element, as XHTML pages are).
     */
    static boolean looksHtml(byte[] b, int n) {
        int limit = Math.min(n, HTML_SCAN_BYTES);
        int i = CharsetDetector.bomCharset(b, n) == StandardCharsets.UTF_8 ? 3 : 0;
        while (i < limit && isWhitespace(b[i])) {
            i++;
        }
        String head = new String(b, i, Math.max(0, limit - i), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String start : HTML_STARTS) {
            if (head.startsWith(start)) {
                if (start.equals("<!--")) {
                    return true;
                }
                if (head.length() > start.length()) {
                    char next = head.charAt(start.length());
                    if (next == ' ' || next == '>' || next == '\t' || next == '\n' || next == '\r' || next == '\f') {
                        return true;
                    }
                }
            }
        }
        return head.startsWith("<?xml") && head.contains("<html");
    }

    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean startsWith(byte[] b, int n, int offset, byte[] prefix) {
        if (n < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Magic magic(int offset, String ascii, String type) {
        return new Magic(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), type);
    }

    private static Magic magic(int offset, int[] values, String type) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return new Magic(offset, bytes, type);
    }
}
