package io.storyline.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** End to end over real CC pages: header lookup, decoding, sniffing, charset detection on resiliparse.warc.gz. */
class ResiliparseWarcTest {
    static final long CAP = 8L << 20;

    record Page(String url, String contentType, SniffedContent sniffed, DetectedCharset charset, String text) {
        long count(Character.UnicodeScript script) {
            return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == script).count();
        }

        @Override
        public String toString() {
            return url + " " + charset; // the text is too long for assertion messages
        }

        long replacements() {
            return text.chars().filter(c -> c == '\uFFFD').count();
        }
    }

    static List<Page> pages;

    @BeforeAll
    static void readWarc() throws IOException {
        Path warc = SharedData.require("data/warc-samples/resiliparse.warc.gz");
        ContentDecoder decoder = new ContentDecoder();
        ContentSniffer sniffer = new ContentSniffer();
        CharsetDetector detector = new CharsetDetector();
        pages = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                HttpResponse http = response.http();
                DecodedPayload payload = decoder.decode(http.headers()::first, http.body().stream(), CAP);
                String contentType = http.headers().first("Content-Type").orElse(null);
                SniffedContent sniffed = sniffer.sniff(payload.bytes(), payload.length(), contentType);
                DetectedCharset charset = detector.detect(payload.bytes(), payload.length(), contentType);
                String text = CharsetDetector.decode(payload.bytes(), payload.length(), charset.charset());
                pages.add(new Page(response.target(), contentType, sniffed, charset, text));
            }
        }
    }

    @Test
    void everyResponseDecodesAsReadableHtml() {
        assertThat(pages).hasSize(16);
        for (Page page : pages) {
            assertThat(page.sniffed().kind()).as(page.url()).isEqualTo(ContentKind.HTML);
            assertThat(page.text()).as(page.url()).containsIgnoringCase("<html");
            assertThat(page.replacements()).as(page.url() + " " + page.charset()).isLessThanOrEqualTo(page.text().length() / 200);
        }
    }

    @Test
    void windows1251PageComesOutAsCyrillic() {
        List<Page> russian = pages.stream()
                .filter(p -> p.contentType() != null && p.contentType().contains("windows-1251")).toList();
        assertThat(russian).hasSize(1);
        Page page = russian.get(0);
        assertThat(page.charset().charset().name()).isEqualTo("windows-1251");
        assertThat(page.count(Character.UnicodeScript.CYRILLIC)).isGreaterThan(200);
        assertThat(page.replacements()).isZero();
    }

    @Test
    void gb2312PagesComeOutAsChinese() {
        List<Page> chinese = pages.stream()
                .filter(p -> p.contentType() != null && p.contentType().contains("gb2312")).toList();
        assertThat(chinese).hasSize(2);
        for (Page page : chinese) {
            assertThat(page.charset().charset().name()).as(page.url()).isEqualTo("GB18030");
            assertThat(page.count(Character.UnicodeScript.HAN)).as(page.url()).isGreaterThan(100);
            assertThat(page.replacements()).as(page.url()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void pagesWithoutHeaderCharsetUseTheirMetaDeclaration() {
        List<Page> undeclared = pages.stream()
                .filter(p -> CharsetLabels.charsetParameter(p.contentType()) == null).toList();
        assertThat(undeclared).hasSize(8);
        assertThat(undeclared).allSatisfy(p -> assertThat(p.charset().source()).as(p.url()).isEqualTo(CharsetSource.META));
    }

    @Test
    void detectionAloneFindsTheDeclaredCharsetOfEveryNonAsciiPage() {
        CharsetDetector detector = new CharsetDetector();
        for (Page page : pages) {
            if (page.charset().source() == CharsetSource.BOM) {
                continue;
            }
            byte[] bytes = page.text().getBytes(page.charset().charset());
            // hide every declaration so that only statistics remain
            String latin1 = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .replaceAll("(?i)charset", "xxxxxxx");
            byte[] undeclared = latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            DetectedCharset detected = detector.detect(undeclared, undeclared.length, null);
            if (page.count(Character.UnicodeScript.HAN) + page.count(Character.UnicodeScript.CYRILLIC) > 0) {
                assertThat(detected).as(page.url()).isEqualTo(new DetectedCharset(page.charset().charset(), CharsetSource.DETECTED));
            }
        }
    }
}
