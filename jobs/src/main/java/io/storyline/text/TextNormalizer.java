package io.storyline.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;

/**
 * Unicode and whitespace clean-up for article text, and a script-aware word count.
 *
 * <p>The output is meant for analytics (shingling, entity tagging, word counts), not for display, so
 * invisible characters that only change rendering are removed. Stateless and thread-safe.
 */
public final class TextNormalizer {

    // BreakIterator instances are not thread-safe; Spark runs many tasks per executor JVM.
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    private TextNormalizer() {}

    /**
     * NFC, then whitespace clean-up: line breaks unified to LF, Unicode spaces to ASCII space, invisible
     * characters removed, runs of spaces to one, lines trimmed, runs of blank lines to one blank line, and
     * no blank lines at either end. Returns "" for null.
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int pendingNewlines = 0; // newlines seen since the last visible character
        boolean pendingSpace = false;
        boolean lineHasText = false;
        int i = 0;
        int n = nfc.length();
        while (i < n) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < n && nfc.charAt(i) == '\n') {
                    i++; // CRLF is one break
                }
                cp = '\n';
            }
            int kind = classify(cp);
            switch (kind) {
                case DROP -> {
                    continue;
                }
                case NEWLINE, PARAGRAPH -> {
                    pendingNewlines += kind == PARAGRAPH ? 2 : 1;
                    pendingSpace = false; // trailing spaces of a line go
                    lineHasText = false;
                }
                case SPACE -> {
                    if (lineHasText) {
                        pendingSpace = true; // leading spaces of a line go
                    }
                }
                default -> {
                    if (pendingNewlines > 0 && out.length() > 0) {
                        // one break stays a break; two or more become exactly one blank line
                        out.append(pendingNewlines == 1 ? "\n" : "\n\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                    pendingNewlines = 0;
                    pendingSpace = false;
                    lineHasText = true;
                    out.appendCodePoint(cp);
                }
            }
        }
        return out.toString();
    }

    private static final int KEEP = 0;
    private static final int DROP = 1;
    private static final int SPACE = 2;
    private static final int NEWLINE = 3;
    private static final int PARAGRAPH = 4;

    private static int classify(int cp) {
        switch (cp) {
            case '\n', 0x0B, 0x0C, 0x85, 0x2028 -> {
                return NEWLINE; // LF, VT, FF, NEL, LINE SEPARATOR
            }
            case 0x2029 -> {
                return PARAGRAPH; // PARAGRAPH SEPARATOR
            }
            case '\t' -> {
                return SPACE;
            }
            // Zero-width space, word joiner, BOM/ZWNBSP, soft hyphen, Mongolian vowel separator: invisible,
            // and they split or glue words for tokenizers and shingling.
            case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E -> {
                return DROP;
            }
            // ZWNJ and ZWJ are kept: they are spelling in Persian, Indic scripts and emoji sequences.
            case 0x200C, 0x200D -> {
                return KEEP;
            }
            // Bidi marks and embeddings change display order only; text stays in logical order without them.
            case 0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069 -> {
                return DROP;
            }
            default -> {
                // fall through to the category tests
            }
        }
        if (Character.isSpaceChar(cp)) {
            return SPACE; // Zs, Zl, Zp: NBSP, narrow NBSP, en/em spaces, ideographic space...
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return DROP; // the remaining C0/C1 controls carry no text
        }
        return KEEP;
    }

    /**
     * Counts word-like tokens with ICU's word break rules: words in spaced scripts, dictionary words in
     * Chinese, Japanese, Thai, Lao, Khmer and Burmese, and numbers. Punctuation and spaces are not words.
     * Hyphenated compounds count per part ("вице-мэра" is 2), as ICU splits at hyphens.
     */
    public static int wordCount(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator words = WORDS.get();
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            // statuses below WORD_NONE_LIMIT are spaces and punctuation; above are numbers, letters, kana, ideographs
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        words.setText(""); // do not pin the caller's text in the thread-local
        return count;
    }
}
