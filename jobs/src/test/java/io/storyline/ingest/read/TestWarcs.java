package io.storyline.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** WARC records written by hand, so that tests can damage them. */
public final class TestWarcs {
    private TestWarcs() {}

    /**
     * Seven kinds of bad Content-Length, for a record of about a hundred bytes: each header line
     * (null: no Content-Length at all) and a phrase of the reject's detail.
     */
    public static final String[][] BAD_LENGTHS = {
            {"Content-Length: 40", "too short"}, {"Content-Length: 400", "too long"},
            {"Content-Length: forty", "not a length"}, {"Content-Length: -40", "not a length"},
            {"Content-Length: 12345678901234567890", "not a length"}, {"Content-Length: ", "not a length"},
            {null, "no Content-Length"}};

    /** The WARC-Record-ID that {@link #response} gives a URL. */
    public static String recordId(String url) {
        return "<urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">";
    }

    /** A WARC response record's bytes: the record format by hand, so tests can damage it. */
    public static byte[] response(String url, String html, int lengthError) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)
                .getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url
                + "\r\nWARC-Date: 2026-11-20T10:00:00Z\r\nWARC-Record-ID: " + recordId(url)
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + lengthError) + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(http);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A response record whose Content-Length header line is replaced by {@code lengthLine} (null: none). */
    public static byte[] withLengthLine(String url, String html, String lengthLine) {
        String record = new String(response(url, html, 0), StandardCharsets.ISO_8859_1);
        String replaced = record.replaceFirst("Content-Length: \\d+\r\n", lengthLine == null ? "" : lengthLine + "\r\n");
        return replaced.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One gzip member. */
    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
