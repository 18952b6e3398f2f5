package io.storyline.synth;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Collects what jwarc's uncompressed {@code WarcWriter} writes for one record, and on
 * {@link #endMember()} writes it to the file as one gzip member, as Common Crawl does.
 *
 * <p>Why not {@code WarcCompression.GZIP}: jwarc 0.31.1 always deflates at level 9, the slowest;
 * here the level is an option (6 by default, zlib's and most WARC writers' default). The member
 * header is jwarc's: a zero modification time, so the output is deterministic.
 *
 * <p>Deflating is about half the generator's work, so members are compressed and written by one
 * background thread, in submission order (one consumer, FIFO), at most {@link #IN_FLIGHT}
 * records behind: the bytes are the same as when compressing inline.
 */
final class GzipMemberChannel implements WritableByteChannel {
    static final int IN_FLIGHT = 256;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final WritableByteChannel out;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "synth-gzip");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private volatile IOException failure;
    private byte[] member = new byte[64 * 1024];
    private int length;
    private byte[] compressed = new byte[64 * 1024];
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

    /** Hands the bytes collected since the last call to the writer thread as one gzip member. */
    void endMember() throws IOException {
        checkFailure();
        byte[] record = Arrays.copyOf(member, length);
        length = 0;
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing a WARC record");
        }
        worker.execute(() -> {
            try {
                if (failure == null) {
                    writeMember(record);
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                inFlight.release();
            }
        });
    }

    private void writeMember(byte[] record) throws IOException {
        crc.reset();
        crc.update(record, 0, record.length);
        deflater.reset();
        deflater.setInput(record, 0, record.length);
        deflater.finish();
        if (compressed.length < record.length + 1024) {
            compressed = new byte[record.length + record.length / 8 + 1024];
        }
        System.arraycopy(HEADER, 0, compressed, 0, HEADER.length);
        int size = HEADER.length;
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
        putIntLE(compressed, size + 4, record.length);
        size += 8;
        ByteBuffer buffer = ByteBuffer.wrap(compressed, 0, size);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private void checkFailure() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw new IOException("writing a WARC gzip member failed", e);
        }
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
        if (!open) {
            return;
        }
        open = false;
        try {
            if (length > 0) {
                endMember();
            }
        } finally {
            worker.shutdown();
            try {
                while (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
                    // a slow disk: keep waiting, the records must all be written
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                worker.shutdownNow();
            } finally {
                deflater.end();
                out.close();
            }
        }
        checkFailure();
    }
}
