package io.storyline.stories;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A key for a person's surname on which the renderings of the press of each language meet: Зеленский,
 * Зеленський, Zelensky, Zelenskyy, Selenskyj, Zełenski; Хрущёв, Khrushchev, Chruschtschow, Khrouchtchev,
 * Chruszczow, Chruščov; Путин, Putin, Poutine.
 *
 * <p>How: Cyrillic is romanised with ICU's BGN/PCGN rules of the text's language (the English-language
 * convention: kh, ch, sh, shch, zh, ts), other scripts with ICU's Any-Latin. The Latin spelling is then read
 * with the spelling conventions of the text's language, which is the language whose press rendered the name
 * ("ch" is [x] in German, Polish and Czech, [ʃ] in French and Portuguese, [tʃ] in English and Spanish), into
 * one sound class per consonant: č (tsch, tch, cz, ç), š (sch, sh, sz, ch in French), šč (щ), ž (zh, ż, j in
 * French), x (kh, h, ch in German), ts (c in Slavic Latin, z in German), dž; v, w and f are one (Iwanow,
 * Ivanov, Rachmaninoff); doubled letters collapse; every run of vowels and glides (i, y, j in German and
 * Slavic Latin, ij, yy) is one vowel, and a final vowel goes ("Poutine", "Gagarina", "Zelenskyj"); s and z
 * are one, and so are š and ž (German writes з as s and ж as sch: Selenskyj, Prigoschin); Czech -ová goes.
 * Names that a Latin-script press keeps in their original spelling (Michel, Johnson in a Polish text) are
 * read with that press's conventions all the same, which is the main source of misses.
 *
 * <p>Measured on the SlavicNER gold persons and on a list of press renderings (docs/multilingual.md). Pure
 * and thread-safe.
 */
public final class NameKey {
    private NameKey() {}

    private static final ThreadLocal<Transliterator> RU = transliterator("Russian-Latin/BGN; Any-Latin");
    private static final ThreadLocal<Transliterator> UK = transliterator("Ukrainian-Latin/BGN; Any-Latin");
    private static final ThreadLocal<Transliterator> BG = transliterator("Bulgarian-Latin/BGN; Any-Latin");
    private static final ThreadLocal<Transliterator> SR = transliterator("Serbian-Latin/BGN; Any-Latin");
    private static final ThreadLocal<Transliterator> MK = transliterator("Macedonian-Latin/BGN; Any-Latin");
    private static final ThreadLocal<Transliterator> ANY = transliterator("Any-Latin");
    private static final ThreadLocal<Transliterator> ASCII = transliterator("Latin-ASCII");

    private static ThreadLocal<Transliterator> transliterator(String id) {
        return ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
    }

    // Sound classes, as upper-case letters so that later rules on lower-case letters leave them alone.
    // C č, S š, Z ž, X [x], Q ts, J dž; vowels become 'a'.

    /** Spellings every Latin convention shares (letters with diacritics), applied first. */
    private static final String[][] COMMON = {
        {"šč", "SC"}, {"ŝ", "SC"}, {"č", "C"}, {"ć", "C"}, {"š", "S"}, {"ş", "S"}, {"ž", "Z"}, {"ż", "Z"}, {"ź", "Z"},
        {"dž", "J"}, {"đ", "J"}, {"ǆ", "J"}, {"ł", "l"}, {"ß", "ss"},
    };

