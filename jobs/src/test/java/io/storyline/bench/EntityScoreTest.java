package io.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScoreTest {
    private static EntityScore.Item item(int start, String type, String entity) {
        return new EntityScore.Item("d1", "pl", start, start + 4, type, "Unia", entity);
    }

    @Test
    void typesAreScoredByTheMentionAndByItsEntitysMajority() {
        List<EntityScore.Item> gold = List.of(item(0, "ORG", "ORG-EU"), item(10, "ORG", "ORG-EU"), item(20, "EVT", "EVT-Brexit"));
        // Entity e1: two ORG mentions and one LOC (an extra, unmatched one counts for the majority too).
        List<EntityScore.Item> found = List.of(item(0, "LOC", "e1"), item(10, "ORG", "e1"), item(30, "ORG", "e1"),
                item(20, "MISC", "e2"));
        EntityScore.Figures all = EntityScore.score(gold, found).overall();
        assertThat(all.matched()).isEqualTo(3);
        assertThat(all.span().f1()).isEqualTo(2 * 0.75 * 1.0 / 1.75);
        // Own types: LOC wrong, ORG right, MISC right (EVT counts as MISC).
        assertThat(all.mentionTypeAccuracy()).isEqualTo(2.0 / 3);
        // Entity types: e1 is ORG by majority, so both its matched mentions are right.
        assertThat(all.entityTypeAccuracy()).isEqualTo(1.0);
    }

    @Test
    void aTieInAnEntitysTypesGoesToTheFirstTypeByName() {
        List<EntityScore.Item> found = List.of(item(0, "PER", "e1"), item(10, "LOC", "e1"));
        assertThat(EntityScore.majorityTypes(found)).containsEntry("e1", "LOC");
    }
}
