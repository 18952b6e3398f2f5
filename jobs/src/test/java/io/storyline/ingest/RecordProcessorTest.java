package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import io.storyline.config.Settings;
import io.storyline.ingest.read.ReadContext;
import io.storyline.ingest.read.WarcRecordReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RecordProcessorTest {
    private static final Settings.Ingest SETTINGS = Settings.load().ingest();
    private static final Instant CRAWLED = Instant.parse("2026-11-20T10:00:00Z");
    private static final String ARTICLE = "<html><head><title>Снегопад в Москве | Вестник</title></head><body>"
            + "<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav><article><h1>Снегопад в Москве</h1>"
            + "<p>Москва пережила самый сильный снегопад за последние десять лет: за сутки выпало около сорока сантиметров снега, "
            + "сообщили в городской службе погоды.</p><p>Аэропорты Шереметьево и Внуково задержали более ста рейсов, "
            + "а мэрия вывела на улицы двенадцать тысяч единиц снегоуборочной техники.</p>"
            + "<p>Синоптики ожидают, что снег будет идти ещё два дня, а температура опустится до минус пятнадцати градусов.</p>"
            + "</article><footer>© Вестник дня, все права защищены</footer></body></html>";

    private final RecordProcessor processor = new RecordProcessor(SETTINGS);

    private static RawRecord.HttpCapture http(int status, Map<String, String> headers, byte[] payload) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(), List.of(v)));
        return new RawRecord.HttpCapture(new Provenance("crawl.warc.gz", 42, "<urn:uuid:1>"),
                "https://www.vestnik-dnya.ru/moskva/snegopad?utm_source=tw", CRAWLED, status, lower, payload);
    }

    @Test
    void thePublishersDayAndTheDatesEvidenceReachTheDocument() {
        String html = ARTICLE.replace("<head>", "<head><meta property='article:published_time' content='2026-11-20T01:30:00+05:30'>");
        Processed page = processor.process(http(200, Map.of("Content-Type", "text/html"), html.getBytes(StandardCharsets.UTF_8)));
        Document d = (Document) new DocumentFinisher(SETTINGS).finish((ExtractedArticle) page, null);
        assertThat(d.publishedAt()).isEqualTo(Instant.parse("2026-11-19T20:00:00Z"));
        assertThat(d.publishedDate()).as("the publisher's day, not UTC's").isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(d.publishedSource()).isEqualTo("meta");
        assertThat(d.publishedConfidence()).isBetween(0.5, 1.0);

        Processed given = processor.process(new RawRecord.HtmlCapture(new Provenance("x.jsonl", 0, "line:1"),
                "https://www.vestnik-dnya.ru/a", CRAWLED, ARTICLE, null, java.time.OffsetDateTime.parse("2026-11-20T01:30:00+05:30"), null));
        Document g = (Document) new DocumentFinisher(SETTINGS).finish((ExtractedArticle) given, null);
        assertThat(g.publishedDate()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(g.publishedSource()).isEqualTo("input");
        assertThat(g.publishedConfidence()).as("stated by the input: not measured").isNull();
    }

    @Test
    void aRecordWhoseProcessingFailsBecomesABadRecordAndARejectPassesThrough() {
        // A record no reader makes (no header map): processing it throws, as a parser bug would.
        RawRecord.HttpCapture broken = new RawRecord.HttpCapture(new Provenance("crawl.warc.gz", 42, "<urn:uuid:1>"),
                "https://example.com/a", CRAWLED, 200, null, new byte[10]);
        Processed out = processor.outcome(broken);
        assertThat(out).isInstanceOf(Reject.class);
        assertThat(((Reject) out).reason()).isEqualTo(RejectReason.BAD_RECORD);
        assertThat(((Reject) out).detail()).startsWith("processing failed: NullPointerException");
        assertThat(((Reject) out).provenance().recordId()).isEqualTo("<urn:uuid:1>");

        Reject unreadable = new Reject(new Provenance("crawl.warc.gz", 0, null), null, RejectReason.UNREADABLE, "x");
        assertThat(processor.outcome(unreadable)).isSameAs(unreadable);
        assertThat(processor.outcome(http(200, Map.of("Content-Type", "text/html"), ARTICLE.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ExtractedArticle.class);
    }

    @Test
    void rawRecordsSurviveSerialisationAsTheyAreSpreadOverCores() throws Exception {
        RawRecord.HttpCapture record = http(200, Map.of("Content-Type", "text/html"), ARTICLE.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(record);
        }
        RawRecord.HttpCapture copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (RawRecord.HttpCapture) in.readObject();
        }
        assertThat(copy.payload()).isEqualTo(record.payload());
        assertThat(processor.process(copy)).isEqualTo(processor.process(record));
    }

    @Test
    void non200StatusIsRejectedWithTheStatus() {
        Processed out = processor.process(http(404, Map.of("Content-Type", "text/html"), new byte[0]));
        assertThat(out).isEqualTo(new Reject(new Provenance("crawl.warc.gz", 42, "<urn:uuid:1>"),
                "https://www.vestnik-dnya.ru/moskva/snegopad?utm_source=tw", RejectReason.HTTP_STATUS, "404"));
    }

    @Test
    void pdfServedAsHtmlIsNotHtml() {
        Processed out = processor.process(http(200, Map.of("Content-Type", "text/html"),
                "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(out).isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.NOT_HTML);
            assertThat(r.detail()).containsIgnoringCase("pdf");
        });
    }

    @Test
    void windows1251PageWithOnlyAMetaDeclarationDecodes() {
        String html = ARTICLE.replace("<head>", "<head><meta charset=\"windows-1251\">");
        Processed out = processor.process(http(200, Map.of("Content-Type", "text/html"),
                html.getBytes(Charset.forName("windows-1251"))));
        assertThat(out).isInstanceOfSatisfying(ExtractedArticle.class, a -> {
            assertThat(a.text()).contains("самый сильный снегопад").doesNotContain("Главная").doesNotContain("права защищены");
            assertThat(a.title()).isEqualTo("Снегопад в Москве");
            assertThat(a.canonicalUrl()).isEqualTo("https://www.vestnik-dnya.ru/moskva/snegopad");
            assertThat(a.source()).isEqualTo("vestnik-dnya.ru");
            assertThat(a.host()).isEqualTo("www.vestnik-dnya.ru");
            assertThat(a.plainText()).isFalse();
        });
    }

    @Test
    void gzipContentEncodingIsDecodedAndABombIsStopped() throws IOException {
        Processed out = processor.process(http(200,
                Map.of("Content-Type", "text/html; charset=utf-8", "Content-Encoding", "gzip"),
                gzip(ARTICLE.getBytes(StandardCharsets.UTF_8))));
        assertThat(out).isInstanceOfSatisfying(ExtractedArticle.class, a -> assertThat(a.text()).contains("Шереметьево"));

        byte[] bomb = gzip(new byte[(int) SETTINGS.maxInflatedBytes() + 1024]);
        Processed rejected = processor.process(http(200, Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"), bomb));
        assertThat(rejected).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reason()).isEqualTo(RejectReason.DECOMPRESSION_LIMIT));
    }

    @Test
    void crawlerRenamedEncodingHeaderMeansThePayloadIsAlreadyDecoded() {
        // CC-NEWS after 2019-05 keeps the original header as X-Crawler-Content-Encoding over a decoded payload.
        Processed out = processor.process(http(200,
                Map.of("Content-Type", "text/html; charset=utf-8", "X-Crawler-Content-Encoding", "gzip"),
                ARTICLE.getBytes(StandardCharsets.UTF_8)));
        assertThat(out).isInstanceOf(ExtractedArticle.class);
    }

    @Test
    void plainTextLosesItsChromeLines() {
        String wet = "Снегопад в Москве\nНа сайте используются cookies. Продолжая использовать сайт, вы принимаете условия\n"
                + "Москва пережила самый сильный снегопад за последние десять лет, сообщили в городской службе погоды.\n";
        Processed out = processor.process(new RawRecord.TextCapture(new Provenance("x.wet", 0, null),
                "https://www.vestnik-dnya.ru/moskva/snegopad", CRAWLED, wet, null, null, null));
        assertThat(out).isInstanceOfSatisfying(ExtractedArticle.class, a -> {
            assertThat(a.title()).isEqualTo("Снегопад в Москве");
            assertThat(a.text()).contains("самый сильный снегопад").doesNotContain("cookies");
            assertThat(a.plainText()).isTrue();
        });
    }

    @Test
    void aCommonCrawlWetRecordGetsItsPageTitleAndTheArticleStaysItsText() throws IOException {
        // The whirlwind record (CC-MAIN-2024-22): "Escopete - Biquipedia, a enciclopedia libre", then the menu.
        Path wet = SharedData.require("data/warc-samples/whirlwind.warc.wet");
        List<Processed> out = new ArrayList<>();
        try (WarcRecordReader reader = new WarcRecordReader(FileChannel.open(wet), new ReadContext(wet.toString(), 1 << 20, CRAWLED))) {
            for (Optional<ReadResult> next = reader.next(); next.isPresent(); next = reader.next()) {
                out.add(processor.outcome(next.get()));
            }
        }
        assertThat(out).filteredOn(p -> p instanceof ExtractedArticle).singleElement()
                .isInstanceOfSatisfying(ExtractedArticle.class, a -> {
                    assertThat(a.title()).isEqualTo("Escopete");
                    assertThat(a.text()).doesNotContain("enciclopedia libre", "Menú principal").contains("Escopete ye un municipio");
                });
    }

    // WET-like plain text: the page title first, menu and share prompts around the body.
    private static final String JA_WET = "日銀、政策金利を0.5%に引き上げ\nホーム | 経済 | 政治 | 国際\nログイン\n"
            + "日本銀行は24日、金融政策決定会合で短期の政策金利を0.25%から0.5%に引き上げることを決めた。利上げは昨年7月以来で、政策金利は約17年ぶりの高い水準となる。\n"
            + "植田和男総裁は会合後の記者会見で、賃金と物価がともに上昇する好循環が強まっているとの認識を示し、今後も経済や物価の情勢に応じて金利を引き上げていく考えを明らかにした。\n"
            + "市場では利上げをほぼ織り込んでいたため、発表直後の円相場の動きは限定的だった。東京株式市場の日経平均株価は小幅に値上がりして取引を終えた。\n"
            + "「シェア」\nこの記事をシェアする\n";
    // A JSON Lines record's text field with its own title.
    private static final String ZH_TEXT = "首页\n登录\n"
            + "国家统计局16日发布数据显示，今年一季度国内生产总值同比增长5.3%，增速比去年四季度加快0.1个百分点，经济运行实现良好开局。\n\n"
            + "分行业看，工业生产稳步回升，规模以上工业增加值同比增长6.1%；服务业保持较快增长，信息传输、软件和信息技术服务业增加值增长13.7%。\n\n"
            + "国家统计局新闻发言人表示，当前外部环境依然复杂严峻，国内有效需求仍显不足，下一阶段要继续加大宏观政策调控力度，巩固和增强经济回升向好态势。\n"
            + "分享到：微信 微博 QQ空间\n";

    private static final String KO_WET = "한국은행, 기준금리 3.0%로 인하\n홈 | 경제 | 정치 | 국제\n로그인\n"
            + "한국은행 금융통화위원회는 28일 통화정책방향 회의를 열고 기준금리를 연 3.25%에서 3.0%로 0.25%포인트 내렸다. 두 차례 연속 인하는 금융위기 이후 처음이다.\n"
            + "이창용 총재는 기자간담회에서 내수 회복이 예상보다 더디고 수출 증가세도 둔화하고 있다며 경기 하방 위험이 커졌다고 설명했다. 그는 물가 상승률이 목표 수준에서 안정되고 있어 금리를 내릴 여지가 생겼다고 말했다.\n"
            + "시장에서는 내년 상반기 중 추가 인하 가능성이 높다는 전망이 나왔다. 원·달러 환율은 발표 직후 소폭 상승했고, 국고채 금리는 하락했다.\n"
            + "공유하기\n댓글\n";
    private static final String TH_TEXT = "หน้าแรก\nเข้าสู่ระบบ\n"
            + "คณะกรรมการนโยบายการเงินมีมติเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.25 ต่อปี โดยประเมินว่าเศรษฐกิจไทยในปีนี้มีแนวโน้มขยายตัวได้ตามที่คาดไว้ จากการท่องเที่ยวและการส่งออกที่ฟื้นตัวอย่างต่อเนื่อง\n\n"
            + "เลขานุการคณะกรรมการกล่าวว่าอัตราเงินเฟ้อทั่วไปคาดว่าจะกลับเข้าสู่กรอบเป้าหมายภายในปีหน้า แต่ยังต้องติดตามความเสี่ยงจากเศรษฐกิจโลกและความไม่แน่นอนของนโยบายการค้าของประเทศเศรษฐกิจหลักอย่างใกล้ชิด\n\n"
            + "แชร์\n";

    @Test
    void japaneseAndChinesePlainTextBecomeDocumentsInTheirLanguage() {
        DocumentFinisher finisher = new DocumentFinisher(SETTINGS);
        Processed ja = processor.process(new RawRecord.TextCapture(new Provenance("x.wet", 0, null),
                "https://www.keizai-example.jp/news/boj-rate", CRAWLED, JA_WET, null, null, null));
        Processed zh = processor.process(new RawRecord.TextCapture(new Provenance("x.jsonl", 1, null),
                "https://www.jingji-example.cn/2026/gdp.html", CRAWLED, ZH_TEXT, "一季度国内生产总值同比增长5.3%", null, null));
        assertThat(ja).isInstanceOfSatisfying(ExtractedArticle.class, a -> {
            assertThat(a.title()).isEqualTo("日銀、政策金利を0.5%に引き上げ");
            assertThat(a.text()).contains("植田和男総裁").doesNotContain("ログイン", "シェア");
            assertThat(finisher.finish(a, null)).isInstanceOfSatisfying(Document.class, d -> {
                assertThat(d.lang()).isEqualTo("ja");
                assertThat(d.wordCount()).isGreaterThanOrEqualTo(SETTINGS.minWords());
            });
        });
        assertThat(zh).isInstanceOfSatisfying(ExtractedArticle.class, a -> {
            assertThat(a.text()).startsWith("国家统计局16日").doesNotContain("首页", "分享到");
            assertThat(finisher.finish(a, null)).isInstanceOfSatisfying(Document.class, d -> {
                assertThat(d.lang()).isEqualTo("zh");
                assertThat(d.wordCount()).isGreaterThanOrEqualTo(SETTINGS.minWords());
            });
        });
    }

    @Test
    void koreanAndThaiPlainTextBecomeDocumentsInTheirLanguage() {
        DocumentFinisher finisher = new DocumentFinisher(SETTINGS);
        Processed ko = processor.process(new RawRecord.TextCapture(new Provenance("x.wet", 0, null),
                "https://www.gyeongje-example.kr/news/rate", CRAWLED, KO_WET, null, null, null));
        Processed th = processor.process(new RawRecord.TextCapture(new Provenance("x.jsonl", 1, null),
                "https://www.setthakit-example.co.th/news/rate", CRAWLED, TH_TEXT, "กนง.คงดอกเบี้ยนโยบาย", null, null));
        assertThat(ko).isInstanceOfSatisfying(ExtractedArticle.class, a -> {
            assertThat(a.title()).isEqualTo("한국은행, 기준금리 3.0%로 인하");
            assertThat(a.text()).contains("이창용 총재는", "국고채 금리는 하락했다.").doesNotContain("로그인", "공유하기", "댓글");
            assertThat(finisher.finish(a, null)).isInstanceOfSatisfying(Document.class, d -> {
                assertThat(d.lang()).isEqualTo("ko");
                assertThat(d.wordCount()).isGreaterThanOrEqualTo(SETTINGS.minWords());
            });
        });
        assertThat(th).isInstanceOfSatisfying(ExtractedArticle.class, a -> {
            assertThat(a.text()).startsWith("คณะกรรมการนโยบายการเงิน").endsWith("อย่างใกล้ชิด")
                    .doesNotContain("หน้าแรก", "แชร์");
            assertThat(finisher.finish(a, null)).isInstanceOfSatisfying(Document.class, d -> {
                assertThat(d.lang()).isEqualTo("th");
                assertThat(d.wordCount()).isGreaterThanOrEqualTo(SETTINGS.minWords());
            });
        });
    }

    @Test
    void aPlainTextLineWithAHugeRunOfBlanksIsReadInLinearTime() {
        // A menu-like line whose two words stand 400,000 blanks apart: a separator pattern with \\s* around it
        // rescanned the run from every position (minutes); the record must become a document in a moment.
        String article = "Москва пережила самый сильный снегопад за последние десять лет, сообщили в городской службе погоды. "
                + "Аэропорты Шереметьево и Внуково задержали более ста рейсов, а мэрия вывела на улицы технику.\n"
                + "Синоптики ожидают, что снег будет идти ещё два дня, а температура опустится до минус пятнадцати градусов.\n";
        for (String blanks : List.of(" ", "\t", " \t")) {
            String wet = "Снегопад в Москве\nГлавная" + blanks.repeat(400_000 / blanks.length()) + "Новости\n" + article;
            Finished out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () ->
                    new DocumentFinisher(SETTINGS).finish((ExtractedArticle) processor.process(new RawRecord.TextCapture(
                            new Provenance("x.wet", 0, null), "https://www.vestnik-dnya.ru/moskva/snegopad", CRAWLED, wet,
                            null, null, null)), null));
            assertThat(out).isInstanceOfSatisfying(Document.class, d -> assertThat(d.text()).contains("Шереметьево"));
        }
    }

    @Test
    void finisherGivesStableIdsAndRejectsShortTexts() {
        ExtractedArticle article = (ExtractedArticle) processor.process(http(200,
                Map.of("Content-Type", "text/html; charset=utf-8"), ARTICLE.getBytes(StandardCharsets.UTF_8)));
        DocumentFinisher finisher = new DocumentFinisher(SETTINGS);
        Document first = (Document) finisher.finish(article, null);
        Document again = (Document) finisher.finish(article, null);
        assertThat(first.docId()).isEqualTo(again.docId()).hasSize(16)
                .isEqualTo(DocumentFinisher.docId(first.canonicalUrl(), first.contentHash()));
        assertThat(first.lang()).isEqualTo("ru");
        assertThat(first.eventTime()).isEqualTo(CRAWLED);
        assertThat(first.crawlDate()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(first.wordCount()).isGreaterThan(40);

        Finished tooShort = finisher.finish(article.withText("Москва пережила снегопад."), LocalDate.parse("2026-11-21"));
        assertThat(tooShort).isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.TOO_SHORT);
            assertThat(r.detail()).startsWith("3 words");
        });
        assertThat(finisher.finish(article.withText("  \n "), null)).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reason()).isEqualTo(RejectReason.EMPTY));
        // A failure in the last checks rejects that article alone (here: no crawl time, so no crawl day).
        ExtractedArticle undated = new ExtractedArticle(article.provenance(), article.url(), article.canonicalUrl(), article.host(),
                article.source(), article.title(), article.text(), null, null, false);
        assertThat(finisher.finish(undated, null)).isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.BAD_RECORD);
            assertThat(r.detail()).startsWith("finishing failed: ");
        });
    }

    @Test
    void aConsentWallIsRejectedWithItsKindAndAnArticleAroundABannerIsKept() {
        ExtractedArticle article = (ExtractedArticle) processor.process(http(200,
                Map.of("Content-Type", "text/html; charset=utf-8"), ARTICLE.getBytes(StandardCharsets.UTF_8)));
        DocumentFinisher finisher = new DocumentFinisher(SETTINGS);
        String banner = "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь "
                + "с обработкой персональных данных и с нашей политикой конфиденциальности. Подробнее о том, как мы используем "
                + "cookie и какие данные собирают наши партнёры, читайте в разделе о файлах cookie.";
        assertThat(finisher.finish(article.withText("Снегопад в Москве\n" + banner), null)).isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.ACCESS_WALL);
            assertThat(r.detail()).startsWith("consent wall: ").contains("«Мы используем файлы cookie");
        });
        assertThat(finisher.finish(article.withText(article.text() + "\n" + banner), null)).isInstanceOf(Document.class);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
