package io.storyline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written in text, as bylines print them: "March 11, 2020", "11. März 2020",
 * «5 марта 2021», "11 de marzo de 2020", "22.04.2020, 12:01 Uhr", "2020年4月22日", "04/22/2020".
 *
 * <p>Month names come from the JDK's CLDR data for the languages below, in their format (genitive:
 * марта, marca, března) and stand-alone (март) forms, full and abbreviated. A name that means two
 * different months in two of those languages is left out. Numeric dates with dots are day first;
 * with slashes they are day first unless the page says it is in US English ({@code monthFirst}), and
 * a part above 12 decides either way.
 */
final class TextDates {
    private TextDates() {}

    private static final List<String> LANGUAGES = List.of(
            "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk", "bg", "sr-Latn", "sv", "da",
            "nb", "fi", "tr", "ro", "hu", "ca", "lt", "lv", "et", "el");

    private static final Map<String, Month> MONTHS = monthNames();

    private static final String DAY = "(?<![\\d.])(0?[1-9]|[12]\\d|3[01])";
    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    private static final String NAME = "(\\p{L}{3,12})";

    // 11 March 2020, 11. März 2020, 5 марта 2021 г., 1er mars 2021, 11 de marzo de 2020, 11 mar. 2020
    private static final Pattern DAY_NAME_YEAR = Pattern.compile(
            DAY + "(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+|of\\s+)?" + NAME + "\\.?,?\\s*(?:de\\s+|del\\s+)?" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // March 11, 2020; Mar. 11 2020; Sept. 5th, 2019
    private static final Pattern NAME_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + NAME + "\\.?\\s+" + DAY + "(?:st|nd|rd|th)?,?\\s+" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // 2020-04-22, 2020/4/22, 2020.04.22, 2020年4月22日
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d\\d)(?:([-/.])(0?[1-9]|1[0-2])\\2|年\\s*(0?[1-9]|1[0-2])\\s*月\\s*)(0?[1-9]|[12]\\d|3[01])(?!\\d)");
    // 22.04.2020, 22/04/2020, 04/22/2020, 22-04-2020
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?((?:19|20)\\d\\d)(?!\\d)");

    // 31.10.23: German bylines shorten the year; taken as 20yy
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

    /**
     * The first date in {@code text}, or null.
     *
     * @param monthFirst read an ambiguous slashed date as month/day (US English pages)
     */
    static LocalDate first(String text, boolean monthFirst) {
        Found found = find(text, monthFirst);
        return found == null ? null : found.date();
    }

    /** The date that starts within {@code maxStart} characters of the start of {@code text}, or null. */
    static LocalDate leading(String text, boolean monthFirst, int maxStart) {
        Found found = find(text, monthFirst);
        return found == null || found.at() > maxStart ? null : found.date();
    }

    // What may stand around a date that is a text of its own: a weekday before, a time after.
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("\\s*(?:\\p{L}{2,12}\\.?,?\\s+)?");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "\\s*(?:[,|\u00b7-]\\s*)?(?:(?:um\\s+|at\\s+|à\\s+|в\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.))?)?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The date when {@code text} is a date and nothing else: at most a weekday before it and a time
     * after it ("14. Februar 2012", "Tuesday, 27 Sep 2016, 10:15"); else null.
     */
    static LocalDate alone(String text, boolean monthFirst) {
        if (text == null || text.length() > 48) {
            return null;
        }
        Found found = find(text, monthFirst);
        if (found == null) {
            return null;
        }
        String s = text.replace('\u00a0', ' ');
        boolean alone = WEEKDAY_BEFORE.matcher(s.substring(0, found.at())).matches()
                && TIME_AFTER.matcher(s.substring(found.end())).matches();
        return alone ? found.date() : null;
    }

    private static Found find(String text, boolean monthFirst) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String s = text.replace('\u00a0', ' ');
        Found best = null;
        best = earlier(best, named(DAY_NAME_YEAR.matcher(s), 1, 2));
        best = earlier(best, named(NAME_DAY_YEAR.matcher(s), 2, 1));
        best = earlier(best, yearFirst(YEAR_FIRST.matcher(s)));
        best = earlier(best, numeric(NUMERIC.matcher(s), monthFirst));
        best = earlier(best, shortYear(SHORT_YEAR.matcher(s)));
        return best;
    }

    private record Found(int at, int end, LocalDate date) {}

    private static Found earlier(Found a, Found b) {
        return a == null ? b : b == null || a.at() <= b.at() ? a : b;
    }

    private static Found named(Matcher m, int dayGroup, int nameGroup) {
        while (m.find()) {
            Month month = MONTHS.get(m.group(nameGroup).toLowerCase(Locale.ROOT));
            if (month != null) {
                LocalDate d = date(Integer.parseInt(m.group(3)), month.getValue(), Integer.parseInt(m.group(dayGroup)));
                if (d != null) {
                    return new Found(m.start(), m.end(), d);
                }
            }
        }
        return null;
    }

    private static Found yearFirst(Matcher m) {
        while (m.find()) {
            String month = m.group(3) != null ? m.group(3) : m.group(4);
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(month), Integer.parseInt(m.group(5)));
            if (d != null) {
                return new Found(m.start(), m.end(), d);
            }
        }
        return null;
    }

    private static Found numeric(Matcher m, boolean monthFirst) {
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            boolean slashed = m.group(2).equals("/");
            boolean dayFirst = a > 12 || (b <= 12 && !(slashed && monthFirst));
            LocalDate d = dayFirst ? date(year, b, a) : date(year, a, b);
            if (d != null) {
                return new Found(m.start(), m.end(), d);
            }
        }
        return null;
    }

    private static Found shortYear(Matcher m) {
        while (m.find()) {
            LocalDate d = date(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) {
                return new Found(m.start(), m.end(), d);
            }
        }
        return null;
    }

    /** The day, or null when there is no such day. */
    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 31 April and the like: not a date
        }
    }

    /** Lower-cased month names and abbreviations (without their dot) of all languages; ambiguous ones left out. */
    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
                    String name = month.getDisplayName(style, locale).toLowerCase(locale).replace(".", "");
                    if (name.length() < 3 || name.chars().anyMatch(Character::isDigit)) {
                        continue;
                    }
                    Month before = names.putIfAbsent(name, month);
                    if (before != null && before != month) {
                        ambiguous.add(name);
                    }
                }
            }
        }
        // AP style abbreviates September "Sept."; CLDR has it for no language.
        names.putIfAbsent("sept", Month.SEPTEMBER);
        ambiguous.forEach(names::remove);
        return Map.copyOf(names);
    }
}
