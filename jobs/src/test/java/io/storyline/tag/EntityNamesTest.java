package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityNamesTest {

    @Test
    void displayNameDoesNotDependOnTheOrderOfTheForms() {
        // One Cyrillic form written in Russian (twice) and Bulgarian (once): romanised as Russian,
        // whichever order the forms arrive in (Spark's collect_list gives no order).
        EntityNames.Counted ru = new EntityNames.Counted("ru", "Эмма Шнайдер", 2);
        EntityNames.Counted bg = new EntityNames.Counted("bg", "Эмма Шнайдер", 1);
        String one = EntityNames.displayName(List.of(ru, bg), null);
        String other = EntityNames.displayName(List.of(bg, ru), null);
        assertThat(one).isEqualTo(other).isEqualTo(EntityKeys.latin("Эмма Шнайдер", "ru"));
        assertThat(EntityNames.isLatin(one)).isTrue();
    }

    @Test
    void aLatinFormWinsOverRomanisation() {
        assertThat(EntityNames.displayName(List.of(new EntityNames.Counted("ru", "Путин", 5),
                new EntityNames.Counted("en", "Putin", 1)), null)).isEqualTo("Putin");
    }
}
