package io.storyline.extract;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A publication time, the evidence that gave it and how far that evidence is to be trusted.
 *
 * @param local      the time as the publisher wrote it, with its UTC offset (offset zero when the
 *                   evidence gave a day, or a time without a zone): its date is the publisher's day
 * @param source     "json-ld", "meta", "itemprop", "script", "time-element", "byline", "url",
 *                   "json-ld-created", "elsewhere", "modified", "text-date" or "page-date" ({@link PublicationTimeFinder})
 *                   ; "input" when the crawl record stated it
 * @param confidence the share of development pages of dates-dev on which this source's value was
 *                   the right day (docs/inputs.md#publication-dates); null for times the input stated
 */
public record PublicationTime(OffsetDateTime local, String source, Double confidence) implements Serializable {
    /** A time the input stated (a JSON Lines {@code published_at}): taken as given, with no measured confidence. */
    public static PublicationTime given(OffsetDateTime local) {
        return local == null ? null : new PublicationTime(local, "input", null);
    }

    /** The time in UTC. */
    public Instant instant() {
        return local.toInstant();
    }

    /** The publisher's calendar day. */
    public LocalDate date() {
        return local.toLocalDate();
    }
}
