package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BlocksTest {

    @Test
    void spacesCollapseAsTheRegularExpressionCollapsedThem() {
        Pattern spaces = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
        String[] parts = {"a", "Ж", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0", "\u2007", "\u202f", "\u2003", ".", "\u3000"};
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String raw = text.toString();
            assertThat(Blocks.collapseSpaces(raw)).as("%s", raw.chars().boxed().toList())
                    .isEqualTo(spaces.matcher(raw).replaceAll(" "));
        }
    }

    @Test
    void textWithNothingToCollapseIsReturnedAsItIs() {
        String text = "One space between words, and one at the end ";
        assertThat(Blocks.collapseSpaces(text)).isSameAs(text);
        assertThat(Blocks.collapseSpaces("two  spaces")).isEqualTo("two spaces");
        assertThat(Blocks.collapseSpaces("no\u00a0break")).isEqualTo("no break");
    }
}
