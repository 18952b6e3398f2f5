package io.storyline.pipeline;

import java.time.LocalDate;

/**
 * What a {@code run --date D} recomputes. The daily tables (documents, rejects, mentions) get day D
 * replaced. The tables that relate articles across days (near_duplicates, stories, story_articles,
 * source_timelines) are recomputed over the kept days from D − {@code recomputeDays} to
 * D + {@code recomputeDays}, and keep their rows for the days outside. The span looks forward as
 * well as back so that backfilling an earlier day also revisits the days after it: days backfilled
 * in any order within the span give the tables of one run over all of them.
 */
public record DailyScope(LocalDate day, int recomputeDays) {

    public DailyScope {
        if (recomputeDays < 0) {
            throw new IllegalArgumentException("recomputeDays must be >= 0, not " + recomputeDays);
        }
    }

    public LocalDate first() {
        return day.minusDays(recomputeDays);
    }

    public LocalDate last() {
        return day.plusDays(recomputeDays);
    }
}