    // The English convention, which BGN romanisations follow too; English news also uses German spellings
    // (Klitschko).
    private static final String[][] EN = {
        {"shch", "SC"}, {"schtsch", "SC"}, {"dzh", "J"}, {"tsch", "C"}, {"sch", "S"}, {"tch", "C"}, {"ch", "C"}, {"sh", "S"}, {"zh", "Z"}, {"kh", "X"}, {"ts", "Q"},
        {"tz", "Q"}, {"j", "J"},
    };
    private static final String[][] DE = {
        {"schtsch", "SC"}, {"dsch", "J"}, {"tsch", "C"}, {"sch", "S"}, {"ch", "X"}, {"tz", "Q"}, {"ts", "Q"},
        {"z", "Q"}, {"j", "y"},
    };
    private static final String[][] FR = {
        {"chtch", "SC"}, {"dj", "J"}, {"tch", "C"}, {"ch", "S"}, {"kh", "X"}, {"ts", "Q"}, {"tz", "Q"}, {"j", "Z"},
        {"ou", "u"}, {"ç", "s"}, {"gu", "g"}, {"qu", "k"},
    };
    private static final String[][] ES = {
        {"shch", "SC"}, {"ch", "C"}, {"sh", "S"}, {"ts", "Q"}, {"j", "X"}, {"qu", "k"}, {"gu", "g"},
    };
    private static final String[][] IT = {
        {"sci", "S"}, {"sce", "Se"}, {"ci", "C"}, {"ce", "Ce"}, {"gi", "J"}, {"ge", "Je"}, {"ch", "k"}, {"gh", "g"},
        {"ts", "Q"}, {"j", "y"},
    };
    private static final String[][] PT = {
        {"tch", "C"}, {"ch", "S"}, {"sh", "S"}, {"nh", "n"}, {"lh", "l"}, {"ts", "Q"}, {"j", "Z"}, {"ç", "s"},
        {"qu", "k"}, {"gu", "g"},
    };
    private static final String[][] NL = {
        {"tsj", "C"}, {"sj", "S"}, {"zj", "Z"}, {"ch", "X"}, {"ts", "Q"}, {"tz", "Q"}, {"oe", "u"}, {"j", "y"},
    };
    private static final String[][] PL = {
        {"szcz", "SC"}, {"dż", "J"}, {"dź", "J"}, {"cz", "C"}, {"sz", "S"}, {"ch", "X"}, {"c", "Q"}, {"ś", "s"},
        {"j", "y"},
    };
    // Czech, Slovak, Slovene, Croatian, Serbian in Latin letters.
    private static final String[][] SLAVIC = {
        {"ch", "X"}, {"c", "Q"}, {"j", "y"},
    };
    private static final String[][] TR = {
        {"ç", "C"}, {"c", "J"}, {"j", "Z"}, {"ı", "i"},
    };

    private static final Map<String, String[][]> CONVENTIONS = Map.ofEntries(
            Map.entry("en", EN), Map.entry("de", DE), Map.entry("fr", FR), Map.entry("es", ES), Map.entry("it", IT),
            Map.entry("pt", PT), Map.entry("nl", NL), Map.entry("pl", PL), Map.entry("cs", SLAVIC),
            Map.entry("sk", SLAVIC), Map.entry("sl", SLAVIC), Map.entry("hr", SLAVIC), Map.entry("sr", SLAVIC),
            Map.entry("bs", SLAVIC), Map.entry("tr", TR));

    // A word-initial h is silent in the Romance languages (Hollande, Олланд); inside a word their press writes it
    // for Ukrainian г (Chmyhal).
    private static final Set<String> FEMININE_OVA = Set.of("cs", "sk");
    private static final Set<String> SLAVIC_C = Set.of("pl", "cs", "sk", "sl", "hr", "sr", "bs");
    private static final Set<String> SILENT_INITIAL_H = Set.of("fr", "es", "it", "pt");

    // Left after the conventions: the same in every Latin spelling. h alone is [x] or [ɦ] (Czech, Ukrainian
    // BGN); s and z are one, and so are š and ž, as German has no letter for з and ж (Selenskyj, Prigoschin).
    private static final String[][] GENERIC = {
        {"ph", "f"}, {"th", "t"}, {"gh", "g"}, {"ck", "k"}, {"q", "k"}, {"x", "ks"}, {"w", "v"}, {"f", "v"},
        {"c", "k"}, {"h", "X"}, {"z", "s"}, {"Z", "S"},
    };

    // "Li", "Xi", "Ma": too short to tell people apart.
    private static final int MIN_LETTERS = 3;
    private static final int MIN_CONSONANTS = 2;

    /**
     * The key of the last word of a person's name (the surname), or null when the name has no letters or the
     * surname is too short to tell people apart (fewer than three letters or two consonants: "Xi", "Ali").
     *
     * @param name a person's name as written, in any script
     * @param lang the ISO 639-1 code of the text the name was written in, or null (English conventions)
     */
    public static String of(String name, String lang) {
        if (name == null) {
            return null;
        }
        String cacheKey = (lang == null ? "" : lang) + '\u0000' + name;
        Map<String, String> cache = RECENT.get();
        String known = cache.get(cacheKey);
        if (known != null || cache.containsKey(cacheKey)) {
            return known;
        }
        String key = compute(name, lang);
        cache.put(cacheKey, key);
        return key;
    }

