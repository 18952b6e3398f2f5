package io.storyline.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;

class ContentDecoderTest {
    static final byte[] HTML = "<!DOCTYPE html><html><body><p>Путин провёл совещание</p></body></html>"
            .repeat(20).getBytes(StandardCharsets.UTF_8);
    static final long CAP = 1 << 20;

    private final ContentDecoder decoder = new ContentDecoder();

    static Function<String, Optional<String>> headers(String... nameValues) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], nameValues[i + 1]);
        }
        return name -> Optional.ofNullable(map.get(name));
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(data);
        }
        deflater.end();
        return out.toByteArray();
    }

    private DecodedPayload decode(Function<String, Optional<String>> header, byte[] body, long cap) throws IOException {
        return decoder.decode(header, new ByteArrayInputStream(body), cap);
    }

    @Test
    void gzipContentEncodingIsDecoded() throws IOException {
        DecodedPayload payload = decode(headers("content-encoding", "gzip"), gzip(HTML), CAP);
        assertThat(payload.toByteArray()).isEqualTo(HTML);
        assertThat(payload.contentEncoding()).isEqualTo("gzip");
        assertThat(payload.truncated()).isFalse();
    }

    @Test
    void xGzipIsGzip() throws IOException {
        assertThat(decode(headers("Content-Encoding", "X-GZIP"), gzip(HTML), CAP).toByteArray()).isEqualTo(HTML);
    }

    @Test
    void zlibWrappedDeflateIsDecoded() throws IOException {
        assertThat(decode(headers("Content-Encoding", "deflate"), deflate(HTML, false), CAP).toByteArray()).isEqualTo(HTML);
    }

    @Test
    void rawDeflateIsDecoded() throws IOException {
        assertThat(decode(headers("Content-Encoding", "deflate"), deflate(HTML, true), CAP).toByteArray()).isEqualTo(HTML);
    }

    @Test
    void stackedEncodingsAreUndoneInReverseOrder() throws IOException {
        byte[] body = gzip(deflate(HTML, false)); // "deflate, gzip": deflated first, then gzipped
        DecodedPayload payload = decode(headers("Content-Encoding", "deflate, gzip"), body, CAP);
        assertThat(payload.toByteArray()).isEqualTo(HTML);
        assertThat(payload.contentEncoding()).isEqualTo("deflate,gzip");
    }

    @Test
    void identityAndMissingEncodingPassBytesThrough() throws IOException {
        assertThat(decode(headers(), HTML, CAP).toByteArray()).isEqualTo(HTML);
        DecodedPayload identity = decode(headers("Content-Encoding", "identity"), HTML, CAP);
        assertThat(identity.toByteArray()).isEqualTo(HTML);
        assertThat(identity.contentEncoding()).isEqualTo("identity");
    }

    @Test
    void gzipBombOverTheCapThrows() throws IOException {
        byte[] bomb = gzip(new byte[20 << 20]); // 20 MiB of zeros, about 20 KiB compressed
        assertThat(bomb.length).isLessThan(64 << 10);
        assertThatThrownBy(() -> decode(headers("Content-Encoding", "gzip"), bomb, CAP))
                .isInstanceOfSatisfying(DecompressionLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(CAP);
                    assertThat(e.contentEncoding()).isEqualTo("gzip");
                });
    }

    @Test
    void payloadExactlyAtTheCapIsAccepted() throws IOException {
        assertThat(decode(headers("Content-Encoding", "gzip"), gzip(HTML), HTML.length).length()).isEqualTo(HTML.length);
        assertThatThrownBy(() -> decode(headers(), HTML, HTML.length - 1)).isInstanceOf(DecompressionLimitException.class);
    }

    @Test
    void xCrawlerContentEncodingGzipDoesNotDecode() throws IOException {
        // CC-NEWS after 2019-05: the payload is stored decoded and the header renamed
        DecodedPayload plain = decode(headers("X-Crawler-Content-Encoding", "gzip"), HTML, CAP);
        assertThat(plain.toByteArray()).isEqualTo(HTML);
        assertThat(plain.contentEncoding()).isEqualTo("identity");
        byte[] gzipped = gzip(HTML);
        assertThat(decode(headers("X-Crawler-Content-Encoding", "gzip"), gzipped, CAP).toByteArray()).isEqualTo(gzipped);
    }

    @Test
    void gzipHeaderOverPlainBytesIsTreatedAsIdentity() throws IOException {
        DecodedPayload payload = decode(headers("Content-Encoding", "gzip"), HTML, CAP);
        assertThat(payload.toByteArray()).isEqualTo(HTML);
        assertThat(payload.contentEncoding()).isEqualTo("identity");
    }

    @Test
    void unknownEncodingsAreReportedDistinctly() {
        byte[] opaque = {(byte) 0x8B, 0x12, (byte) 0x80, 0x3C, 0x21, 0x44, 0x4F};
        assertThatThrownBy(() -> decode(headers("Content-Encoding", "br"), opaque, CAP))
                .isInstanceOfSatisfying(UnsupportedContentEncodingException.class,
                        e -> assertThat(e.contentEncoding()).isEqualTo("br"));
        assertThatThrownBy(() -> decode(headers("Content-Encoding", "zstd"), opaque, CAP))
                .isInstanceOf(UnsupportedContentEncodingException.class)
                .hasMessageContaining("zstd");
    }

    @Test
    void brotliHeaderOverPlainHtmlIsTreatedAsIdentity() throws IOException {
        assertThat(decode(headers("Content-Encoding", "br"), HTML, CAP).toByteArray()).isEqualTo(HTML);
    }

    @Test
    void truncatedGzipKeepsWhatInflated() throws IOException {
        byte[] big = "<p>Новости дня, много текста.</p>\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        byte[] gz = gzip(big);
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        DecodedPayload payload = decode(headers("Content-Encoding", "gzip"), cut, 10L << 20);
        assertThat(payload.truncated()).isTrue();
        assertThat(payload.length()).isGreaterThan(big.length / 4).isLessThan(big.length);
        assertThat(Arrays.copyOf(payload.bytes(), 1000)).isEqualTo(Arrays.copyOf(big, 1000));
    }

    @Test
    void worksWithJwarcHttpResponseHeaders() throws IOException {
        byte[] body = gzip(HTML);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\ncontent-encoding: gzip\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        raw.write(body);
        HttpResponse response = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(raw.toByteArray())));
        assertThat(decoder.decode(response.headers()::first, response.body().stream(), CAP).toByteArray()).isEqualTo(HTML);

        response = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(raw.toByteArray())));
        assertThat(decoder.decode(response.headers(), response.body().stream(), CAP).toByteArray()).isEqualTo(HTML);
    }
}
