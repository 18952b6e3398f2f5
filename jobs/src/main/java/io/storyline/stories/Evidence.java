package io.storyline.stories;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence that reads the same in every language: numbers (decimal commas and thousands separators
 * normalised, and scale words multiplied in, so "1,2 млрд", "1.2bn", "1,2 Mrd." and "12億" all give
 * 1200000000), day-month dates and weekdays (month and day names of the crawl's main languages, and
 * the CJK forms "8月5日", "8월 5일", "月曜日", "星期一"), and Latin-script tokens: acronyms anywhere
 * ("EVG", "NATO") and any Latin word quoted inside a text in another script ("Deutsche Bahn" in a
 * Russian article). The text is NFKC-normalised first, so full-width digits read as digits, and
 * Arabic-Indic digits are read as digits too. Each item is a string key; {@link Features} hashes them.
 * docs/multilingual.md has the languages and the limits.
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

    /** The evidence keys of a text whose language is not known; see {@link #of(String, String)}. */
    static List<String> of(String text) {
        return of(null, text);
    }

    /**
     * The evidence keys of a text, in text order, with repeats (their count is the term frequency).
     *
     * @param lang the text's ISO 639-1 code, or null; it settles the scale words whose value differs between
     *     languages ("billion" is 10^9 in English and 10^12 in German and French)
     */
    static List<String> of(String lang, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        text = digitsNormalized(text);
        boolean latinText = latinShare(text) >= 0.5;
        String previousWord = null;
        int previousNumber = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                int end = numberEnd(text, i);
                int cjkDateEnd = cjkDate(text, i, end, out);
                if (cjkDateEnd > 0) {
                    previousWord = null;
                    previousNumber = -1;
                    i = cjkDateEnd;
                    continue;
                }
                Scaled scaled = scaled(text, i, end, lang);
                if (scaled != null) {
                    out.add("n:" + scaled.value());
                    previousWord = null;
                    previousNumber = -1;
                    i = scaled.end();
                    continue;
                }
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
                } else if (!word.isEmpty() && word.charAt(0) >= 0x3040) {
                    cjkWeekdays(word, out);
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

    /**
     * NFKC (full-width "１２３" and "，" become "123" and ","), then digits of other scripts (Arabic-Indic
     * "١٢٣") as ASCII digits and the Arabic decimal and thousands marks as "." and ",".
     */
    static String digitsNormalized(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = null;
        for (int k = 0; k < nfkc.length(); k++) {
            char c = nfkc.charAt(k);
            char mapped = c;
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                mapped = (char) ('0' + Character.digit(c, 10));
            } else if (c == '\u066b') {
                mapped = '.';
            } else if (c == '\u066c') {
                mapped = ',';
            }
            if (mapped != c && out == null) {
                out = new StringBuilder(nfkc).delete(k, nfkc.length());
            }
            if (out != null) {
                out.append(mapped);
            }
        }
        return out == null ? nfkc : out.toString();
    }

    // CJK day-month dates: "8月5日", "8 月 5 日", "8月5号" (zh), "8월 5일" (ko); the year before them is a number.
    private static final String MONTH_MARKS = "月월";
    private static final String DAY_MARKS = "日号號일";
    private static final String CJK_WEEKDAYS = "月火水木金土日";

    /**
     * At a number token [start, end): when it is the month of a CJK date, adds the day's number and the date
     * (as "5 August" gives "n:5"-less "d:08-05", and "25 December" gives "n:25" and "d:12-25") and returns
     * where the date ends; else -1. A Japanese weekday in brackets after the day ("5日(月)") is read too.
     */
    private static int cjkDate(String text, int start, int end, List<String> out) {
        int k = skipSpaces(text, end);
        if (k >= text.length()) {
            return -1;
        }
        if (text.charAt(k) == '日') {
            // "24日(月)": a day and its weekday, without the month.
            int after = bracketWeekday(text, k + 1, out);
            if (after < 0) {
                return -1;
            }
            String number = normalizeNumber(text.substring(start, end));
            if (number != null) {
                out.add(out.size() - 1, "n:" + number);
            }
            return after;
        }
        if (MONTH_MARKS.indexOf(text.charAt(k)) < 0) {
            return -1;
        }
        int month = end - start <= 2 ? Integer.parseInt(text.substring(start, end)) : -1;
        int dayStart = skipSpaces(text, k + 1);
        int dayEnd = dayStart;
        while (dayEnd < text.length() && dayEnd - dayStart < 3 && isDigit(text.charAt(dayEnd))) {
            dayEnd++;
        }
        int mark = skipSpaces(text, dayEnd);
        if (month < 1 || month > 12 || dayEnd == dayStart || mark >= text.length()
                || DAY_MARKS.indexOf(text.charAt(mark)) < 0) {
            return -1;
        }
        int day = dayOf(text.substring(dayStart, dayEnd));
        if (day < 0) {
            return -1;
        }
        String number = normalizeNumber(text.substring(dayStart, dayEnd));
        if (number != null) {
            out.add("n:" + number);
        }
        out.add(date(month - 1, day));
        int after = bracketWeekday(text, mark + 1, out);
        return after < 0 ? mark + 1 : after;
    }

    /** At "(月)" after a Japanese day: adds the weekday and returns where it ends; else -1. */
    private static int bracketWeekday(String text, int at, List<String> out) {
        if (at + 2 < text.length() && text.charAt(at) == '(' && text.charAt(at + 2) == ')'
                && CJK_WEEKDAYS.indexOf(text.charAt(at + 1)) >= 0) {
            out.add("w:" + jaWeekday(text.charAt(at + 1)));
            return at + 3;
        }
        return -1;
    }

    private static int skipSpaces(String text, int k) {
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
            k++;
        }
        return k;
    }

    // 月 is Monday, 日 Sunday; the keys count from Monday = 0.
    private static int jaWeekday(char c) {
        return CJK_WEEKDAYS.indexOf(c);
    }

    /**
     * Weekdays inside a run of CJK letters: Japanese "月曜日"/"月曜", Chinese "星期一", "礼拜一" and "周一"/"週一",
     * Korean "월요일". "周" + numeral is also "week one" in "一周一次" (once a week), so it counts only when no
     * numeral stands before it and no measure word ("次", "年", "个") after it.
     */
    private static void cjkWeekdays(String word, List<String> out) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            char next = k + 1 < word.length() ? word.charAt(k + 1) : 0;
            if (next == '曜' && CJK_WEEKDAYS.indexOf(c) >= 0) {
                out.add("w:" + jaWeekday(c));
            } else if (next == '요' && k + 2 < word.length() && word.charAt(k + 2) == '일' && "월화수목금토일".indexOf(c) >= 0) {
                out.add("w:" + "월화수목금토일".indexOf(c));
            } else if ((word.startsWith("星期", k) || word.startsWith("礼拜", k) || word.startsWith("禮拜", k))
                    && k + 2 < word.length() && zhWeekday(word.charAt(k + 2)) >= 0) {
                out.add("w:" + zhWeekday(word.charAt(k + 2)));
                k += 2;
            } else if ((c == '周' || c == '週') && zhWeekday(next) >= 0
                    && (k == 0 || "一二两兩三四五六七八九十几幾".indexOf(word.charAt(k - 1)) < 0)
                    && (k + 2 >= word.length() || "次年个個周週".indexOf(word.charAt(k + 2)) < 0)) {
                out.add("w:" + zhWeekday(next));
                k++;
            }
        }
    }

    // 一..六 are Monday..Saturday, 日/天 Sunday.
    private static int zhWeekday(char c) {
        int d = "一二三四五六".indexOf(c);
        return d >= 0 ? d : (c == '日' || c == '天') ? 6 : -1;
    }

    // Scale words after a number, per value. A hand-written table: ICU's CompactDecimalFormat only formats
    // ("1.2B"), and its spell-out rules parse whole spelled numbers, not a digit number with a scale word.
    // "stem(a|b)" stands for stem, stem+a and stem+b; abbreviations are listed without their final period.
    private static final String[][] SCALE_WORDS = {
        // 10^3
        {"thousand(s)", "tausend", "tsd", "mille", "millier(s)", "mila", "duizend", "тысяч(а|и|у)", "тыс", "тисяч(а|і|у)",
            "тис", "хиляд(а|и)", "хил", "хиљад(а|е|у)", "хиљ", "hiljad(a|e|u)", "tysiąc(e)", "tysięcy", "tys", "tisíc(e|ov)",
            "tis", "tisoč", "tisuć(a|e|u)", "ألف", "آلاف", "الف"},
        // 10^6
        {"million(s|en)", "mln", "mio", "millón", "millones", "mill", "milione", "milioni", "milhão", "milhões",
            "miljoen(en)", "миллион(а|ов|ы)", "млн", "мільйон(а|ів|и)", "милион(а|и)", "milion(a|y|ów|ů|u)", "milión",
            "milióny", "miliónov", "milijon(a|ov|i)", "milijun(a|i)", "milyon", "مليون", "ملايين"},
        // 10^9
        {"milliard(s|e|en)", "mrd", "mld", "mlrd", "миллиард(а|ов|ы)", "млрд", "мільярд(а|ів|и)", "милиард(а|и)",
            "милијард(а|и|е)", "miliard(a|y|ów|ů|u)", "miliárd", "milijard(a|e|i)", "miliardo", "miliardi", "miljard(en)",
            "millardo(s)", "bilhão", "bilhões", "milyar", "bn", "مليار", "مليارات"},
        // 10^12
        {"trillion(s)", "trn", "tn", "триллион(а|ов|ы)", "трлн", "трильйон(а|ів|и)", "трилион(а|и)",
            "bilion(a|y|ów|ů|u)", "bilión(y|ov)", "biliónov", "bilijon(a|ov|i)", "bilijun(a|i)", "billón", "billones",
            "bilione", "bilioni", "biljoen(en)", "bilião", "biliões", "trilyon", "трилион", "трилиона", "تريليون",
            "billionen", "bio"},
    };

    // Words whose value depends on the language: the power of ten per language, "" for any other language
    // and for an unknown one, 0 for "not a scale word here". "billion" is 10^9 in English (and in an English
    // quote in a Spanish text) but 10^12 in German and French; "mil" is a thousand in Spanish and Portuguese
    // and "mil." a million in Czech, Slovak and the South Slavic languages; "mn" is minutes in French.
    private static final Map<String, Map<String, Integer>> SCALE_BY_LANGUAGE = Map.of(
            "billion", Map.of("de", 12, "fr", 12, "", 9),
            "billions", Map.of("fr", 12, "", 9),
            "mil", Map.of("es", 3, "pt", 3, "cs", 6, "sk", 6, "hr", 6, "sl", 6, "sr", 6, "en", 6),
            "mn", Map.of("fr", 0, "", 6),
            "bio", Map.of("de", 12),
            "bin", Map.of("tr", 3),
            "mi", Map.of("pt", 6),
            "bi", Map.of("pt", 9),
            "md", Map.of("fr", 9),
            "mds", Map.of("fr", 9));

    private static final Map<String, Integer> SCALES = scales();

    private static Map<String, Integer> scales() {
        Map<String, Integer> map = new HashMap<>();
        for (int s = 0; s < SCALE_WORDS.length; s++) {
            for (String entry : SCALE_WORDS[s]) {
                int open = entry.indexOf('(');
                String stem = open < 0 ? entry : entry.substring(0, open);
                map.put(stem, 3 * (s + 1));
                if (open >= 0) {
                    for (String ending : entry.substring(open + 1, entry.length() - 1).split("\\|")) {
                        map.put(stem + ending, 3 * (s + 1));
                    }
                }
            }
        }
        return Map.copyOf(map);
    }

    // CJK myriads: 千 10^3, 万/萬 10^4, 億/亿 10^8, 兆 10^12; Korean 만, 억, 조 alike. They follow the digits
    // directly ("12億円"), and a smaller part may follow ("1万5000", "1億2000万").
    private static int cjkScale(char c) {
        return switch (c) {
            case '千' -> 3;
            case '万', '萬', '만' -> 4;
            case '億', '亿', '억' -> 8;
            case '兆', '조' -> 12;
            default -> -1;
        };
    }

    /** A number and the scale word after it, as one value, and where the scale word ends. */
    private record Scaled(String value, int end) {}

    /** The number token [start, end) times the scale word after it, or null when no scale word follows. */
    private static Scaled scaled(String text, int start, int end, String lang) {
        int k = skipSpaces(text, end);
        if (k >= text.length()) {
            return null;
        }
        BigDecimal number = new BigDecimal(canonicalNumber(text.substring(start, end)));
        int cjk = cjkScale(text.charAt(k));
        if (cjk > 0) {
            BigDecimal value = number.scaleByPowerOfTen(cjk);
            int after = k + 1;
            // "1万5000": the smaller part that follows the myriad.
            if (after < text.length() && isDigit(text.charAt(after))) {
                int partEnd = numberEnd(text, after);
                int partScale = partEnd < text.length() ? cjkScale(text.charAt(partEnd)) : -1;
                if (partScale < cjk) {
                    BigDecimal part = new BigDecimal(canonicalNumber(text.substring(after, partEnd)));
                    value = value.add(part.scaleByPowerOfTen(Math.max(partScale, 0)));
                    after = partScale > 0 ? partEnd + 1 : partEnd;
                }
            }
            return new Scaled(plain(value), after);
        }
        int wordEnd = k;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        // A letter run glued to digits ("1.2bn5") is a code, not a scale.
        if (wordEnd == k || wordEnd < text.length() && isDigit(text.charAt(wordEnd))) {
            return null;
        }
        int exponent = scaleOf(text.substring(k, wordEnd).toLowerCase(Locale.ROOT), lang);
        if (exponent < 0) {
            return null;
        }
        int after = wordEnd < text.length() && text.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd;
        // "1,2 mil millones" (es) and "1,2 mil milhões" (pt): a thousand millions.
        if (exponent == 3) {
            int next = skipSpaces(text, wordEnd);
            int nextEnd = next;
            while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
                nextEnd++;
            }
            int more = nextEnd > next ? scaleOf(text.substring(next, nextEnd).toLowerCase(Locale.ROOT), lang) : -1;
            if (more > 3) {
                exponent += more;
                after = nextEnd;
            }
        }
        return new Scaled(plain(number.scaleByPowerOfTen(exponent)), after);
    }

    private static int scaleOf(String lowerWord, String lang) {
        Integer exponent = SCALES.get(lowerWord);
        if (exponent != null) {
            return exponent;
        }
        Map<String, Integer> byLanguage = SCALE_BY_LANGUAGE.get(lowerWord);
        if (byLanguage == null) {
            return -1;
        }
        Integer value = byLanguage.getOrDefault(lang == null ? "" : lang, byLanguage.get(""));
        return value == null || value == 0 ? -1 : value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
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
        String number = canonicalNumber(token);
        return number.indexOf('.') < 0 && number.length() < 2 ? null : number;
    }

    /**
     * How separators are told apart: with both marks, the last one is the decimal mark; with one mark used
     * more than once, it separates thousands; used once, it separates thousands when exactly three digits
     * follow and at most three precede and the number does not start with 0 ("1,500" and "1.500" are 1500,
     * "1,50" and "0.500" are decimals); a space (or no-break space) before three digits separates thousands.
     */
    private static String canonicalNumber(String token) {
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
