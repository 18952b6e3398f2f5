package io.storyline.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetDetectorTest {
    static final String RUSSIAN = "Президент России Владимир Путин провёл совещание с членами правительства. "
            + "Обсуждались вопросы экономики, здравоохранения и образования. Министр финансов доложил о росте "
            + "доходов бюджета, а глава Минздрава рассказал о строительстве новых больниц в регионах.";
    static final String CHINESE = "国务院总理李强主持召开国务院常务会议，研究部署进一步促进经济持续回升向好的政策措施。"
            + "会议指出，今年以来我国经济运行总体平稳，就业物价基本稳定，国际收支保持平衡。"
            + "会议强调，要加大宏观政策调控力度，着力扩大国内需求，推动经济高质量发展。";
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset KOI8R = Charset.forName("KOI8-R");

    private final CharsetDetector detector = new CharsetDetector();

    static String page(String head, String text) {
        return "<!DOCTYPE html>\n<html><head>" + head + "<title>Новости дня</title></head>\n<body><article><h1>"
                + "Совещание в Кремле</h1><p>" + text + "</p><p>" + text + "</p></article></body></html>\n";
    }

    static byte[] bytes(String head, String text, Charset charset) {
        return page(head, text).getBytes(charset);
    }

    private DetectedCharset detect(byte[] payload, String contentType) {
        return detector.detect(payload, payload.length, contentType);
    }

    private static void assertDecodesRussian(byte[] payload, DetectedCharset detected) {
        String text = CharsetDetector.decode(payload, payload.length, detected.charset());
        assertThat(text).contains("Владимир Путин провёл совещание").doesNotContain("\uFFFD");
    }

    @Test
    void windows1251PageWithoutHeaderCharsetDecodes() {
        byte[] payload = bytes("", RUSSIAN, CP1251);
        DetectedCharset detected = detect(payload, "text/html");
        assertThat(detected).isEqualTo(new DetectedCharset(CP1251, CharsetSource.DETECTED));
        assertDecodesRussian(payload, detected);
    }

    @Test
    void koi8rPageWithoutDeclarationDecodes() {
        byte[] payload = bytes("", RUSSIAN, KOI8R);
        DetectedCharset detected = detect(payload, null);
        assertThat(detected).isEqualTo(new DetectedCharset(KOI8R, CharsetSource.DETECTED));
        assertDecodesRussian(payload, detected);
    }

    @Test
    void shortKoi8rTextWithoutMarkupDecodes() {
        byte[] payload = "Путин провёл совещание с правительством".getBytes(KOI8R);
        assertThat(detect(payload, "").charset()).isEqualTo(KOI8R);
    }

    @Test
    void windows1251PageBehindKilobytesOfCssAndScriptIsDetected() {
        // ICU reads only its first 8000 bytes: a CMS head full of CSS once made this come out as ISO-8859-1
        String css = "<style>.bx-btn-white {background-position: right 0; color: #fff !important;}</style>\n".repeat(60);
        String js = "<script>var frameCacheVars = {'CACHE_MODE':'HTMLCACHE','banner':{'url':'/x'}};</script>\n".repeat(40);
        byte[] payload = bytes(css + js, RUSSIAN, CP1251);
        assertThat(payload.length).isGreaterThan(8000);
        DetectedCharset detected = detect(payload, "text/html");
        assertThat(detected).isEqualTo(new DetectedCharset(CP1251, CharsetSource.DETECTED));
        assertDecodesRussian(payload, detected);
    }

    @Test
    void gb2312PageWithoutDeclarationDecodesAsChinese() {
        byte[] payload = ("<html><body><p>" + CHINESE + "</p></body></html>").getBytes(Charset.forName("GB2312"));
        DetectedCharset detected = detect(payload, "text/html");
        assertThat(detected.source()).isEqualTo(CharsetSource.DETECTED);
        assertThat(CharsetDetector.decode(payload, payload.length, detected.charset())).contains(CHINESE);
    }

    @Test
    void headerCharsetIsUsedWhenBytesAgree() {
        byte[] payload = bytes("", RUSSIAN, KOI8R);
        assertThat(detect(payload, "text/html; charset=KOI8-R"))
                .isEqualTo(new DetectedCharset(KOI8R, CharsetSource.HTTP_HEADER));
    }

    @Test
    void quotedHeaderCharsetIsUnderstood() {
        byte[] payload = bytes("", RUSSIAN, CP1251);
        assertThat(detect(payload, "text/html;charset=\"Windows-1251\"").source()).isEqualTo(CharsetSource.HTTP_HEADER);
    }

    @Test
    void metaCharsetIsUsedWithoutHeaderCharset() {
        byte[] payload = bytes("<meta charset=\"windows-1251\">", RUSSIAN, CP1251);
        DetectedCharset detected = detect(payload, "text/html");
        assertThat(detected).isEqualTo(new DetectedCharset(CP1251, CharsetSource.META));
        assertDecodesRussian(payload, detected);
    }

    @Test
    void metaHttpEquivContentTypeIsUsed() {
        byte[] payload = bytes("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=koi8-r'>", RUSSIAN, KOI8R);
        assertThat(detect(payload, null)).isEqualTo(new DetectedCharset(KOI8R, CharsetSource.META));
    }

    @Test
    void metaAfterKilobytesOfScriptsIsFound() {
        String scripts = "<script>var x = 1;</script>\n".repeat(100); // ~2.8 KB, beyond WHATWG's 1024
        byte[] payload = bytes(scripts + "<meta charset=windows-1251>", RUSSIAN, CP1251);
        assertThat(detect(payload, null).source()).isEqualTo(CharsetSource.META);
    }

    @Test
    void metaInsideCommentIsIgnored() {
        byte[] payload = bytes("<!-- <meta charset=\"koi8-r\"> --><meta charset=\"windows-1251\">", RUSSIAN, CP1251);
        assertThat(detect(payload, null)).isEqualTo(new DetectedCharset(CP1251, CharsetSource.META));
    }

    @Test
    void descriptionMetaMentioningCharsetIsNotADeclaration() {
        byte[] payload = bytes("<meta name=\"description\" content=\"about charset=koi8-r\">", RUSSIAN, CP1251);
        assertThat(detect(payload, null)).isEqualTo(new DetectedCharset(CP1251, CharsetSource.DETECTED));
    }

    @Test
    void headerWinsOverMeta() {
        byte[] payload = bytes("<meta charset=\"windows-1251\">", RUSSIAN, KOI8R);
        assertThat(detect(payload, "text/html; charset=koi8-r").source()).isEqualTo(CharsetSource.HTTP_HEADER);
    }

    @Test
    void utf8BomWinsOverDeclarations() {
        byte[] text = bytes("<meta charset=\"windows-1251\">", RUSSIAN, StandardCharsets.UTF_8);
        byte[] payload = new byte[text.length + 3];
        payload[0] = (byte) 0xEF;
        payload[1] = (byte) 0xBB;
        payload[2] = (byte) 0xBF;
        System.arraycopy(text, 0, payload, 3, text.length);
        DetectedCharset detected = detect(payload, "text/html; charset=windows-1251");
        assertThat(detected).isEqualTo(new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.BOM));
        assertThat(CharsetDetector.decode(payload, payload.length, detected.charset())).startsWith("<!DOCTYPE");
    }

    @Test
    void utf16BomsAreRecognised() {
        byte[] le = "\uFEFF<html>Путин</html>".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFF<html>Путин</html>".getBytes(StandardCharsets.UTF_16BE);
        assertThat(detect(le, null)).isEqualTo(new DetectedCharset(StandardCharsets.UTF_16LE, CharsetSource.BOM));
        assertThat(detect(be, null)).isEqualTo(new DetectedCharset(StandardCharsets.UTF_16BE, CharsetSource.BOM));
        assertThat(CharsetDetector.decode(le, le.length, StandardCharsets.UTF_16LE)).isEqualTo("<html>Путин</html>");
    }

    @Test
    void declaredUtf8OverWindows1251BytesFallsThroughToDetection() {
        byte[] payload = bytes("", RUSSIAN, CP1251);
        DetectedCharset detected = detect(payload, "text/html; charset=utf-8");
        assertThat(detected).isEqualTo(new DetectedCharset(CP1251, CharsetSource.DETECTED));
        assertDecodesRussian(payload, detected);
    }

    @Test
    void wrongUtf8HeaderFallsThroughToRightMeta() {
        byte[] payload = bytes("<meta charset=\"koi8-r\">", RUSSIAN, KOI8R);
        assertThat(detect(payload, "text/html; charset=UTF-8")).isEqualTo(new DetectedCharset(KOI8R, CharsetSource.META));
    }

    @Test
    void koi8rBytesLabelledWindows1251AreDetectedAsKoi8r() {
        byte[] payload = bytes("<meta charset=\"windows-1251\">", RUSSIAN, KOI8R);
        DetectedCharset detected = detect(payload, "text/html; charset=windows-1251");
        assertThat(detected).isEqualTo(new DetectedCharset(KOI8R, CharsetSource.DETECTED));
        assertDecodesRussian(payload, detected);
    }

    @Test
    void latin1ServerDefaultOverCyrillicPageIsOverruled() {
        byte[] payload = bytes("", RUSSIAN, CP1251);
        assertThat(detect(payload, "text/html; charset=ISO-8859-1").charset()).isEqualTo(CP1251);
    }

    @Test
    void legacyLabelOverValidUtf8IsOverruled() {
        byte[] payload = bytes("", RUSSIAN, StandardCharsets.UTF_8);
        DetectedCharset detected = detect(payload, "text/html; charset=windows-1251");
        assertThat(detected).isEqualTo(new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.DETECTED));
        assertDecodesRussian(payload, detected);
    }

    @Test
    void utf8PageWithAStrayLegacyByteKeepsItsDeclaredUtf8() {
        byte[] utf8 = bytes("", RUSSIAN, StandardCharsets.UTF_8);
        byte[] payload = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, payload, 0, utf8.length);
        payload[utf8.length] = (byte) 0xA9; // a Latin-1 copyright sign pasted into the footer
        assertThat(detect(payload, "text/html; charset=utf-8").source()).isEqualTo(CharsetSource.HTTP_HEADER);
    }

    @Test
    void frenchWindows1252PageWithoutDeclarationDecodes() {
        String french = "Le président de la République a présenté mercredi un projet de réforme très attendu. "
                + "Les élèves et les enseignants réagissent à l'annonce, qui prévoit des changements dès la rentrée.";
        byte[] payload = ("<html><body><p>" + french + "</p></body></html>").getBytes(Charset.forName("windows-1252"));
        DetectedCharset detected = detect(payload, null);
        assertThat(detected.source()).isEqualTo(CharsetSource.DETECTED);
        assertThat(CharsetDetector.decode(payload, payload.length, detected.charset())).contains(french);
    }

    @Test
    void asciiPageWithoutDeclarationIsUtf8ByDefault() {
        byte[] payload = "<html><body>Hello, world</body></html>".getBytes(StandardCharsets.US_ASCII);
        assertThat(detect(payload, "text/html")).isEqualTo(new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.DEFAULT));
    }

    @ParameterizedTest
    @CsvSource({
        "utf8, UTF-8",
        "UTF8, UTF-8",
        "win-1251, windows-1251",
        "cp1251, windows-1251",
        "x-cp1251, windows-1251",
        "latin1, windows-1252",
        "iso-8859-1, windows-1252",
        "us-ascii, windows-1252",
        "x-sjis, windows-31j",
        "Shift_JIS, windows-31j",
        "gb2312, GB18030",
        "GBK, GB18030",
        "big5, Big5-HKSCS",
        "euc-kr, x-windows-949",
        "koi8_r, KOI8-R",
    })
    void aliasLabelsMapLikeABrowser(String label, String expected) {
        assertThat(CharsetLabels.lookup(label)).contains(Charset.forName(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-user-defined", "garbage!!", "", "utf-8-please", "ebcdic-cp-us", "\"\"", "; charset="})
    void bogusDeclaredCharsetFallsThroughWithoutException(String label) {
        byte[] payload = bytes("<meta charset=\"" + label + "\">", RUSSIAN, CP1251);
        DetectedCharset detected = detect(payload, "text/html; charset=" + label);
        assertThat(detected).isEqualTo(new DetectedCharset(CP1251, CharsetSource.DETECTED));
    }

    @Test
    void metaDeclaringUtf16MeansUtf8() {
        byte[] payload = bytes("<meta charset=\"utf-16\">", RUSSIAN, StandardCharsets.UTF_8);
        assertThat(detect(payload, null)).isEqualTo(new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.META));
    }

    @Test
    void utf16HeaderOverAsciiCompatibleBytesIsOverruled() {
        byte[] payload = bytes("", RUSSIAN, CP1251);
        assertThat(detect(payload, "text/html; charset=utf-16").charset()).isEqualTo(CP1251);
    }

    @Test
    void lengthLimitsWhatIsLookedAt() {
        byte[] payload = bytes("", RUSSIAN, CP1251);
        byte[] padded = new byte[payload.length + 100];
        System.arraycopy(payload, 0, padded, 0, payload.length);
        assertThat(detector.detect(padded, payload.length, null).charset()).isEqualTo(CP1251);
        assertThat(detector.detect(null, 0, null).source()).isEqualTo(CharsetSource.DEFAULT);
        assertThat(detector.detect(new byte[0], 10, "text/html; charset=koi8-r").charset()).isEqualTo(KOI8R);
    }

    @Test
    void decodeReplacesMalformedInputInsteadOfThrowing() {
        byte[] bytes = {'a', (byte) 0xFF, 'b', (byte) 0xD0, 'z', 'z'};
        assertThat(CharsetDetector.decode(bytes, 5, StandardCharsets.UTF_8)).isEqualTo("a\uFFFDb\uFFFDz");
        assertThat(CharsetDetector.decode(bytes, 99, null)).isEqualTo("a\uFFFDb\uFFFDzz");
    }
}
