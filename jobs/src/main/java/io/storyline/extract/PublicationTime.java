package io.storyline.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A publication time, the evidence that gave it and how far that evidence is to be trusted.
 *
 * @param local      the time as the publisher wrote it, with its UTC offset (offset zero when the
 *                   evidence gave a day, or a time without a zone): its date is the publisher's day
 * @param source     "json-ld", "meta", "itemprop", "script", "time-element", "byline", "url",
 *                   "json-ld-created" or "modified" ({@link PublicationTimeFinder})
 * @param confidence the share of pages whose day this source got right where it was the one used,
 *                   measured on the development part of dates-dev (docs/ingest.md)
 */
public record PublicationTime(OffsetDateTime local, String source, double confidence) {
    /** The time in UTC. */
    public Instant instant() {
        return local.toInstant();
    }

    /** The publisher's calendar day. */
    public LocalDate date() {
        return local.toLocalDate();
    }
}
