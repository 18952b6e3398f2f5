package io.storyline.extract;

import java.time.Instant;

/**
 * A publication time and the evidence that gave it.
 *
 * @param instant the time in UTC
 * @param source  "json-ld", "meta", "time-element", "itemprop" or "url"
 */
public record PublicationTime(Instant instant, String source) {}
