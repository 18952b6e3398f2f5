package io.storyline.embed;

import static io.storyline.embed.SentenceEncoder.cosine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.storyline.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoder on the real model that bin/models fetches (mvn verify runs it before the tests). */
class SentenceEncoderTest {
    private static final Path MODEL = SharedData.projectDir().resolve(".models/use-multilingual/model.onnx");
    private static final String ENGLISH = "The central bank raised interest rates by half a percentage point to fight inflation.";
    private static final List<String> TRANSLATIONS = List.of(
            "Die Zentralbank hat die Zinsen um einen halben Prozentpunkt erhöht, um die Inflation zu bekämpfen.",
            "Центральный банк повысил процентные ставки на полпроцентного пункта для борьбы с инфляцией.",
            "中央銀行はインフレに対抗するため、金利を0.5パーセントポイント引き上げた。");
    // Unrelated news in four languages; measured cosines with ENGLISH: 0.03, 0.01, 0.11, -0.01.
    private static final List<String> UNRELATED = List.of(
            "The home team won the football match after a penalty in the last minute.",
            "Heavy rain caused flooding in several villages in the north of the country.",
            "Die Regierung kündigte neue Steuern auf Tabak an.",
            "Землетрясение магнитудой 6 произошло у побережья Японии.");

    private static SentenceEncoder encoder;

    @BeforeAll
    static void open() {
        Assumptions.assumeTrue(Files.isRegularFile(MODEL),
                "no sentence encoder model at " + MODEL + ": run bin/models (mvn verify does) to run these tests");
        encoder = SentenceEncoder.open(MODEL, 1);
    }

    @AfterAll
    static void close() {
        if (encoder != null) {
            encoder.close();
        }
    }

    @Test
    void translationsAreCloseAndUnrelatedNewsIsFar() {
        // Measured: German 0.79, Russian 0.83, Japanese 0.60; unrelated at most 0.11 (0.21 between any two).
        float[] english = encoder.embed(List.of(ENGLISH))[0];
        float[][] translations = encoder.embed(TRANSLATIONS);
        float[][] unrelated = encoder.embed(UNRELATED);
        for (int i = 0; i < translations.length; i++) {
            assertThat(cosine(english, translations[i])).as(TRANSLATIONS.get(i)).isGreaterThan(0.5);
        }
        for (int i = 0; i < unrelated.length; i++) {
            assertThat(cosine(english, unrelated[i])).as(UNRELATED.get(i)).isLessThan(0.25);
        }
    }

    @Test
    void vectorsHaveUnitLengthAndTheModelsDimension() {
        assertThat(encoder.dimension()).isEqualTo(512);
        for (float[] v : encoder.embed(UNRELATED)) {
            assertThat(v).hasSize(512);
            assertThat(cosine(v, v)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void aTextAloneEqualsTheSameTextInABatchAndRunsRepeat() {
        float[] alone = encoder.embed(List.of(TRANSLATIONS.get(1)))[0];
        float[][] batch = encoder.embed(List.of(ENGLISH, TRANSLATIONS.get(1), UNRELATED.get(0) + " " + UNRELATED.get(1)));
        float[] again = encoder.embed(List.of(TRANSLATIONS.get(1)))[0];
        for (int d = 0; d < alone.length; d++) {
            assertThat(batch[1][d]).isCloseTo(alone[d], within(1e-5f));
        }
        assertThat(again).containsExactly(alone);
    }

    @Test
    void emptyAndNullTextsGetZeroVectorsAndLeaveTheOthersAlone() {
        float[][] v = encoder.embed(Arrays.asList("", null, ENGLISH, "  \n "));
        float[] english = encoder.embed(List.of(ENGLISH))[0];
        assertThat(v[0]).hasSize(512).containsOnly(0f);
        assertThat(v[1]).hasSize(512).containsOnly(0f);
        assertThat(v[3]).hasSize(512).containsOnly(0f);
        assertThat(cosine(v[2], english)).isCloseTo(1.0, within(1e-5));
        assertThat(encoder.embed(List.of())).isEmpty();
        assertThat(encoder.embed(Arrays.asList((String) null))[0]).containsOnly(0f);
    }

    @Test
    void sharedIsOneEncoderPerModelThatCallersCannotClose() {
        SentenceEncoder shared = SentenceEncoder.shared(MODEL, 1);
        assertThat(SentenceEncoder.shared(MODEL.getParent().resolve("../use-multilingual/model.onnx"), 1)).isSameAs(shared);
        shared.close();
        assertThat(shared.embed(List.of(ENGLISH))[0]).hasSize(512);
    }

    @Test
    void aMissingModelIsOneLineToLog(@TempDir Path tmp) {
        Path missing = tmp.resolve("none.onnx");
        String line = "stories: no sentence encoder model at " + missing + " (run bin/models); continuing without it";
        assertThat(SentenceEncoder.unavailable(missing)).contains(line);
        assertThat(SentenceEncoder.unavailable(MODEL)).isEmpty();
        assertThatThrownBy(() -> SentenceEncoder.open(missing, 1))
                .isInstanceOf(SentenceEncoder.ModelUnavailableException.class).hasMessage(line);
        assertThatThrownBy(() -> SentenceEncoder.shared(missing, 1))
                .isInstanceOf(SentenceEncoder.ModelUnavailableException.class).hasMessage(line);
    }

    @Test
    void aFileThatIsNotAGraphIsRefusedNamingIt(@TempDir Path tmp) throws Exception {
        Path junk = Files.writeString(tmp.resolve("junk.onnx"), "not a graph");
        assertThatThrownBy(() -> SentenceEncoder.open(junk, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot load the sentence encoder " + junk);
    }
}
