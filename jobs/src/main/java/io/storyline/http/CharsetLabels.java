package io.storyline.http;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a declared charset label (from a header or a meta tag) to a Java {@link Charset}, the way a
 * browser does.
 *
 * <p>The table follows the WHATWG Encoding Standard's label list (https://encoding.spec.whatwg.org/#names-and-labels),
 * including its deliberate supersets: "iso-8859-1", "latin1" and "us-ascii" decode as windows-1252, "gb2312" and
 * "gbk" as GB18030, "big5" as Big5-HKSCS, "shift_jis" as windows-31j. A few labels that browsers do not know but
 * that appear on real Russian and Japanese sites ("win-1251", "windows1251", "x-sjis") are added at the end. Labels
 * outside the table are unknown, even when Java would accept them: Java knows EBCDIC and other encodings that no
 * browser decodes HTML with, so a page declaring them is mislabelled and detection does better.
 */
public final class CharsetLabels {
    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        label("UTF-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8");
        label("IBM866", "866", "cp866", "csibm866", "ibm866");
        label("ISO-8859-2", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2");
        label("ISO-8859-3", "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3");
        label("ISO-8859-4", "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4");
        label("ISO-8859-5", "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988");
        label("ISO-8859-6", "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987");
        label("ISO-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek");
        label("ISO-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i", "iso-8859-8-i", "logical");
        label("ISO-8859-10", "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6");
        label("ISO-8859-13", "iso-8859-13", "iso8859-13", "iso885913");
        label("ISO-8859-14", "iso-8859-14", "iso8859-14", "iso885914");
        label("ISO-8859-15", "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9");
        label("ISO-8859-16", "iso-8859-16");
        label("KOI8-R", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r");
        label("KOI8-U", "koi8-ru", "koi8-u");
        label("x-MacRoman", "csmacintosh", "mac", "macintosh", "x-mac-roman");
        label("windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874");
        label("windows-1250", "cp1250", "windows-1250", "x-cp1250");
        label("windows-1251", "cp1251", "windows-1251", "x-cp1251");
        label("windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252");
        label("windows-1253", "cp1253", "windows-1253", "x-cp1253");
        label("windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254");
        label("windows-1255", "cp1255", "windows-1255", "x-cp1255");
        label("windows-1256", "cp1256", "windows-1256", "x-cp1256");
        label("windows-1257", "cp1257", "windows-1257", "x-cp1257");
        label("windows-1258", "cp1258", "windows-1258", "x-cp1258");
        label("x-MacCyrillic", "x-mac-cyrillic", "x-mac-ukrainian");
        label("GB18030", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk", "gb18030");
        label("Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
        label("EUC-JP", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
        label("ISO-2022-JP", "csiso2022jp", "iso-2022-jp");
        label("windows-31j", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
        label("x-windows-949", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");
        label("UTF-16BE", "unicodefffe", "utf-16be");
        label("UTF-16LE", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le");
        // Not WHATWG labels, but seen on real pages; browsers would fall back to detection, we can do better.
        label("windows-1251", "win-1251", "win1251", "windows1251", "cp-1251");
        label("windows-1252", "win-1252", "windows1252");
        label("KOI8-R", "koi8r");
        label("UTF-8", "utf_8", "utf-8n");
    }

    private CharsetLabels() {}

    private static void label(String javaName, String... labels) {
        if (!Charset.isSupported(javaName)) {
            return; // a trimmed JRE without the extended charsets: the label stays unknown
        }
        for (String label : labels) {
            LABELS.put(label, javaName);
        }
    }

    /**
     * The charset a browser would use for {@code label}, or empty for unknown labels such as
     * "x-user-defined" (WHATWG maps it to a byte-preserving pseudo-encoding meant for binary XHR, which tells nothing
     * about the text) or garbage. Never throws.
     */
    public static Optional<Charset> lookup(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = label.strip().toLowerCase(Locale.ROOT);
        // Some pages quote or terminate the value oddly: charset="utf-8;" or charset='utf-8'
        key = key.replaceAll("^[\"']+|[\"';,]+$", "").strip();
        String name = LABELS.get(key);
        return name == null ? Optional.empty() : Optional.of(Charset.forName(name));
    }

    /** The value of the {@code charset} parameter of a Content-Type value, or null. */
    public static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = part.substring(eq + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                    value = value.substring(1, value.length() - (value.endsWith(value.substring(0, 1)) ? 1 : 0));
                }
                return value.strip();
            }
        }
        return null;
    }
}
