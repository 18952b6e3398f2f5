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
        String one = EntityNames.displayName(List.of(ru, bg), null, true);
        String other = EntityNames.displayName(List.of(bg, ru), null, true);
        assertThat(one).isEqualTo(other).isEqualTo(EntityKeys.latin("Эмма Шнайдер", "ru"));
        assertThat(EntityNames.isLatin(one)).isTrue();
    }

    @Test
    void aLatinFormWinsOverRomanisation() {
        assertThat(EntityNames.displayName(List.of(new EntityNames.Counted("ru", "Путин", 5),
                new EntityNames.Counted("en", "Putin", 1)), null, true)).isEqualTo("Putin");
    }

    @Test
    void aPersonIsNamedInFullWhereTheMentionsGiveAFullName() {
        // The demo's counts: named once in full per article, then by the surname alone.
        List<EntityNames.Counted> forms = List.of(new EntityNames.Counted("en", "Vogler", 19),
                new EntityNames.Counted("de", "Matthias Vogler", 10), new EntityNames.Counted("ru", "Фоглер", 6),
                new EntityNames.Counted("ru", "Матиас Фоглер", 2));
        assertThat(EntityNames.displayName(forms, null, true)).isEqualTo("Matthias Vogler");
        assertThat(EntityNames.displayName(forms, null, false)).isEqualTo("Vogler");
        assertThat(EntityNames.name(forms.subList(2, 4), true)).isEqualTo("Матиас Фоглер");
        assertThat(EntityNames.name(forms.subList(2, 4), false)).isEqualTo("Фоглер");
        // A Latin-script surname still wins over a full name that would have to be romanised: it is spelled as written.
        assertThat(EntityNames.displayName(List.of(new EntityNames.Counted("en", "Vogler", 3),
                new EntityNames.Counted("ru", "Матиас Фоглер", 1)), null, true)).isEqualTo("Vogler");
    }
}
