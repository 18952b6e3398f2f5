package io.storyline.http;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.MessageHeaders;

/**
 * Undoes an HTTP {@code Content-Encoding} (gzip, x-gzip, deflate in zlib or raw form, identity) with a hard cap on
 * the decoded size. Stateless and thread-safe.
 *
 * <p>Only a real {@code Content-Encoding} header triggers decoding. CC-NEWS files written after 2019-05 store the
 * payload already decoded and rename the original headers to {@code X-Crawler-Content-Encoding},
 * {@code X-Crawler-Content-Length} and {@code X-Crawler-Transfer-Encoding} (Common Crawl's StormCrawler-based news
 * crawler), so those headers describe bytes that are no longer there and are deliberately ignored.
 *
 * <p>Servers and crawlers lie about encodings, so the bytes get a say (see {@link #layer}).
 */
public final class ContentDecoder {
    /** The header that triggers decoding; never its X-Crawler- twin. */
    public static final String CONTENT_ENCODING = "Content-Encoding";

    private static final int PEEK_BYTES = 1024;
    /** No Java array can be longer. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Values servers send in Content-Encoding that mean "not encoded" (misconfigurations seen in crawls). */
    private static final Set<String> IDENTITY = Set.of("", "identity", "none", "binary", "8bit", "7bit", "text",
            "utf-8", "utf8", "chunked");

    /**
     * Decodes a payload given a header lookup, e.g. {@code decode(response.headers()::first, body, cap)} with jwarc.
     *
     * @param header returns the first value of a header by case-insensitive name
     * @param body the payload as stored (after any Transfer-Encoding was removed); not closed
     * @param maxBytes the cap on decoded bytes
     * @throws DecompressionLimitException when the decoded payload exceeds {@code maxBytes}
     * @throws UnsupportedContentEncodingException for br, zstd, compress and other unknown encodings
     * @throws IOException when the body cannot be read, or a compressed stream is corrupt from its first bytes
     */
    public DecodedPayload decode(Function<String, Optional<String>> header, InputStream body, long maxBytes)
            throws IOException {
        return decode(header.apply(CONTENT_ENCODING).orElse(null), body, maxBytes);
    }

    /** As {@link #decode(Function, InputStream, long)}, reading all Content-Encoding headers of a jwarc message. */
    public DecodedPayload decode(MessageHeaders headers, InputStream body, long maxBytes) throws IOException {
        List<String> values = headers.all(CONTENT_ENCODING);
        return decode(values.isEmpty() ? null : String.join(",", values), body, maxBytes);
    }

    /**
     * Decodes a payload given the Content-Encoding value (null or empty for none). Encodings listed as
     * "gzip, deflate" were applied in that order, so they are undone last first.
     */
    public DecodedPayload decode(String contentEncoding, InputStream body, long maxBytes) throws IOException {
        long cap = Math.max(0, Math.min(maxBytes, MAX_ARRAY));
        List<String> codings = codings(contentEncoding);
        InputStream raw = body == null ? InputStream.nullInputStream() : new FilterInputStream(body) {
            @Override
            public void close() {
                // the caller owns the body (jwarc reads the next record from the same channel)
            }
        };
        InputStream stream = raw;
        List<String> undone = new ArrayList<>();
        try {
            for (int i = codings.size() - 1; i >= 0; i--) {
                BufferedInputStream peekable = peekable(stream);
                stream = peekable; // the peek below reads into its buffer: never drop it
                InputStream decoded = layer(codings.get(i), peekable);
                if (decoded != null) {
                    stream = decoded;
                    undone.add(0, codings.get(i));
                }
            }
            String description = undone.isEmpty() ? "identity" : String.join(",", undone);
            return readCapped(stream, cap, description, !undone.isEmpty());
        } finally {
            stream.close(); // ends any Inflater; the caller's body stays open
        }
    }

    static List<String> codings(String contentEncoding) {
        List<String> codings = new ArrayList<>();
        if (contentEncoding == null) {
            return codings;
        }
        for (String token : contentEncoding.split(",")) {
            String coding = token.strip().toLowerCase(Locale.ROOT);
            if (!IDENTITY.contains(coding)) {
                codings.add(coding);
            }
        }
        return codings;
    }

    /**
     * A stream undoing {@code coding} over {@code in}, or null when the bytes show the coding was not applied:
     * <ul>
     *   <li>gzip whose bytes do not start with the gzip magic 1F 8B. Servers (and proxies that decompress without
     *       removing the header, and crawlers that store the decoded body but keep the header) routinely send
     *       "Content-Encoding: gzip" over plain bytes; a gzip stream always starts with the magic (RFC 1952), so
     *       its absence proves the header wrong, and inflating would only fail.</li>
     *   <li>any other coding whose bytes start like an HTML document: no deflate, brotli or zstd stream starts with
     *       "&lt;!doctype html" or "&lt;html ", so the header is a lie of the same kind.</li>
     * </ul>
     */
    private InputStream layer(String coding, BufferedInputStream peekable) throws IOException {
        byte[] head = peek(peekable, PEEK_BYTES);
        switch (coding) {
            case "gzip", "x-gzip" -> {
                if (head.length < 2 || (head[0] & 0xFF) != 0x1F || (head[1] & 0xFF) != 0x8B) {
                    return null;
                }
                return new GZIPInputStream(peekable, 8192);
            }
            case "deflate" -> {
                if (ContentSniffer.looksHtml(head, head.length)) {
                    return null;
                }
                // RFC 9110 says deflate means the zlib format, but many servers send raw deflate (old IIS):
                // a zlib header has compression method 8 and a header checksum divisible by 31 (RFC 1950).
                boolean zlib = head.length >= 2 && (head[0] & 0x0F) == 8
                        && (((head[0] & 0xFF) << 8) | (head[1] & 0xFF)) % 31 == 0;
                return new InflaterInputStream(peekable, new Inflater(!zlib), 8192) {
                    @Override
                    public void close() throws IOException {
                        super.close();
                        inf.end(); // a custom Inflater is not ended by InflaterInputStream.close()
                    }
                };
            }
            default -> {
                if (ContentSniffer.looksHtml(head, head.length)) {
                    return null;
                }
                throw new UnsupportedContentEncodingException(coding);
            }
        }
    }

    private static BufferedInputStream peekable(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 8192);
    }

    private static byte[] peek(BufferedInputStream in, int max) throws IOException {
        in.mark(max);
        byte[] head = in.readNBytes(max);
        in.reset();
        return head;
    }

    private static DecodedPayload readCapped(InputStream in, long cap, String encoding, boolean compressed)
            throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(cap + 1, 1), 64 * 1024)];
        int length = 0;
        boolean truncated = false;
        try {
            while (true) {
                if (length == buffer.length) {
                    if (length > cap) {
                        throw new DecompressionLimitException(cap, encoding);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, cap + 1));
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
            }
        } catch (EOFException e) {
            if (!compressed) {
                throw e;
            }
            truncated = true; // the record was cut inside the compressed stream: keep what inflated
        } catch (ZipException e) {
            if (!compressed || length == 0) {
                throw e; // corrupt from the start: nothing to keep
            }
            truncated = true; // corrupt after some output: keep the readable part, as browsers show it
        }
        if (length > cap) {
            throw new DecompressionLimitException(cap, encoding);
        }
        return new DecodedPayload(buffer, length, encoding, truncated);
    }
}
