package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.storyline.SharedData;
import io.storyline.bench.LanguageEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link LanguageScorer} against Lingua's own detector in low-accuracy mode, the scores it reimplements. */
class LanguageScorerTest {

    private static final Set<Language> DEFAULT = LanguageIdentifier.toLanguages(LanguageIdentifier.DEFAULT_LANGUAGES);

    @Test
    void edgeCasesScoreAsLinguaDoes() {
        List<String> texts = List.of(
                "", "   ", "123 456", "!!! ???", "ab", "a b", "ok ok ok",
                "The Prime Minister said on Monday that the budget would be balanced by 2027.",
                "Die Bundesregierung hat am Montag beschlossen, die Straßenbrücke zu schließen.",
                "Le gouvernement a annoncé lundi une réforme des retraites très contestée.",
                "Rząd przyjął we wtorek projekt ustawy o zmianie źródeł finansowania szkół.",
                "Vláda ve středu schválila návrh zákona o řízení silničního provozu.",
                "Владимир Путин проведёт встречу в Москве с президентом Франции.",
                "Щороку тисячі українців їдуть на заробітки за кордон.",
                "Правителството на България прие днес новия закон за образованието.",
                "Hükümet salı günü yeni eğitim yasasını kabul etti, dedi bakanlık.",
                "政府は5日、新しい教育法案を閣議決定した。", "国务院总理周三在北京会见了来访的法国总统。",
                "정부는 화요일 새로운 교육법을 통과시켰다고 밝혔다.", "รัฐบาลประกาศมาตรการใหม่เมื่อวันจันทร์",
                "الحكومة أعلنت يوم الاثنين عن إجراءات جديدة لدعم الاقتصاد",
                "Η κυβέρνηση ανακοίνωσε νέα μέτρα τη Δευτέρα.",
                "Mixed: Москва and London, Berlin и Париж — 5 марта 2021 «цитата»",
                "İstanbul'da DİKKAT çeken gelişme\u00a0yaşandı\u00a0",
                "\uD835\uDC00\uD835\uDC01\uD835\uDC02 letters outside the basic plane \uD83D\uDE00 and an emoji",
                "l'économie française ‒ “quoted” – with ½ and Ⅻ and ٣ digits");
        for (String text : texts) {
            assertSameAsLingua(DEFAULT, text);
        }
    }

    @Test
    void otherLanguageSetsScoreAsLinguaDoes() {
        String ukrainian = "Що ж, ми ще побачимо, що буде далі з цими щоденними новинами.";
        assertSameAsLingua(Set.of(Language.UKRAINIAN, Language.RUSSIAN, Language.KAZAKH), ukrainian);
        assertSameAsLingua(Set.of(Language.ENGLISH, Language.GERMAN), "Die Straße ist lang and the road is long.");
        assertSameAsLingua(Set.of(Language.CHINESE, Language.JAPANESE, Language.ENGLISH), "政府は5日、新しい法案を決定した。");
    }

    @Test
    void theSamplesScoreAsLinguaDoes() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.samples("articles"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                assertSameAsLingua(DEFAULT, text);
                assertSameAsLingua(DEFAULT, LanguageIdentifier.head(text, LanguageIdentifier.QUICK_CHARS));
            }
        }
    }

    @Test
    void realNewsInFourteenLanguagesScoresAsLinguaDoes() {
        Path data = SharedData.require("data");
        List<String> texts = new ArrayList<>();
        for (LanguageEvaluation.Sample sample : LanguageEvaluation.samples(data)) {
            texts.add(LanguageIdentifier.head(sample.text(), LanguageIdentifier.DEFAULT_MAX_CHARS));
            texts.add(LanguageIdentifier.head(sample.text(), LanguageIdentifier.QUICK_CHARS));
        }
        assertThat(texts).hasSizeGreaterThan(5000);
        for (String text : texts) {
            assertSameAsLingua(DEFAULT, text);
        }
    }

    @Test
    void randomMixturesOfScriptsScoreAsLinguaDoes() {
        // Pieces of words in many scripts, digits, punctuation, odd spaces and lone or paired surrogates, joined at
        // random: the rules' corners (equal alphabet counts, unique characters, logograms inside words).
        String[] pieces = {"the", "und", "straße", "été", "łódź", "řeka", "şehir", "ığ", "москва", "її", "ђак", "ќе",
            "ёлка", "東京", "です", "カタカナ", "한국어", "ภาษา", "العربية", "ελλάδα", "ß", "ç", "ñ", "ø", "1,5", "42",
            "—", "«", "»", "!", "?", ".", "\u00a0", "\t", "\n", "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "ǅ", "ⅻ", "_"};
        java.util.Random random = new java.util.Random(20261206);
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int k = 0; k < n; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            assertSameAsLingua(DEFAULT, text.toString());
        }
    }

    @Test
    void scorerIsBuiltOncePerLanguageSetAndShared() {
        var a = LanguageScorer.forLanguages(LanguageIdentifier.toLanguages(List.of("en", "ru", "bg")));
        var b = LanguageScorer.forLanguages(LanguageIdentifier.toLanguages(List.of("bg", "en", "ru", "ru")));
        var c = LanguageScorer.forLanguages(LanguageIdentifier.toLanguages(List.of("en", "ru")));
        assertThat(a).isSameAs(b).isNotSameAs(c);
    }

    private static void assertSameAsLingua(Set<Language> languages, String text) {
        SortedMap<Language, Double> expected = lingua(languages).computeLanguageConfidenceValues(text);
        LanguageScorer.Scores actual = LanguageScorer.forLanguages(languages).score(text);
        assertThat(actual.size()).as("languages scored for %s", text).isEqualTo(expected.size());
        int rank = 0;
        for (Map.Entry<Language, Double> e : expected.entrySet()) {
            // Lingua sums in float; a language may swap places with one whose confidence is equal to six digits.
            double value = actual.confidences()[rank];
            assertThat(value).as("confidence at rank %d for %s", rank, text).isCloseTo(e.getValue(),
                    org.assertj.core.data.Offset.offset(1e-5));
            if (Math.abs(rank + 1 < actual.size() ? value - actual.confidences()[rank + 1] : 1) > 1e-5
                    && (rank == 0 || Math.abs(value - actual.confidences()[rank - 1]) > 1e-5)) {
                assertThat(actual.ranked()[rank]).as("language at rank %d for %s", rank, text).isEqualTo(e.getKey());
            }
            rank++;
        }
    }

    private static final Map<Set<Language>, LanguageDetector> LINGUA = new java.util.concurrent.ConcurrentHashMap<>();

    private static LanguageDetector lingua(Set<Language> languages) {
        return LINGUA.computeIfAbsent(languages, key -> LanguageDetectorBuilder
                .fromLanguages(key.toArray(Language[]::new)).withLowAccuracyMode().build());
    }
}
