package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateLinesTest {

    private final TemplateLines rule = TemplateLines.defaults();

    @Test
    void fingerprintIgnoresCaseDigitsAndSpacing() {
        assertThat(TemplateLines.fingerprint("Обновлено 12:05  |  Комментарии (14)"))
                .isEqualTo(TemplateLines.fingerprint("  обновлено 17:40 | КОММЕНТАРИИ (3) "));
        assertThat(TemplateLines.fingerprint("Most read\u00A0today")).isEqualTo(TemplateLines.fingerprint("most read today"));
    }

    @Test
    void fingerprintSeparatesDifferentLines() {
        assertThat(TemplateLines.fingerprint("Все новости")).isNotEqualTo(TemplateLines.fingerprint("Все статьи"));
    }

    @Test
    void fingerprintIsStableAcrossRunsAndJvms() {
        // Pinned: Spark compares fingerprints computed on different executors and days.
        assertThat(TemplateLines.canonicalLine("  Home | World 2015 ")).isEqualTo("home | world 0");
        assertThat(TemplateLines.fingerprint("  Home | World 2015 ")).isEqualTo(PINNED_HOME_WORLD);
    }

    private static final long PINNED_HOME_WORLD = 6182950422391551368L; // first 8 bytes of SHA-256("home | world 0")

    @Test
    void sourcesWithFewerThanThreeDocumentsNeverDropLines() {
        assertThat(rule.isTemplate(1, 1, 20)).isFalse();
        assertThat(rule.isTemplate(2, 2, 20)).isFalse();
        assertThat(rule.isTemplate(3, 3, 20)).isTrue();
    }

    @Test
    void shortLineInThreeDocumentsAndThirtyPercentIsTemplate() {
        assertThat(rule.isTemplate(10, 3, 40)).isTrue();
        assertThat(rule.isTemplate(100, 30, 40)).isTrue();
    }

    @Test
    void shortLineBelowThirtyPercentIsKept() {
        // one story's three updates in a source of 20 documents
        assertThat(rule.isTemplate(20, 3, 40)).isFalse();
        assertThat(rule.isTemplate(100, 29, 40)).isFalse();
    }

    @Test
    void lineInOnlyTwoDocumentsIsKeptEvenAtHighShare() {
        assertThat(rule.isTemplate(4, 2, 40)).isFalse();
    }

    @Test
    void longSyndicatedParagraphNeedsNearlyEveryDocument() {
        assertThat(rule.isTemplate(10, 5, 250)).as("half the documents share a long paragraph").isFalse();
        assertThat(rule.isTemplate(4, 4, 250)).as("only 4 documents").isFalse();
        assertThat(rule.isTemplate(10, 8, 250)).as("a long footer in 80%").isTrue();
        assertThat(rule.isTemplate(10, 5, 199)).as("just under the long-line length").isTrue();
    }

    @Test
    void thresholdsAreConstructorParameters() {
        TemplateLines strict = new TemplateLines(10, 5, 0.5, 120, 8, 0.9);
        assertThat(strict.isTemplate(9, 9, 30)).isFalse();
        assertThat(strict.isTemplate(10, 5, 30)).isTrue();
        assertThat(strict.isTemplate(10, 8, 150)).isFalse();
    }

    @Test
    void impossibleCountsAndThresholdsAreRejected() {
        assertThatThrownBy(() -> rule.isTemplate(3, 4, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemplateLines(2, 3, 0.3, 200, 5, 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSourceDocuments");
        assertThatThrownBy(() -> new TemplateLines(3, 3, 0.9, 200, 5, 0.8)).isInstanceOf(IllegalArgumentException.class);
    }
}
