package io.storyline.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence that reads the same in every language: numbers (decimal commas and thousands separators
 * normalised, so "1,2 млрд" and "1.2bn" agree), day-month dates and weekdays (month and day names
 * of the crawl's main languages), and Latin-script tokens: acronyms anywhere ("EVG", "NATO") and
 * any Latin word quoted inside a text in another script ("Deutsche Bahn" in a Russian article).
 * Each item is a string key; {@link Features} hashes them.
 */
final class Evidence {
    private Evidence() {}

    // Month names (nominative and the genitive/locative forms dates use) of the main languages. A word
    // is a month when it is an abbreviation of one (3-4 letters, "Nov", "Sept") or differs from one
    // only in its last two letters ("ноября", "listopadu"), so "novelist" is not November.
    private static final String[][] MONTHS = {
        {"january", "januar", "janvier", "januari", "январь", "января", "януари", "січень", "січня", "styczeń", "stycznia", "leden", "ledna", "januar"},
        {"february", "februar", "février", "февраль", "февраля", "февруари", "лютий", "лютого", "luty", "lutego", "únor", "února"},
        {"march", "märz", "mars", "март", "марта", "березень", "березня", "marzec", "marca", "březen", "března", "marec"},
        {"april", "avril", "апрель", "апреля", "април", "квітень", "квітня", "kwiecień", "kwietnia", "duben", "dubna"},
        {"may", "mai", "май", "мая", "травень", "травня", "maj", "maja", "květen", "května"},
        {"june", "juni", "juin", "июнь", "июня", "юни", "червень", "червня", "czerwiec", "czerwca", "červen", "června", "junij"},
        {"july", "juli", "juillet", "июль", "июля", "юли", "липень", "липня", "lipiec", "lipca", "červenec", "července", "julij"},
        {"august", "août", "август", "августа", "серпень", "серпня", "sierpień", "sierpnia", "srpen", "srpna", "avgust"},
        {"september", "septembre", "сентябрь", "сентября", "септември", "вересень", "вересня", "wrzesień", "września", "září"},
        {"october", "oktober", "octobre", "октябрь", "октября", "октомври", "жовтень", "жовтня", "październik", "października", "říjen", "října"},
        {"november", "novembre", "ноябрь", "ноября", "ноември", "листопад", "листопада", "listopad", "listopada", "listopadu"},
        {"december", "dezember", "décembre", "декабрь", "декабря", "декември", "грудень", "грудня", "grudzień", "grudnia", "prosinec", "prosince"},
    };

    private static final Map<String, Integer> WEEKDAYS = weekdays();

    private static Map<String, Integer> weekdays() {
        String[][] days = {
            {"monday", "montag", "lundi", "понедельник", "понеделник", "понеділок", "poniedziałek", "pondělí", "ponedeljek"},
            {"tuesday", "dienstag", "mardi", "вторник", "вівторок", "wtorek", "úterý", "torek"},
            {"wednesday", "mittwoch", "mercredi", "среду", "среда", "сряда", "середу", "середа", "środa", "středa", "sreda"},
            {"thursday", "donnerstag", "jeudi", "четверг", "четвъртък", "четвер", "czwartek", "čtvrtek", "četrtek"},
            {"friday", "freitag", "vendredi", "пятницу", "пятница", "петък", "п'ятницю", "п'ятниця", "piątek", "pátek", "petek"},
            {"saturday", "samstag", "samedi", "субботу", "суббота", "събота", "суботу", "субота", "sobota"},
            {"sunday", "sonntag", "dimanche", "воскресенье", "неделя", "неділю", "неділя", "niedziela", "neděle", "nedelja"},
        };
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int d = 0; d < days.length; d++) {
            for (String name : days[d]) {
                map.put(name, d);
            }
        }
        return Map.copyOf(map);
    }

    /** The evidence keys of a text, in text order, with repeats (their count is the term frequency). */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        boolean latinText = latinShare(text) >= 0.5;
        String previousWord = null;
        int previousNumber = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                int end = numberEnd(text, i);
                String number = normalizeNumber(text.substring(i, end));
                if (number != null) {
                    out.add("n:" + number);
                }
                int day = dayOf(text.substring(i, end));
                if (day > 0 && previousWord != null) {
                    int month = monthOf(previousWord);
                    if (month >= 0) {
                        out.add(date(month, day));
                    }
                }
                previousNumber = day;
                previousWord = null;
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
                    end++;
                }
                String word = text.substring(i, end);
                String lower = word.toLowerCase(Locale.ROOT);
                Integer weekday = WEEKDAYS.get(lower);
                if (weekday != null) {
                    out.add("w:" + weekday);
                }
                if (previousNumber > 0) {
                    int month = monthOf(lower);
                    if (month >= 0) {
                        out.add(date(month, previousNumber));
                    }
                }
                if (isLatin(word) && word.length() >= 2 && (!latinText || isAcronym(word))) {
                    out.add("q:" + lower);
                }
                previousWord = lower;
                previousNumber = -1;
                i = end;
            } else {
                if (c != ' ' && c != '.' && c != '\u00a0') {
                    previousWord = null;
                    previousNumber = -1;
                }
                i++;
            }
        }
        return out;
    }

    private static String date(int month, int day) {
        return String.format(Locale.ROOT, "d:%02d-%02d", month + 1, day);
    }

    /** 1..31 when the token is a plain day number (optionally "16."), else -1. */
    private static int dayOf(String token) {
        String t = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        if (t.isEmpty() || t.length() > 2) {
            return -1;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!isDigit(t.charAt(k))) {
                return -1;
            }
        }
        int d = Integer.parseInt(t);
        return d >= 1 && d <= 31 ? d : -1;
    }

    static int monthOf(String lowerWord) {
        String w = lowerWord.endsWith(".") ? lowerWord.substring(0, lowerWord.length() - 1) : lowerWord;
        if (w.length() < 3) {
            return -1;
        }
        for (int m = 0; m < MONTHS.length; m++) {
            for (String name : MONTHS[m]) {
                if (w.length() <= 4 && name.startsWith(w)) {
                    return m;
                }
                int common = commonPrefix(w, name);
                if (common >= Math.max(3, name.length() - 2) && w.length() <= name.length() + 2 && common >= w.length() - 2) {
                    return m;
                }
            }
        }
        return -1;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Where a number token starting at {@code start} ends: digits with inner separators (.,'nbsp/space before 3 digits). */
    private static int numberEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
                i++;
            } else if ((c == ' ' || c == '\u00a0' || c == '\u202f') && threeDigitsAt(text, i + 1)
                    && groupLengthBefore(text, i) <= 3) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean threeDigitsAt(String text, int i) {
        if (i + 3 > text.length()) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return i + 3 == text.length() || !isDigit(text.charAt(i + 3));
    }

    private static int groupLengthBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && isDigit(text.charAt(k))) {
            k--;
        }
        return i - 1 - k;
    }

    /**
     * A number in one canonical spelling: thousands separators dropped, the decimal mark a point,
     * trailing decimal zeros dropped ("3,000", "3.000" and "3 000" give 3000; "1,2" and "1.20" give
     * 1.2). Single digits are too common to be evidence and give null.
     */
    static String normalizeNumber(String token) {
        String t = token.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        String integer;
        String fraction = "";
        if (lastDot >= 0 && lastComma >= 0) {
            int decimal = Math.max(lastDot, lastComma);
            integer = t.substring(0, decimal).replace(".", "").replace(",", "");
            fraction = t.substring(decimal + 1);
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            int first = t.indexOf(sep);
            int last = Math.max(lastDot, lastComma);
            boolean thousands = first != last || (t.length() - last - 1 == 3 && last <= 3 && t.charAt(0) != '0');
            if (thousands) {
                integer = t.replace(String.valueOf(sep), "");
            } else {
                integer = t.substring(0, last);
                fraction = t.substring(last + 1);
            }
        } else {
            integer = t;
        }
        integer = integer.replaceFirst("^0+(?=\\d)", "");
        fraction = fraction.replaceFirst("0+$", "");
        if (fraction.isEmpty() && integer.length() < 2) {
            return null;
        }
        return fraction.isEmpty() ? integer : integer + "." + fraction;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c != '\'' && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String word) {
        if (word.length() > 6) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static double latinShare(String text) {
        int latin = 0;
        int letters = 0;
        for (int k = 0; k < text.length() && letters < 2000; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters == 0 ? 1.0 : (double) latin / letters;
    }
}
