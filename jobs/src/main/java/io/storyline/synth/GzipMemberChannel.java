package io.storyline.synth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Collects what jwarc's uncompressed {@code WarcWriter} writes for one record, and on
 * {@link #endMember()} writes it to the file as one gzip member, as Common Crawl does.
 *
 * <p>Why not {@code WarcCompression.GZIP}: jwarc 0.31.1 deflates at level 9, which alone held the
 * generator near 1,000 pages/s; zlib's default level 6 is what most WARC writers use and is about
 * three times faster for a few percent more bytes. The header is jwarc's too: a zero modification
 * time, so output is deterministic.
 */
final class GzipMemberChannel implements WritableByteChannel {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final WritableByteChannel out;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private byte[] member = new byte[64 * 1024];
    private int length;
    private byte[] compressed = new byte[64 * 1024];
    private long position;
    private boolean open = true;

    GzipMemberChannel(WritableByteChannel out, int level) {
        this.out = out;
        this.deflater = new Deflater(level, true);
    }

    @Override
    public int write(ByteBuffer src) {
        int n = src.remaining();
        if (length + n > member.length) {
            member = Arrays.copyOf(member, Math.max(member.length * 2, length + n));
        }
        src.get(member, length, n);
        length += n;
        return n;
    }

    /** Writes the bytes collected since the last call as one gzip member. */
    void endMember() throws IOException {
        crc.reset();
        crc.update(member, 0, length);
        deflater.reset();
        deflater.setInput(member, 0, length);
        deflater.finish();
        int size = 0;
        if (compressed.length < length + 1024) {
            compressed = new byte[length + length / 8 + 1024];
        }
        System.arraycopy(HEADER, 0, compressed, 0, HEADER.length);
        size = HEADER.length;
        while (!deflater.finished()) {
            if (size == compressed.length) {
                compressed = Arrays.copyOf(compressed, compressed.length * 2);
            }
            size += deflater.deflate(compressed, size, compressed.length - size);
        }
        if (compressed.length < size + 8) {
            compressed = Arrays.copyOf(compressed, size + 8);
        }
        putIntLE(compressed, size, (int) crc.getValue());
        putIntLE(compressed, size + 4, length);
        size += 8;
        ByteBuffer buffer = ByteBuffer.wrap(compressed, 0, size);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        position += size;
        length = 0;
    }

    /** Compressed bytes written so far. */
    long position() {
        return position;
    }

    private static void putIntLE(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            if (length > 0) {
                endMember();
            }
            open = false;
            deflater.end();
            out.close();
        }
    }
}
