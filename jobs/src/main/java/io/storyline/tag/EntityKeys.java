package io.storyline.tag;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cross-lingual keys of names. A name is romanised with ICU (BGN/PCGN for Russian, Bulgarian and
 * Ukrainian, which spell names as English-language news does: Путин → Putin; Any-Latin otherwise),
 * folded to ASCII, and reduced to a phonetic key that ignores the spelling differences between
 * languages (silent h, doubled letters, y/i, ou/u, final e): Putin, Poutine and Путин meet at
 * "putin"; Hollande, Олланд and Оланд at "oland".
 */
public final class EntityKeys {
    private static final ThreadLocal<Transliterator> RU = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> BG = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Bulgarian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> UK = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Ukrainian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ANY = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /** Phonetic keys already made on this thread: news repeats its names, and ICU's romanisation is the key's cost. */
    private static final ThreadLocal<Map<String, String>> PHONETIC = ThreadLocal.withInitial(() -> new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 20_000;
        }
    });

    private EntityKeys() {}

    /** The name in Latin script (ASCII), as the language's romanisation spells it. */
    public static String latin(String name, String lang) {
        if (isAscii(name)) {
            return name;
        }
        Transliterator t = switch (lang == null ? "" : lang) {
            case "ru" -> RU.get();
            case "bg" -> BG.get();
            case "uk" -> UK.get();
            default -> ANY.get();
        };
        // BGN marks soft and hard signs with primes; they carry no sound a Latin spelling keeps.
        return t.transliterate(name).replace("'", "").replace("\"", "").replace("ʹ", "").replace("ʺ", "");
    }

    /** The name's letters in Latin script, lower case, nothing else: the key of an acronym ("İH" → "ih", "США" → "ssha"). */
    public static String letters(String name, String lang) {
        return asciiLetters(name, lang, false);
    }

    /** The romanised name's letters a to z, lower case; with {@code wordBreaks}, a space for each space or hyphen. */
    private static String asciiLetters(String name, String lang, boolean wordBreaks) {
        String s = latin(name, lang).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (wordBreaks && (c == ' ' || c == '-')) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The phonetic key of a name: lower-case letters and single spaces. */
    public static String phonetic(String name, String lang) {
        return PHONETIC.get().computeIfAbsent(lang + '\u0000' + name, k -> phoneticOf(name, lang));
    }

    private static String phoneticOf(String name, String lang) {
        StringBuilder out = new StringBuilder();
        for (String word : asciiLetters(name, lang, true).trim().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(phoneticWord(word));
        }
        return out.toString();
    }

    private static String phoneticWord(String w) {
        String s = w;
        s = s.replace("dzh", "j").replace("dj", "j").replace("zh", "j").replace("kh", "h").replace("sch", "sh")
                .replace("tch", "ch").replace("ck", "k").replace("ph", "f").replace("th", "t").replace("qu", "k")
                .replace('q', 'k').replace('w', 'v').replace("x", "ks").replace("ou", "u").replace("ee", "i")
                .replace("ya", "ia").replace("yu", "iu").replace("ye", "e").replace('y', 'i');
        // c before a consonant or at the end is k; ch and sh stay as digraphs (marked with upper case).
        s = s.replace("ch", "C").replace("sh", "S").replace("c", "k").replace("h", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        // A final e is silent in French and German spellings of Slavic and English names.
        if (out.length() > 3 && out.charAt(out.length() - 1) == 'e') {
            out.setLength(out.length() - 1);
        }
        // v and f merge: German and Dutch V is [f] (Vogler, Фоглер), and Slavic final v is devoiced.
        return out.toString().replace("C", "ch").replace("S", "sh").replace('v', 'f');
    }

    /** A stable id for a key: 64 bits of SHA-256, in hex. */
    public static String id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
