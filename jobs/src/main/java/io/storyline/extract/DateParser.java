package io.storyline.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date strings that pages and feeds put in metadata. Times without a zone are taken as
 * UTC: the input gives no better evidence, and being off by a few hours is acceptable for event_time;
 * their calendar day stays the one written ({@link #parseLocal}).
 */
public final class DateParser {
    private DateParser() {}

    // 2015-11-17T10:00:00Z, 2015-11-17 10:00:00.123+01:00, 2015-11-17T10:00+0100, 2015-11-17T10:00:00 (no zone)
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            // one-digit seconds ("23:15:0Z") are a CMS's formatting slip, not another time
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 1, 2, SignStyle.NOT_NEGATIVE).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            // RFC 1123 without the day name, and with a zone name instead of an offset
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("[EEE, ]d MMM uuuu HH:mm[:ss] z").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("[EEE, ]d MMM uuuu HH:mm[:ss] Z").toFormatter(Locale.ENGLISH),
            // Date.toString() style, as some CMSs print it: "Tue Nov 17 10:00:00 GMT 2015"
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEE MMM d HH:mm:ss z uuuu").toFormatter(Locale.ENGLISH));

    private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("[EEE, ]d MMM uuuu").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, uuuu").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, uuuu").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH));

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.uuuu[,] HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT));

    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_ZONE_NAME = Pattern.compile("(?i)\\s*\\((?:utc|gmt)\\)$");

    /** The instant a date string denotes, or null when no known format fits. */
    public static Instant parse(String raw) {
        OffsetDateTime t = parseLocal(raw);
        return t == null ? null : t.toInstant();
    }

    /**
     * The date string as the publisher wrote it: its local date and time with its UTC offset, so the
     * publisher's calendar day survives ({@code 2020-04-16T01:00:03+05:30} is the 16th there, the
     * 15th in UTC). Times without a zone, and dates alone, get offset zero: their day is as written.
     * Epoch numbers have no local day and come back in UTC. Null when no known format fits.
     */
    public static OffsetDateTime parseLocal(String raw) {
        if (raw == null) {
            return null;
        }
        String s = TRAILING_ZONE_NAME.matcher(SPACES.matcher(raw.replace('\u00a0', ' ')).replaceAll(" ").trim()).replaceAll("");
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        if (EPOCH.matcher(s).matches()) {
            long value = Long.parseLong(s);
            return (s.length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value)).atOffset(ZoneOffset.UTC);
        }
        try {
            var parsed = ISO.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // not ISO with a time; try the other shapes
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return ZonedDateTime.parse(s, f).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
            try {
                return LocalDateTime.parse(s, f).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        for (DateTimeFormatter f : LOCAL_DATES) {
            try {
                return LocalDate.parse(s, f).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        // A date at the start of a longer string, as in "2015-11-17T10:00:00+01:00[Europe/Berlin]"
        // or "2015-11-17 | 10:00 Uhr": fall back to its date part.
        Matcher m = LEADING_DATE.matcher(s);
        if (m.lookingAt()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        return null;
    }

    private static final Pattern LEADING_DATE = Pattern.compile("((?:19|20)\\d\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?!\\d)");
}
