package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.SharedData;
import io.storyline.text.LanguageIdentifier.Identification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void seedsAreRussianBulgarianAndEnglish() throws IOException {
        Path seeds = SharedData.require("seeds");
        Map<String, String> expected = Map.of("000", "ru", "001", "ru", "002", "bg", "003", "en", "004", "en");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.toList()) {
                String prefix = file.getFileName().toString().substring(0, 3);
                Identification id = identifier.identify(Files.readString(file));
                assertThat(id.lang()).as(file.getFileName().toString()).isEqualTo(expected.get(prefix));
                assertThat(id.confidence()).isBetween(0.1, 1.0);
            }
        }
    }

    @Test
    void entitiesDevSampleIsIdentifiedPerLanguage() throws IOException {
        // A few files per language of ../shared/data/entities-dev; the full measurement is
        // `storyline eval language` (LanguageEvaluation).
        Path raw = SharedData.require("data/entities-dev/raw/brexit");
        for (String lang : List.of("bg", "cs", "pl", "ru", "sl", "uk")) {
            try (Stream<Path> files = Files.list(raw.resolve(lang))) {
                for (Path file : files.sorted().limit(5).toList()) {
                    assertThat(identifier.identify(Files.readString(file)).lang()).as(file.toString()).isEqualTo(lang);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Щороку тисячі українців їдуть на заробітки за кордон, а уряд обіцяє змінити це.
            uk | Що ж, ми ще побачимо, що буде далі з цими щоденними новинами.
            ru | Президент России Владимир Путин проведет встречу в Москве с президентом Франции.
            bg | Правителството на България прие днес новия закон за образованието, съобщи министерството.
            mk | Владата на Северна Македонија денеска го усвои новиот закон за образование, соопшти министерството.
            sr | Влада Србије је данас усвојила нови закон о образовању, саопштило је министарство.
            de | Die Bundesregierung hat am Dienstag ein neues Gesetz zur Bildung beschlossen.
            fr | Le gouvernement français a adopté mardi une nouvelle loi sur l'éducation.
            es | El gobierno español aprobó el martes una nueva ley de educación.
            it | Il governo italiano ha approvato martedì una nuova legge sull'istruzione.
            pl | Rząd przyjął we wtorek nową ustawę o edukacji, poinformowało ministerstwo.
            cs | Vláda v úterý schválila nový zákon o vzdělávání, oznámilo ministerstvo.
            tr | Hükümet salı günü eğitimle ilgili yeni bir yasayı kabul etti.
            ar | وافقت الحكومة يوم الثلاثاء على قانون جديد للتعليم.
            zh | 政府周二通过了一项新的教育法，教育部表示。
            ja | 政府は火曜日に新しい教育法を可決したと文部科学省が発表した。
            ko | 정부는 화요일 새로운 교육법을 통과시켰다고 교육부가 밝혔다.
            th | รัฐบาลได้อนุมัติกฎหมายการศึกษาฉบับใหม่เมื่อวันอังคาร กระทรวงศึกษาธิการแถลง
            """)
    void newsSentenceIsIdentified(String lang, String sentence) {
        assertThat(identifier.identify(sentence).lang()).isEqualTo(lang);
    }

    @Test
    void aNarrowHeadThatFunctionWordsConfirmSettlesTheText() {
        LanguageIdentifier asIngest = new LanguageIdentifier(LanguageIdentifier.DEFAULT_LANGUAGES,
                new LanguageIdentifier.Settings(500, 20, 0.05));
        String english = "Shares in the company fell by more than a third after it told investors that its profits for the "
                + "year would be lower than expected, blaming the cost of raw materials and a weaker demand in its main markets. ";
        String text = english.repeat(4);
        // The head on its own (a text no longer than the head is read whole) has a margin below the quick one.
        Identification head = asIngest.identify(LanguageIdentifier.head(text, LanguageIdentifier.QUICK_CHARS));
        assertThat(head.lang()).isEqualTo("en");
        assertThat(head.confidence()).isBetween(LanguageIdentifier.CONFIRMED_MARGIN, LanguageIdentifier.QUICK_MARGIN);
        // Its function words confirm it, so the text stops there: the confidence is the head's.
        assertThat(asIngest.identify(text)).isEqualTo(head);
        // Polish has no list of function words: a head as narrow is read on to the full sample.
        String polish = "rada miasta poinformowała we wtorek, że nowy most zostanie otwarty dla ruchu dopiero wiosną "
                + "przyszłego roku, dwa lata później niż planowano, ponieważ stal trzeba było zamówić ponownie. ";
        String polishText = polish.repeat(4);
        Identification polishHead = asIngest.identify(LanguageIdentifier.head(polishText, LanguageIdentifier.QUICK_CHARS));
        Identification polishWhole = asIngest.identify(polishText);
        assertThat(polishWhole.lang()).isEqualTo("pl");
        if (polishHead.confidence() < LanguageIdentifier.QUICK_MARGIN) {
            assertThat(polishWhole.confidence()).isNotEqualTo(polishHead.confidence());
        }
    }

    @Test
    void aClearHeadSettlesTheTextAndAnUndecidedOneIsReadOnToTheFullSample() {
        LanguageIdentifier asIngest = new LanguageIdentifier(LanguageIdentifier.DEFAULT_LANGUAGES,
                new LanguageIdentifier.Settings(500, 20, 0.05));
        String polish = "Rada miasta poinformowała we wtorek, że nowy most zostanie otwarty dla ruchu dopiero wiosną "
                + "przyszłego roku, dwa lata później niż planowano, ponieważ stal trzeba było zamówić ponownie. ";
        String german = "Der Stadtrat teilte am Dienstag mit, dass die neue Brücke erst im kommenden Frühjahr für den "
                + "Verkehr freigegeben werde, zwei Jahre später als geplant, weil der Stahl neu bestellt werden musste. ";
        // The head alone decides when its margin is wide: the 500 characters are mostly German.
        LanguageIdentifier.Identification clear = asIngest.identify(polish + german.repeat(4));
        assertThat(clear.lang()).isEqualTo("pl");
        assertThat(clear.confidence()).isGreaterThanOrEqualTo(LanguageIdentifier.QUICK_MARGIN);
        // A head of scores has too few letters to decide on: the full sample does.
        String narrow = "2:1, 3:0, 1:1, 0:2, 4:1, 2:2, 1:0, 3:3, 0:0, 2:1, 5:0, 1:2, 3:1, 0:1, 2:0, 4:4, 1:3, 3:2, 0:3, 2:4, ".repeat(2)
                + "Tabelle. ";
        assertThat(narrow.length()).isGreaterThan(LanguageIdentifier.QUICK_CHARS);
        assertThat(asIngest.identify(narrow + german.repeat(4)).lang()).isEqualTo("de");
    }

    @Test
    void ukrainianWithShchaIsUkrainianBecauseKazakhIsNotInTheDefaultSet() {
        assertThat(LanguageIdentifier.DEFAULT_LANGUAGES).doesNotContain("kk");
        assertThat(identifier.identify("Щороку тисячі українців їдуть на заробітки за кордон.").lang()).isEqualTo("uk");
    }

    @Test
    void kazakhInTheSetStillStealsUkrainianWithShcha() {
        // Pins the Lingua 1.2.2 bug that keeps Kazakh out of the default set; when an upgrade fixes it, this
        // fails, and Kazakh can be considered again.
        LanguageIdentifier withKazakh = new LanguageIdentifier(List.of("uk", "ru", "kk"));
        assertThat(withKazakh.identify("Щороку тисячі українців їдуть на заробітки за кордон.").lang()).isEqualTo("kk");
    }

    @Test
    void serbianInLatinScriptIsNotReadAsSerbian() {
        // Observed: Lingua's Serbian model is Cyrillic; Latin-script Serbian goes to Slovene. Pinned so that
        // a change shows up.
        Identification id = identifier.identify(
                "Predsednik Srbije Aleksandar Vučić izjavio je danas u Beogradu da će Srbija nastaviti razgovore sa Evropskom unijom.");
        assertThat(id.lang()).isEqualTo("sl");
    }

    @Test
    void englishReportFullOfGermanAndBulgarianNamesIsEnglish() {
        // Read as ingest reads (500 characters), this lead was undecided (margin 0.0496) while names counted.
        LanguageIdentifier asIngest = new LanguageIdentifier(LanguageIdentifier.DEFAULT_LANGUAGES,
                new LanguageIdentifier.Settings(500, 20, 0.05));
        String report = """
                Bulgargaz, Siemens Energy and Wintershall Dea sign Varna deal

                Siemens Energy chief Christian Bruch met Bulgargaz director Vladimir Malinov, Bulgartransgaz head \
                Vladimir Malinov and Energy Minister Rumen Radev in Sofia on Tuesday. Bruch, Malinov and Radev agreed \
                that Siemens Gamesa, Bulgartransgaz, Kozloduy NPP, Uniper, Wintershall Dea and Dimitar Kovachev's \
                Petrol AD would share the Varna terminal. Deutsche Bank, Commerzbank and Fibank arranged the loan; \
                Hristo Ivanov of Obedineni Balgarski Banki, Stefan Petrov of DSK Bank and Jürgen Schäfer of KfW \
                Frankfurt signed for the lenders. Rosen Zhelyazkov, Kiril Petkov and Olaf Scholz sent Boyko \
                Borissov and Friedrich Merz a joint letter.
                """;
        Identification id = asIngest.identify(report);
        assertThat(id.lang()).isEqualTo("en");
        assertThat(id.confidence()).isGreaterThan(0.08);
    }

    @Test
    void namesAreWordsWithACapitalThatDoNotOpenASentenceOrLine() {
        assertThat(LanguageIdentifier.withoutNames("Siemens met Bulgargaz in Sofia. They agreed.\nNew line, new Deal"))
                .isEqualTo("Siemens met in They agreed. New line, new");
        assertThat(LanguageIdentifier.withoutNames("政府は火曜日に可決した。")).isEqualTo("政府は火曜日に可決した。");
        assertThat(LanguageIdentifier.withoutNames("  ")).isEmpty();
    }

    @Test
    void tooShortLetterlessOrNullTextIsUndetermined() {
        assertThat(identifier.identify(null)).isEqualTo(new Identification("und", 0));
        assertThat(identifier.identify("")).isEqualTo(new Identification("und", 0));
        assertThat(identifier.identify("12:45 — 26.11.2015 | 1 2 3 4 5 6 7 8 9 10 11 12")).isEqualTo(new Identification("und", 0));
        assertThat(identifier.identify("Путин").lang()).isEqualTo("und");
    }

    @Test
    void ambiguousTextIsUndeterminedWithItsLowConfidence() {
        Identification id = identifier.identify("ok ok ok ok ok ok ok ok ok ok ok ok ok");
        assertThat(id.lang()).isEqualTo("und");
        assertThat(id.confidence()).isLessThan(LanguageIdentifier.DEFAULT_MIN_CONFIDENCE);
    }

    @Test
    void onlyTheFirstMaxCharsAreRead() {
        LanguageIdentifier firstHundred = new LanguageIdentifier(List.of("en", "ru"),
                new LanguageIdentifier.Settings(100, 20, 0.05));
        String english = "The two presidents agreed to coordinate military action against terrorists in Syria. ";
        String russian = "Президенты договорились координировать действия военных в Сирии. ".repeat(20);
        assertThat(firstHundred.identify(english + russian).lang()).isEqualTo("en");
        assertThat(LanguageIdentifier.head("aaaa bbbb cccc", 11)).isEqualTo("aaaa bbbb");
    }

    @Test
    void unknownCodesAreRejectedWithTheirNames() {
        assertThatThrownBy(() -> new LanguageIdentifier(List.of("en", "xx", "russian")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[xx, russian]").hasMessageContaining("ISO 639-1");
        assertThatThrownBy(() -> new LanguageIdentifier(List.of("en")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer than two");
        assertThatThrownBy(() -> new LanguageIdentifier(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreCaseAndSpaceTolerant() {
        assertThat(new LanguageIdentifier(List.of(" EN", "Ru ")).languages()).containsExactlyInAnyOrder("en", "ru");
    }

    @Test
    void oneIdentifierGivesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.of(
                "Президент России Владимир Путин проведет встречу в Москве с президентом Франции.",
                "Правителството на България прие днес новия закон за образованието, съобщи министерството.",
                "The two presidents agreed to coordinate military action against terrorists in Syria.",
                "Щороку тисячі українців їдуть на заробітки за кордон, а уряд обіцяє змінити це.");
        List<String> expected = texts.stream().map(t -> identifier.identify(t).lang()).toList();
        assertThat(expected).containsExactly("ru", "bg", "en", "uk");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<String> langs = new java.util.ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        langs.addAll(texts.stream().map(x -> identifier.identify(x).lang()).toList());
                    }
                    return langs;
                }));
            }
            for (Future<List<String>> result : results) {
                List<String> langs = result.get();
                for (int i = 0; i < langs.size(); i++) {
                    assertThat(langs.get(i)).isEqualTo(expected.get(i % expected.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
