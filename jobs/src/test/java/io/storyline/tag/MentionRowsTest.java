package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class MentionRowsTest {
    private static Row settled(List<String> words, Mention.TypeBasis basis) {
        String surface = String.join(" ", words);
        List<List<String>> candidates = words.stream().map(List::of).toList();
        List<String> gaps = words.size() > 1 ? List.of(" ") : List.of();
        return MentionRows.settled(new Mention(0, surface.length(), "PER", surface, null, words, gaps, candidates, basis), w -> false);
    }

    /** votes, type_open: what each basis gives the day's vote. */
    private static List<Object> vote(Row r) {
        return List.of(r.get(MentionRows.SETTLED.fieldIndex("votes")), r.get(MentionRows.SETTLED.fieldIndex("type_open")));
    }

    @Test
    void eachBasisVotesAndIsOpenToTheDaysVoteAsItsStrengthSays() {
        assertThat(vote(settled(List.of("Kowalski"), Mention.TypeBasis.EVIDENCE))).containsExactly(MentionRows.VOTES_EVIDENCE, false);
        assertThat(vote(settled(List.of("Ryanair"), Mention.TypeBasis.TITLE))).containsExactly(MentionRows.VOTES_TITLE, true);
        assertThat(vote(settled(List.of("Barnier"), Mention.TypeBasis.SHAPE))).containsExactly(0, true);
        assertThat(vote(settled(List.of("Bibi"), Mention.TypeBasis.DOCUMENT))).containsExactly(0, false);
        // A longer name's key depends on its type: never retyped.
        assertThat(vote(settled(List.of("Asia", "Bibi"), Mention.TypeBasis.SHAPE))).containsExactly(0, false);
    }
}
