package io.storyline.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {
    private final ContentSniffer sniffer = new ContentSniffer();

    private SniffedContent sniff(byte[] payload, String contentType) {
        return sniffer.sniff(payload, payload.length, contentType);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] hex(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length + 32];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        for (int i = parts.length; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26); // text after the magic: only the signature gives it away
        }
        return bytes;
    }

    @Test
    void pdfServedAsTextHtmlIsOther() {
        SniffedContent sniffed = sniff(ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <</Type /Catalog>>"), "text/html; charset=utf-8");
        assertThat(sniffed.kind()).isEqualTo(ContentKind.OTHER);
        assertThat(sniffed.detail()).isEqualTo("application/pdf sniffed, declared text/html");
    }

    @ParameterizedTest
    @CsvSource({
        "89 50 4E 47 0D 0A 1A 0A, image/png",
        "FF D8 FF E0, image/jpeg",
        "47 49 46 38 39 61, image/gif",
        "52 49 46 46 00 10 00 00 57 45 42 50, image/webp",
        "50 4B 03 04, application/zip",
        "D0 CF 11 E0 A1 B1 1A E1, application/x-ole-storage",
        "1F 8B 08 00, application/gzip",
        "00 00 00 20 66 74 79 70 69 73 6F 6D, video/mp4",
        "1A 45 DF A3, video/webm",
        "49 44 33 04, audio/mpeg",
    })
    void magicNumbersBeatALyingHtmlHeader(String magic, String type) {
        SniffedContent sniffed = sniff(hex(magic), "text/html");
        assertThat(sniffed).isEqualTo(new SniffedContent(ContentKind.OTHER, type + " sniffed, declared text/html"));
    }

    @Test
    void htmlWithoutContentTypeIsHtml() {
        byte[] payload = ascii("\u00ef\u00bb\u00bf \r\n\t<!DOCTYPE html><html><head><title>x</title>");
        assertThat(sniff(payload, null)).isEqualTo(new SniffedContent(ContentKind.HTML, "html sniffed, no content type"));
    }

    @Test
    void htmlUnderGenericContentTypeIsHtml() {
        assertThat(sniff(ascii("<html lang=ru><body>"), "application/octet-stream").kind()).isEqualTo(ContentKind.HTML);
        assertThat(sniff(ascii("\n\n<HEAD><title>"), "").kind()).isEqualTo(ContentKind.HTML);
        assertThat(sniff(ascii("<body>hi</body>"), "unknown/unknown").kind()).isEqualTo(ContentKind.HTML);
    }

    @Test
    void declaredHtmlIsHtml() {
        assertThat(sniff(ascii("<div>hello</div>"), "Text/HTML; charset=windows-1251"))
                .isEqualTo(new SniffedContent(ContentKind.HTML, "declared text/html"));
        assertThat(sniff(ascii("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"),
                "application/xhtml+xml").kind()).isEqualTo(ContentKind.HTML);
    }

    @Test
    void plainTextIsText() {
        assertThat(sniff(ascii("Just some words.\nAnother line."), "text/plain"))
                .isEqualTo(new SniffedContent(ContentKind.TEXT, "declared text/plain"));
        assertThat(sniff(ascii("Just some words."), null).kind()).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void htmlServedAsTextPlainIsHtml() {
        assertThat(sniff(ascii("<!doctype html><html>"), "text/plain"))
                .isEqualTo(new SniffedContent(ContentKind.HTML, "html sniffed, declared text/plain"));
    }

    @Test
    void otherDeclaredTypesAreOther() {
        assertThat(sniff(ascii("{\"a\": 1}"), "application/json"))
                .isEqualTo(new SniffedContent(ContentKind.OTHER, "declared application/json"));
        assertThat(sniff(ascii("<html>"), "image/jpeg").kind()).isEqualTo(ContentKind.OTHER);
    }

    @Test
    void binaryBytesAreOther() {
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : 'x' + i % 5);
        }
        assertThat(sniff(binary, null)).isEqualTo(new SniffedContent(ContentKind.OTHER, "binary bytes, no content type"));
        assertThat(sniff(binary, "text/html").kind()).isEqualTo(ContentKind.OTHER);
    }

    @Test
    void aStrayControlByteInHtmlIsStillHtml() {
        byte[] payload = ascii("<html><body>" + "word ".repeat(100) + "\u0001</body></html>");
        assertThat(sniff(payload, "text/html").kind()).isEqualTo(ContentKind.HTML);
    }

    @Test
    void utf16HtmlWithBomIsNotBinary() {
        byte[] payload = "\uFEFF<html><body>Привет</body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(sniff(payload, "text/html").kind()).isEqualTo(ContentKind.HTML);
    }

    @Test
    void emptyPayloadWithoutTypeIsOther() {
        assertThat(sniffer.sniff(null, 0, null).kind()).isEqualTo(ContentKind.OTHER);
    }

    @Test
    void wordThatStartsLikeATagIsNotHtml() {
        assertThat(sniff(ascii("<abbreviations are not tags"), null).kind()).isEqualTo(ContentKind.TEXT);
    }
}
