package io.storyline.http;

import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of an HTTP payload: byte order mark, then the HTTP {@code Content-Type} charset, then a
 * {@code <meta>} declaration near the start, then statistics (strict UTF-8 validation and ICU4J), else UTF-8.
 *
 * <p>A declared charset (header or meta) is used only when it is known (see {@link CharsetLabels}) and the bytes
 * do not contradict it; otherwise the next source is tried. The contradiction rules are in
 * {@link #contradicts(Charset, Sample)}. Stateless and thread-safe; never throws on bad input.
 */
public final class CharsetDetector {
    /** How far to look for a meta declaration. WHATWG's prescan stops at 1024 bytes; news pages often put
     *  kilobytes of scripts and link tags before their meta charset, and browsers do find those too (they
     *  re-parse), so we scan further. */
    public static final int META_SCAN_BYTES = 4 * 1024;
    /** How much of the payload the statistics look at: enough text for ICU, bounded cost per record. */
    public static final int DETECTION_SAMPLE_BYTES = 32 * 1024;
    /** Below this ICU confidence (0..100) a guess is noise. */
    static final int MIN_DETECTION_CONFIDENCE = 10;
    /** ICU confidence needed to overrule a declared single-byte charset. Real Cyrillic text in windows-1251 or
     *  KOI8-R scores 50 to 80 for its own charset and under 5 for the other one. */
    static final int OVERRULE_CONFIDENCE = 50;
    /** Valid multi-byte UTF-8 sequences needed (with none invalid) to overrule a declared legacy charset. */
    static final int UTF8_EVIDENCE_SEQUENCES = 3;

    private static final Set<String> LATIN1_FAMILY = Set.of("windows-1252", "ISO-8859-1", "US-ASCII");
    private static final Set<String> CYRILLIC = Set.of("windows-1251", "KOI8-R", "KOI8-U", "ISO-8859-5", "IBM866", "x-MacCyrillic");
    /** Charsets whose detection means a script that windows-1252 cannot carry. */
    private static final Set<String> NON_LATIN_SCRIPT = Set.of(
            "windows-1251", "KOI8-R", "KOI8-U", "ISO-8859-5", "IBM866", "x-MacCyrillic",
            "windows-1253", "ISO-8859-7", "windows-1255", "ISO-8859-8", "windows-1256", "ISO-8859-6", "windows-874",
            "GB18030", "Big5-HKSCS", "EUC-JP", "ISO-2022-JP", "windows-31j", "x-windows-949");

    private static final Pattern META_TAG = Pattern.compile("<meta[\\s/][^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-z_:][-a-z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
    private static final Pattern CHARSET_IN_CONTENT = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([^\"'\\s;,]+)");

    /**
     * The charset to decode {@code payload[0, length)} with.
     *
     * @param contentTypeHeader the HTTP Content-Type value, or null
     */
    public DetectedCharset detect(byte[] payload, int length, String contentTypeHeader) {
        if (payload == null) {
            return new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.DEFAULT);
        }
        int n = Math.max(0, Math.min(length, payload.length));

        Charset bom = bomCharset(payload, n);
        if (bom != null) {
            return new DetectedCharset(bom, CharsetSource.BOM);
        }
        Sample sample = new Sample(payload, Math.min(n, DETECTION_SAMPLE_BYTES));

        Optional<Charset> header = CharsetLabels.lookup(CharsetLabels.charsetParameter(contentTypeHeader));
        if (header.isPresent() && !contradicts(header.get(), sample)) {
            return new DetectedCharset(header.get(), CharsetSource.HTTP_HEADER);
        }

        Optional<Charset> meta = metaCharset(payload, Math.min(n, META_SCAN_BYTES));
        if (meta.isPresent() && !contradicts(meta.get(), sample)) {
            return new DetectedCharset(meta.get(), CharsetSource.META);
        }

        return sample.detected()
                .map(c -> new DetectedCharset(c, CharsetSource.DETECTED))
                .orElseGet(() -> new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.DEFAULT));
    }

    /** Decodes {@code bytes[0, length)}, replacing malformed input with U+FFFD and dropping a leading BOM. */
    public static String decode(byte[] bytes, int length, Charset charset) {
        if (bytes == null) {
            return "";
        }
        int n = Math.max(0, Math.min(length, bytes.length));
        CharsetDecoder decoder = (charset == null ? StandardCharsets.UTF_8 : charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, n));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            // Cannot happen with REPLACE; keep the promise of never throwing anyway.
            text = new String(bytes, 0, n, StandardCharsets.UTF_8);
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static Charset bomCharset(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The first known charset declared by a meta tag in {@code payload[0, n)}. The bytes are read as Latin-1, which
     * keeps every ASCII-compatible encoding's markup intact without decoding the document. Comments are skipped, as
     * in WHATWG's prescan; a meta declaring UTF-16 means UTF-8 (WHATWG: had the page been UTF-16, an ASCII scan could
     * not have read the tag).
     */
    static Optional<Charset> metaCharset(byte[] payload, int n) {
        String head = withoutComments(new String(payload, 0, n, StandardCharsets.ISO_8859_1));
        Matcher tag = META_TAG.matcher(head);
        while (tag.find()) {
            String label = metaLabel(tag.group().substring(5));
            Optional<Charset> charset = CharsetLabels.lookup(label);
            if (charset.isPresent()) {
                String name = charset.get().name();
                return name.startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : charset;
            }
        }
        return Optional.empty();
    }

    private static String metaLabel(String attributes) {
        String charset = null;
        String httpEquiv = null;
        String content = null;
        boolean named = false;
        Matcher m = ATTRIBUTE.matcher(attributes.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            switch (m.group(1)) {
                case "charset" -> charset = charset == null ? value : charset;
                case "http-equiv" -> httpEquiv = value;
                case "content" -> content = content == null ? value : content;
                case "name", "property", "itemprop" -> named = true;
                default -> { }
            }
        }
        if (charset != null) {
            return charset;
        }
        // <meta http-equiv="Content-Type" content="text/html; charset=...">; lenient about a missing http-equiv,
        // but a named meta (description, keywords) is prose that may merely mention "charset=".
        boolean contentType = httpEquiv != null ? httpEquiv.strip().equals("content-type") : !named;
        if (contentType && content != null) {
            Matcher c = CHARSET_IN_CONTENT.matcher(content);
            if (c.find()) {
                return c.group(1);
            }
        }
        return null;
    }

    private static String withoutComments(String html) {
        int open = html.indexOf("<!--");
        if (open < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (open >= 0) {
            out.append(html, from, open);
            int close = html.indexOf("-->", open + 4);
            if (close < 0) {
                return out.toString();
            }
            from = close + 3;
            open = html.indexOf("<!--", from);
        }
        return out.append(html, from, html.length()).toString();
    }

    /**
     * Whether the bytes contradict a declared charset, so that the next source should be tried. Declarations are
     * right far more often than statistics, so only strong evidence overrules one:
     * <ul>
     *   <li>Declared UTF-8, but invalid UTF-8 sequences outnumber valid multi-byte ones. UTF-8 validates itself:
     *       text in a legacy 8-bit charset almost never forms valid multi-byte sequences, so a page whose
     *       non-ASCII bytes are mostly broken UTF-8 is not UTF-8 (typically a windows-1251 site behind a server
     *       that adds "charset=utf-8"). A UTF-8 page with a pasted legacy snippet keeps its label, since its valid
     *       sequences dominate; a sequence cut by the sample end is not counted.</li>
     *   <li>Declared a legacy charset, but the sample is strictly valid UTF-8 with at least
     *       {@value #UTF8_EVIDENCE_SEQUENCES} multi-byte sequences: the same self-validation the other way round
     *       (the CMS moved to UTF-8, the server config did not).</li>
     *   <li>Declared windows-1252/ISO-8859-1/ASCII, the usual server default (Apache's AddDefaultCharset), but
     *       ICU is confident ({@value #OVERRULE_CONFIDENCE}+) in a charset of a script Latin-1 cannot carry.</li>
     *   <li>Declared one Cyrillic charset, but ICU is confident in another (KOI8-R served as windows-1251 was
     *       common on Russian hosting). Decoding with the wrong one gives no U+FFFD, just case-swapped garbage, so
     *       only statistics can see it.</li>
     *   <li>Declared UTF-16 without a BOM, but no NUL byte in the first 512 bytes: HTML markup in UTF-16 is half
     *       NULs, so this is an ASCII-compatible page with a wrong label.</li>
     * </ul>
     */
    static boolean contradicts(Charset declared, Sample sample) {
        String name = declared.name();
        if (name.startsWith("UTF-16")) {
            return sample.length() > 0 && !sample.hasNulIn(512);
        }
        if (!sample.hasHighBytes()) {
            return false; // ASCII reads the same in every charset we accept
        }
        if (name.equals("UTF-8")) {
            return sample.utf8Invalid() > sample.utf8Multibyte();
        }
        if (sample.utf8Invalid() == 0 && sample.utf8Multibyte() >= UTF8_EVIDENCE_SEQUENCES) {
            return true;
        }
        boolean latin1Family = LATIN1_FAMILY.contains(name);
        boolean cyrillic = CYRILLIC.contains(name);
        if (!latin1Family && !cyrillic) {
            return false;
        }
        Optional<Guess> guess = sample.icuGuess();
        if (guess.isEmpty() || guess.get().confidence() < OVERRULE_CONFIDENCE) {
            return false;
        }
        String guessed = guess.get().charset().name();
        if (latin1Family) {
            return NON_LATIN_SCRIPT.contains(guessed);
        }
        return CYRILLIC.contains(guessed) && !guessed.equals(name);
    }

    /** Below this many bytes of visible text, ICU gets the raw sample with its own tag filter. */
    static final int MIN_VISIBLE_TEXT = 64;
    /** ICU reads at most 8000 bytes of input; a little more does no harm. */
    static final int MAX_VISIBLE_TEXT = 12 * 1024;

    /**
     * The text outside tags, comments, scripts and styles of {@code bytes[0, n)}, with whitespace runs collapsed.
     * Works on bytes: in every ASCII-compatible charset ICU proposes except ISO-2022 (handled by the caller), '<'
     * and '>' are never part of a multi-byte character.
     */
    static byte[] visibleText(byte[] bytes, int n) {
        byte[] out = new byte[Math.min(n, MAX_VISIBLE_TEXT)];
        int size = 0;
        int i = 0;
        boolean space = true;
        while (i < n && size < out.length) {
            byte b = bytes[i];
            if (b == '<') {
                if (startsWithIgnoreCase(bytes, n, i, "<!--")) {
                    i = indexOf(bytes, n, i + 4, "-->") + 3;
                } else if (startsWithIgnoreCase(bytes, n, i, "<script")) {
                    i = indexOf(bytes, n, i + 7, "</script") + 8;
                } else if (startsWithIgnoreCase(bytes, n, i, "<style")) {
                    i = indexOf(bytes, n, i + 6, "</style") + 7;
                }
                i = indexOf(bytes, n, Math.min(i, n), ">") + 1;
                if (!space) {
                    out[size++] = ' ';
                    space = true;
                }
                continue;
            }
            boolean whitespace = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
            if (!whitespace) {
                out[size++] = b;
                space = false;
            } else if (!space) {
                out[size++] = ' ';
                space = true;
            }
            i++;
        }
        return Arrays.copyOf(out, size);
    }

    /** The index of {@code ascii} in {@code bytes[from, n)}, ignoring case, or {@code n} when absent. */
    private static int indexOf(byte[] bytes, int n, int from, String ascii) {
        for (int i = Math.max(0, from); i + ascii.length() <= n; i++) {
            if (startsWithIgnoreCase(bytes, n, i, ascii)) {
                return i;
            }
        }
        return n;
    }

    private static boolean startsWithIgnoreCase(byte[] bytes, int n, int at, String ascii) {
        if (at + ascii.length() > n) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            int b = bytes[at + k];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    record Guess(Charset charset, int confidence) {}

    /** The first bytes of a payload with its statistics, computed once and on demand. */
    static final class Sample {
        private final byte[] bytes;
        private final int length;
        private boolean scanned;
        private boolean highBytes;
        private boolean escapes;
        private int utf8Multibyte;
        private int utf8Invalid;
        private Optional<Guess> icuGuess;

        Sample(byte[] payload, int length) {
            this.bytes = payload;
            this.length = length;
        }

        int length() {
            return length;
        }

        boolean hasNulIn(int limit) {
            for (int i = 0; i < Math.min(limit, length); i++) {
                if (bytes[i] == 0) {
                    return true;
                }
            }
            return false;
        }

        boolean hasHighBytes() {
            scan();
            return highBytes;
        }

        int utf8Multibyte() {
            scan();
            return utf8Multibyte;
        }

        int utf8Invalid() {
            scan();
            return utf8Invalid;
        }

        /** The charset the statistics point to, if any: strict UTF-8 first, then ICU. */
        Optional<Charset> detected() {
            scan();
            if (!highBytes && !escapes) {
                return Optional.empty(); // pure ASCII: UTF-8 by default reads it, and whatever follows, best
            }
            if (highBytes && utf8Invalid == 0 && utf8Multibyte > 0) {
                return Optional.of(StandardCharsets.UTF_8);
            }
            return icuGuess().filter(g -> g.confidence() >= MIN_DETECTION_CONFIDENCE).map(Guess::charset);
        }

        /**
         * ICU's best match that we can decode with and that is ASCII-compatible (UTF-16/32 come from the BOM step;
         * ICU also proposes EBCDIC Arabic and Hebrew, which are never right for a web page).
         *
         * <p>ICU looks at no more than its first 8000 input bytes, and its own tag filter keeps script and style
         * bodies. On CMS pages (Bitrix, WordPress) those first 8000 bytes are mostly CSS and JavaScript, whose ASCII
         * words drown the few Cyrillic n-grams of the title: a real windows-1251 page from CC then comes out as
         * ISO-8859-1. So ICU gets the visible text of the sample instead (see {@link #visibleText}).
         */
        Optional<Guess> icuGuess() {
            if (icuGuess == null) {
                icuGuess = Optional.empty();
                com.ibm.icu.text.CharsetDetector icu = new com.ibm.icu.text.CharsetDetector();
                byte[] text = escapes ? null : visibleText(bytes, length);
                if (text != null && text.length >= MIN_VISIBLE_TEXT) {
                    icu.setText(text);
                } else {
                    icu.enableInputFilter(true);
                    icu.setText(length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
                }
                CharsetMatch[] matches;
                try {
                    matches = icu.detectAll();
                } catch (RuntimeException e) {
                    return icuGuess; // ICU on adversarial bytes: no guess rather than a failed record
                }
                for (CharsetMatch match : matches) {
                    String name = match.getName();
                    if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("IBM42")) {
                        continue;
                    }
                    Optional<Charset> charset = CharsetLabels.lookup(name.replace("-I", ""));
                    if (charset.isPresent()) {
                        icuGuess = Optional.of(new Guess(charset.get(), match.getConfidence()));
                        break;
                    }
                }
            }
            return icuGuess;
        }

        private void scan() {
            if (scanned) {
                return;
            }
            scanned = true;
            int i = 0;
            while (i < length) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    escapes |= b == 0x1B; // ISO-2022-JP is 7-bit and announces itself with ESC sequences
                    i++;
                    continue;
                }
                highBytes = true;
                int need = utf8SequenceLength(i);
                if (need > 0) {
                    utf8Multibyte++;
                    i += need;
                } else if (need == 0) {
                    break; // a sequence cut by the sample end: not evidence either way
                } else {
                    utf8Invalid++;
                    i++;
                }
            }
        }

        /** Length of a valid UTF-8 sequence at {@code i}, 0 if it is a valid prefix cut by the end, -1 if invalid. */
        private int utf8SequenceLength(int i) {
            int b = bytes[i] & 0xFF;
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 3;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 4;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return -1;
            }
            for (int k = 1; k < need; k++) {
                if (i + k >= length) {
                    return 0;
                }
                int c = bytes[i + k] & 0xFF;
                if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) {
                    return -1;
                }
            }
            return need;
        }
    }
}
