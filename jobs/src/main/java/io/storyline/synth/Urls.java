package io.storyline.synth;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Article URLs in the path style of each source. */
final class Urls {
    private static final String[] CYRILLIC = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e",
        "ж", "zh", "з", "z", "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p",
        "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sht",
        "ъ", "a", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya"};
    private static final java.util.Map<Character, String> TRANSLIT = new java.util.HashMap<>();

    static {
        for (int i = 0; i < CYRILLIC.length; i += 2) {
            TRANSLIT.put(CYRILLIC[i].charAt(0), CYRILLIC[i + 1]);
        }
    }

    private Urls() {
    }

    static String article(Source source, LanguageBank bank, String topic, long publishedEpochSecond, String headline,
                          long planId) {
        List<String> sections = bank.chromeList("sections");
        String section = switch (topic) {
            case "politics" -> sections.get(0);
            case "business" -> sections.get(1);
            default -> sections.get(2);
        };
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(publishedEpochSecond, 86_400L));
        String slug = slug(headline);
        // A number unique in the crawl, looking like a CMS id.
        long id = 1_000_000L + planId * 7L + source.index() % 7;
        String path = switch (source.urlStyle()) {
            case 0 -> String.format(Locale.ROOT, "/%s/%04d/%02d/%02d/%s-%d.html", section, day.getYear(),
                day.getMonthValue(), day.getDayOfMonth(), slug, id);
            case 1 -> String.format(Locale.ROOT, "/news/%d-%s", id, slug);
            case 2 -> String.format(Locale.ROOT, "/%s/%s/%d/", section, slug, id);
            default -> String.format(Locale.ROOT, "/%04d%02d%02d/%d.html", day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), id);
        };
        return "https://" + source.host() + path;
    }

    static String slug(String headline) {
        String lower = headline.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String t = c >= 0x400 && c < 0x500 ? TRANSLIT.get(c) : null;
            if (t != null) {
                latin.append(t);
            } else if (c < 0x80) {
                latin.append(c);
            } else {
                latin.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
            }
        }
        StringBuilder slug = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length() && slug.length() < 70; i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.isEmpty() ? "article" : slug.toString();
    }

    static long epochSecond(LocalDate date) {
        return date.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }
}