    // The stories stage asks for every person mention, and the same few names recur across a day's articles;
    // ICU's transliteration was a tenth of the stage's time at 100k documents. Most recently used, per thread.
    private static final int RECENT_NAMES = 4096;
    private static final ThreadLocal<Map<String, String>> RECENT = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(RECENT_NAMES * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > RECENT_NAMES;
                }
            });

    private static String compute(String name, String lang) {
        String surname = lastWord(name);
        if (surname.isEmpty()) {
            return null;
        }
        String l = lang == null ? "" : lang;
        String latin = surname;
        String convention = l;
        if (!isLatin(surname)) {
            latin = transliterator(surname, l).transliterate(surname);
            // BGN and Any-Latin spell as English-language news does.
            convention = "en";
        }
        return skeleton(latin.toLowerCase(Locale.ROOT), convention);
    }

    private static String skeleton(String lower, String convention) {
        String s = latinLetters(lower);
        if (s.length() < MIN_LETTERS) {
            return null;
        }
        if (s.startsWith("h") && SILENT_INITIAL_H.contains(convention)) {
            s = s.substring(1);
        }
        // Czech and Slovak add -ová to every woman's surname, foreign ones too (Merkelová, Hidalgová).
        if (FEMININE_OVA.contains(convention) && s.endsWith("ová") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        }
        // Slavic Latin c is [ts], but the foreign names these languages keep as written begin with c before
        // a, o, u, l, r (Cameron, Collins, Craig), where a Slavic ц hardly stands.
        if (SLAVIC_C.contains(convention) && s.length() > 1 && s.charAt(0) == 'c' && "aoulr".indexOf(s.charAt(1)) >= 0) {
            s = "k" + s.substring(1);
        }
        s = apply(COMMON, s);
        s = apply(CONVENTIONS.getOrDefault(convention, EN), s);
        s = ASCII.get().transliterate(s);
        s = apply(GENERIC, s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        String key = vowelClasses(out);
        if (!key.isEmpty() && isVowelClass(key.charAt(key.length() - 1))) {
            key = key.substring(0, key.length() - 1);
        }
        int consonants = 0;
        for (int i = 0; i < key.length(); i++) {
            if (!isVowelClass(key.charAt(i))) {
                consonants++;
            }
        }
        return consonants < MIN_CONSONANTS ? null : key;
    }

    /**
     * Each run of vowels and glides as one vowel, 'a'. Vowels are where renderings differ most: ё is "e" in
     * English and "o" in German (Khrushchev, Chruschtschow), and English names in Cyrillic change theirs
     * (Trump, Трамп). Keeping vowel classes (a, e=o, i=y, u) cut the SlavicNER meet rate from 45% to 28% for
     * a third of the false collisions (docs/multilingual.md).
     */
    private static String vowelClasses(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isVowel(c)) {
                out.append(c);
            } else if (out.isEmpty() || out.charAt(out.length() - 1) != 'a') {
                out.append('a');
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean isVowelClass(char c) {
        return c == 'a';
    }

    private static String apply(String[][] rules, String s) {
        for (String[] rule : rules) {
            if (s.contains(rule[0])) {
                s = s.replace(rule[0], rule[1]);
            }
        }
        return s;
    }

    private static Transliterator transliterator(String surname, String lang) {
        if (!hasCyrillic(surname)) {
            return ANY.get();
        }
        return switch (lang) {
            case "uk" -> UK.get();
            case "bg" -> BG.get();
            case "sr" -> SR.get();
            case "mk" -> MK.get();
            default -> RU.get();
        };
    }

    /** The last run of letters (with inner hyphens and apostrophes: "Rimsky-Korsakov", "O'Neill"). */
    private static String lastWord(String name) {
        int end = name.length();
        while (end > 0 && !Character.isLetter(name.codePointBefore(end))) {
            end -= Character.charCount(name.codePointBefore(end));
        }
        int start = end;
        while (start > 0) {
            int c = name.codePointBefore(start);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || (c == '-' || c == '\'' || c == '’') && start - 1 > 0 && Character.isLetter(name.codePointBefore(start - 1))) {
                start -= Character.charCount(c);
            } else {
                break;
            }
        }
        return name.substring(start, end);
    }

    /** Lower-case Latin letters only: romanisation leaves primes (ʹ) for soft signs, and names carry hyphens. */
    private static String latinLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
