package io.storyline.embed;

import static io.storyline.embed.SentenceEncoder.titleAndLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TitleAndLeadTest {
    @Test
    void shortArticlesAreKeptWholeWithWhitespaceCollapsed() {
        assertThat(titleAndLead("  Rates  up ", "The bank\n\nraised rates.\tMarkets fell.", 500))
                .isEqualTo("Rates up\nThe bank raised rates. Markets fell.");
    }

    @Test
    void aMissingTitleOrTextLeavesTheOther() {
        assertThat(titleAndLead(null, "Only text.", 500)).isEqualTo("Only text.");
        assertThat(titleAndLead("Only title", "", 500)).isEqualTo("Only title");
        assertThat(titleAndLead(null, null, 500)).isEmpty();
    }

    @Test
    void longTextIsCutAfterTheLastWholeSentenceThatFits() {
        String text = "First sentence is here. Second one follows it. Third sentence will not fit at all.";
        assertThat(titleAndLead("Title", text, 60)).isEqualTo("Title\nFirst sentence is here. Second one follows it.");
    }

    @Test
    void aSentenceLongerThanHalfTheBudgetIsCutAtAWordBoundary() {
        String text = "Short. " + "word ".repeat(40);
        String lead = titleAndLead("T", text, 50);
        assertThat(lead).hasSizeLessThanOrEqualTo(50).startsWith("T\nShort. word").endsWith("word");
    }

    @Test
    void theTitleEndsASentence() {
        assertThat(titleAndLead("A title of some length here", "without any sentence end in this long text body", 40))
                .isEqualTo("A title of some length here");
    }

    @Test
    void textWithoutSpacesIsCutAtASentenceEndOrTheLimit() {
        String japanese = "中央銀行は金利を引き上げた。市場は下落した。投資家は慎重になっている。";
        assertThat(titleAndLead("", japanese, 25)).isEqualTo("中央銀行は金利を引き上げた。市場は下落した。");
        assertThat(titleAndLead("", "あ".repeat(30), 10)).isEqualTo("あ".repeat(10));
        assertThat(titleAndLead("", "😀".repeat(10), 5)).isEqualTo("😀😀");
    }

    @Test
    void theBudgetMustBePositive() {
        assertThatThrownBy(() -> titleAndLead("t", "x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
