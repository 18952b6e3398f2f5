package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    @Test
    void stemsMatchTheStartOfAWordAndRunsOfWords() {
        NameMatcher m = NameMatcher.stems("comment", "most read", "pager");
        assertThat(m.matches(NameWords.of("js-comments"))).isTrue();
        assertThat(m.matches(NameWords.of("commentList"))).isTrue();
        assertThat(m.matches(NameWords.of("box mostRead"))).isTrue();
        assertThat(m.matches(NameWords.of("most_read_list"))).isTrue();
        assertThat(m.matches(NameWords.of("most-viewed read"))).as("the words must follow each other").isFalse();
        assertThat(m.matches(NameWords.of("PageBuilder-pageRow"))).as("never inside a word").isFalse();
        assertThat(m.matches(NameWords.of("article-pager"))).isTrue();
    }

    @Test
    void wholeWordsMatchOnlyWholeWords() {
        NameMatcher m = NameMatcher.words("ad", "tag list");
        assertThat(m.matches(NameWords.of("ad-box"))).isTrue();
        assertThat(m.matches(NameWords.of("header"))).isFalse();
        assertThat(m.matches(NameWords.of("adSlot"))).isTrue();
        assertThat(m.matches(NameWords.of("tagline"))).isFalse();
        assertThat(m.matches(NameWords.of("post-tag-list"))).isTrue();
        assertThat(m.matches(NameWords.of("tag-lists"))).isFalse();
    }
}
