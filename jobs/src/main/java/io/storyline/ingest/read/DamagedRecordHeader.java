package io.storyline.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The WARC header of a damaged region, when the region starts with one that parses: which record it
 * was and what is wrong with its length. jwarc reports a bad Content-Length only as a parse error or
 * a bad trailer, without the record; this reads the header's lines itself to name the record
 * ({@code WARC-Record-ID}, {@code WARC-Target-URI}) and compares the declared length with the bytes
 * that the record really has before the next record.
 *
 * @param recordId the WARC-Record-ID, or null
 * @param url      the WARC-Target-URI without angle brackets, or null
 * @param problem  what is wrong with the length, e.g. "Content-Length 40 is 86 bytes too short for the 126
 *                 bytes its block has" (a record cut short by the end of the file has a length too long)
 */
record DamagedRecordHeader(String recordId, String url, String problem) {

    /** Header and block beyond this are not read: a header is a few hundred bytes. */
    private static final int MAX_BYTES = 1 << 20;
    private static final Pattern LENGTH = Pattern.compile("\\d{1,18}");
    private static final byte[] END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * Reads the region {@code [from, to)} (decompressed when {@code gzip}); empty when it does not
     * start with a WARC header or its length is not the problem.
     */
    static Optional<DamagedRecordHeader> of(SeekableByteChannel channel, boolean gzip, long from, long to) {
        byte[] bytes;
        try {
            long position = channel.position();
            try {
                bytes = read(channel, gzip, from, to);
            } finally {
                channel.position(position); // the WARC reader reads on from where it was
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not even a readable member: the region stays unreadable
        }
        int headerEnd = indexOf(bytes, END);
        String start = new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.US_ASCII);
        if (headerEnd < 0 || !start.equals("WARC/")) {
            return Optional.empty();
        }
        String recordId = null;
        String url = null;
        String length = null;
        for (String line : new String(bytes, 0, headerEnd, StandardCharsets.UTF_8).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("WARC-Record-ID")) {
                recordId = value;
            } else if (name.equalsIgnoreCase("WARC-Target-URI")) {
                url = WarcRecordReader.stripAngleBrackets(value);
            } else if (name.equalsIgnoreCase("Content-Length")) {
                length = value;
            }
        }
        String problem = problem(length, bytes, headerEnd + END.length);
        return problem == null ? Optional.empty() : Optional.of(new DamagedRecordHeader(recordId, url, problem));
    }

    /** The block is what lies between the header and the next record, less its CRLF CRLF trailer. */
    private static String problem(String length, byte[] bytes, int blockStart) {
        if (length == null) {
            return "no Content-Length";
        }
        if (!LENGTH.matcher(length).matches()) {
            return "Content-Length '" + (length.length() > 24 ? length.substring(0, 24) + "..." : length) + "' is not a length";
        }
        if (bytes.length >= MAX_BYTES) {
            return null; // too large to measure here
        }
        int actual = bytes.length - blockStart;
        if (actual >= END.length && indexOf(bytes, END, bytes.length - END.length) == bytes.length - END.length) {
            actual -= END.length;
        }
        long declared = Long.parseLong(length);
        if (declared == actual) {
            return null;
        }
        return "Content-Length " + declared + " is " + Math.abs(declared - actual) + " bytes too "
                + (declared < actual ? "short" : "long") + " for the " + actual + " bytes its block has";
    }

    private static byte[] read(SeekableByteChannel channel, boolean gzip, long from, long to) throws IOException {
        long size = Math.min(to - from, MAX_BYTES);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.position(from);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // fill
        }
        byte[] raw = buffer.array();
        if (!gzip) {
            return buffer.position() == raw.length ? raw : java.util.Arrays.copyOf(raw, buffer.position());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw, 0, buffer.position()))) {
            byte[] chunk = new byte[8192];
            int n;
            while (out.size() < MAX_BYTES && (n = in.read(chunk)) > 0) {
                out.write(chunk, 0, n);
            }
        } catch (java.io.EOFException e) {
            // a truncated member: what was inflated is still the header's evidence
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        return indexOf(bytes, pattern, 0);
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
