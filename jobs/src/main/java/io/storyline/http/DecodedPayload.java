package io.storyline.http;

/**
 * An HTTP payload with its Content-Encoding undone.
 *
 * @param bytes a buffer holding the payload in {@code [0, length)}; may be longer than {@code length}
 * @param length the number of payload bytes
 * @param contentEncoding the encodings undone, as a comma-separated list in header order, or "identity"
 * @param truncated whether the compressed stream ended early (crawlers cut long records); the bytes are what
 *     could be inflated
 */
public record DecodedPayload(byte[] bytes, int length, String contentEncoding, boolean truncated) {
    /** A copy of exactly the payload bytes. */
    public byte[] toByteArray() {
        return java.util.Arrays.copyOf(bytes, length);
    }
}
