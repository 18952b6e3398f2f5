package io.storyline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path tmp;

    @AfterEach
    void clearOverrides() {
        System.clearProperty("storyline.ingest.min-words");
        com.typesafe.config.ConfigFactory.invalidateCaches();
    }

    private File conf(String hocon) throws IOException {
        Path file = tmp.resolve("user.conf");
        Files.writeString(file, hocon);
        return file.toFile();
    }

    @Test
    void defaultsComeFromTheShippedConfFile() {
        Settings settings = Settings.load();
        assertThat(settings.ingest().maxRecordBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.ingest().languages()).contains("en", "ru", "bg", "uk", "de", "fr").doesNotContain("kk");
        assertThat(settings.output().compression()).isEqualTo("snappy");
        assertThat(settings.effectiveJson()).contains("\"min-words\":40");
    }

    @Test
    void userFileOverridesOnlyWhatItNames() throws IOException {
        Settings settings = Settings.load(conf("storyline.ingest.min-words = 12\nstoryline.ingest.max-record-bytes = 2M"));
        assertThat(settings.ingest().minWords()).isEqualTo(12);
        assertThat(settings.ingest().maxRecordBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(settings.ingest().templateMinDocs()).isEqualTo(3);
    }

    @Test
    void systemPropertyBeatsTheUserFile() throws IOException {
        System.setProperty("storyline.ingest.min-words", "7");
        com.typesafe.config.ConfigFactory.invalidateCaches();
        assertThat(Settings.load(conf("storyline.ingest.min-words = 12")).ingest().minWords()).isEqualTo(7);
    }

    @Test
    void misspelledKeyIsAnErrorNamingIt() throws IOException {
        File file = conf("storyline.ingest.min-wrods = 12");
        assertThatThrownBy(() -> Settings.load(file)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("unknown configuration key storyline.ingest.min-wrods");
    }

    @Test
    void wrongTypeIsAnErrorNamingTheKey() throws IOException {
        File file = conf("storyline.ingest.min-words = lots");
        assertThatThrownBy(() -> Settings.load(file)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("min-words");
    }

    @Test
    void outOfRangeValuesAreRejected() throws IOException {
        File negative = conf("storyline.ingest.max-record-bytes = 0");
        assertThatThrownBy(() -> Settings.load(negative)).hasMessageContaining("max-record-bytes must be at least 1");
        File share = conf("storyline.ingest.template-lines.min-share = 1.5");
        assertThatThrownBy(() -> Settings.load(share)).hasMessageContaining("between 0 and 1");
        File codec = conf("storyline.output.compression = lz5");
        assertThatThrownBy(() -> Settings.load(codec)).hasMessageContaining("compression must be one of");
    }

    @Test
    void componentsMethodIsReadByItsSpellingAndAnUnknownOneIsRejected() throws IOException {
        assertThat(Settings.load().dedup().components()).isEqualTo(Settings.ComponentsMethod.GRAPHX);
        assertThat(Settings.load(conf("storyline.dedup.components = large-star")).dedup().components())
                .isEqualTo(Settings.ComponentsMethod.LARGE_STAR);
        File file = conf("storyline.dedup.components = LARGE_STAR");
        assertThatThrownBy(() -> Settings.load(file)).isInstanceOf(SettingsException.class)
                .hasMessage("storyline.dedup.components must be one of [graphx, large-star], not 'LARGE_STAR'");
    }

    @Test
    void unsupportedLanguageCodeIsRejectedAtStart() throws IOException {
        File file = conf("storyline.ingest.languages = [en, xx]");
        assertThatThrownBy(() -> Settings.load(file)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("xx");
    }

    @Test
    void theEncodersLanguagesMustBeCodesADocumentCanHaveButMayBeFew() throws IOException {
        assertThatThrownBy(() -> Settings.load(conf("storyline.stories.encoder.languages = [en, eng, \"de \"]")))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("storyline.stories.encoder.languages: unknown or unsupported language code(s) [eng]");
        assertThat(Settings.load(conf("storyline.stories.encoder.languages = [EN, \" de\"]")).stories().encoder().languages())
                .containsExactly("en", "de");
        assertThat(Settings.load(conf("storyline.stories.encoder.languages = []")).stories().encoder().languages()).isEmpty();
    }

    @Test
    void missingFileAndBrokenSyntaxAreOneLineErrors() throws IOException {
        assertThatThrownBy(() -> Settings.load(tmp.resolve("nope.conf").toFile()))
                .hasMessageStartingWith("configuration file not found");
        File broken = conf("storyline { ingest { min-words = ");
        assertThatThrownBy(() -> Settings.load(broken)).isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("cannot parse");
    }

    @Test
    void theSentenceEncoderDefaultsToTheFetchedModelUnderTheHomeAndEmptyTurnsItOff() throws IOException {
        Settings.Encoder encoder = Settings.load().stories().encoder();
        assertThat(encoder.threads()).isEqualTo(1);
        assertThat(encoder.leadChars()).isEqualTo(500);
        assertThat(encoder.modelPath(Path.of("/opt/storyline"))).contains(Path.of("/opt/storyline/.models/use-multilingual/model.onnx"));
        Settings.Encoder other = Settings.load(conf("storyline.stories.encoder { model = \"/models/e.onnx\", threads = 2 }")).stories().encoder();
        assertThat(other.modelPath(Path.of("/opt/storyline"))).contains(Path.of("/models/e.onnx"));
        assertThat(other.threads()).isEqualTo(2);
        assertThat(Settings.load(conf("storyline.stories.encoder.model = \"\"")).stories().encoder().modelPath(Path.of("."))).isEmpty();
        File zero = conf("storyline.stories.encoder.threads = 0");
        assertThatThrownBy(() -> Settings.load(zero)).isInstanceOf(SettingsException.class)
                .hasMessage("storyline.stories.encoder.threads must be at least 1, not 0");
    }
}
