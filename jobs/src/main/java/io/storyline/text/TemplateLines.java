package io.storyline.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The plain-Java core of the per-source template pass: lines that recur across many documents of one source
 * in a batch (menus, footers, "read more" blocks, disclaimers) are the site's template, not its articles.
 *
 * <p>Spark counts, per source, the documents and the documents containing each {@link #fingerprint line
 * fingerprint} (each document counted once per fingerprint), then asks {@link #isTemplate} per line.
 * Count documents after exact-duplicate removal: copies of one article would otherwise make its own
 * sentences look like template.
 *
 * <p>Thresholds (constructor parameters, defaults in {@link #defaults()}):
 * <ul>
 *   <li>a source with fewer than {@code minSourceDocuments} (3) documents has no measurable template, so
 *       nothing is dropped;
 *   <li>a line is template when it is in at least {@code minDocuments} (3) documents and at least {@code
 *       minShare} (30%) of the source's documents. Chrome shows up in nearly all pages of a site; 30% leaves
 *       room for section-specific chrome (sport pages vs politics pages) while one story's three updates
 *       in a source of 20 documents (15%) do not qualify;
 *   <li>long lines (at least {@code longLineChars}, 200 characters: the length of a full sentence, longer
 *       than menus, bylines and copyright lines) need at least {@code longLineMinDocuments} (5) documents
 *       and {@code longLineMinShare} (80%): a long line shared by a few documents is usually a syndicated
 *       or re-used paragraph (agency lead, background paragraph repeated in follow-ups) that belongs to
 *       each article, while a long footer or disclaimer is in nearly every page.
 * </ul>
 * Immutable and thread-safe.
 */
public final class TemplateLines implements java.io.Serializable {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    });

    private final int minSourceDocuments;
    private final int minDocuments;
    private final double minShare;
    private final int longLineChars;
    private final int longLineMinDocuments;
    private final double longLineMinShare;

    public TemplateLines(int minSourceDocuments, int minDocuments, double minShare, int longLineChars,
            int longLineMinDocuments, double longLineMinShare) {
        if (minSourceDocuments < 3) {
            // With 1 or 2 documents every shared line looks like template; 3 is the floor the design sets.
            throw new IllegalArgumentException("minSourceDocuments must be at least 3, got " + minSourceDocuments);
        }
        if (minDocuments < 2 || longLineMinDocuments < minDocuments) {
            throw new IllegalArgumentException("need 2 <= minDocuments <= longLineMinDocuments, got "
                    + minDocuments + " and " + longLineMinDocuments);
        }
        if (!(minShare > 0 && minShare <= 1) || !(longLineMinShare >= minShare && longLineMinShare <= 1)) {
            throw new IllegalArgumentException("need 0 < minShare <= longLineMinShare <= 1, got "
                    + minShare + " and " + longLineMinShare);
        }
        if (longLineChars < 1) {
            throw new IllegalArgumentException("longLineChars must be positive, got " + longLineChars);
        }
        this.minSourceDocuments = minSourceDocuments;
        this.minDocuments = minDocuments;
        this.minShare = minShare;
        this.longLineChars = longLineChars;
        this.longLineMinDocuments = longLineMinDocuments;
        this.longLineMinShare = longLineMinShare;
    }

    public static TemplateLines defaults() {
        return new TemplateLines(3, 3, 0.30, 200, 5, 0.80);
    }

    /**
     * Whether a line is template boilerplate for its source.
     *
     * @param sourceDocuments documents of the source in the batch
     * @param documentsWithLine documents of the source containing the line's fingerprint
     * @param lineLength the line's length in characters (of the stripped line)
     */
    public boolean isTemplate(long sourceDocuments, long documentsWithLine, int lineLength) {
        if (documentsWithLine > sourceDocuments || documentsWithLine < 0) {
            throw new IllegalArgumentException("documentsWithLine " + documentsWithLine + " is not within 0.."
                    + sourceDocuments);
        }
        if (sourceDocuments < minSourceDocuments || lineLength <= 0) {
            return false;
        }
        boolean longLine = lineLength >= longLineChars;
        long needDocuments = longLine ? longLineMinDocuments : minDocuments;
        double needShare = longLine ? longLineMinShare : minShare;
        // share compared in integers (docs * 1e6 >= share * 1e6 * source) to avoid 0.3 * 10 = 2.9999 effects
        return documentsWithLine >= needDocuments
                && documentsWithLine * 1_000_000L >= Math.round(needShare * 1_000_000) * sourceDocuments;
    }

    /**
     * The form a line is compared in: Unicode-normalised ({@link TextNormalizer#normalize}), lower-cased,
     * every run of digits folded to one 0 (so "Updated 12:05" and "Updated 7:40", or comment counters "(3)" and
     * "(14)", match),
     * whitespace collapsed and trimmed.
     */
    public static String canonicalLine(String line) {
        String normalized = TextNormalizer.normalize(line == null ? "" : line).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean space = false;
        boolean lastWasDigit = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
                lastWasDigit = false;
            }
            if (Character.isDigit(cp)) {
                // a run of digits is one 0: counters and times vary in length ("(3)" vs "(14)")
                if (out.length() == 0 || out.charAt(out.length() - 1) != '0' || !lastWasDigit) {
                    out.append('0');
                }
                lastWasDigit = true;
            } else {
                out.appendCodePoint(cp);
                lastWasDigit = false;
            }
        }
        return out.toString();
    }

    /**
     * A stable 64-bit fingerprint of {@link #canonicalLine(String)}: the first 8 bytes of its SHA-256 (UTF-8),
     * big-endian, the same on every JVM and run. Callers skip blank lines; they all share one fingerprint.
     */
    public static long fingerprint(String line) {
        return exactFingerprint(canonicalLine(line));
    }

    /** The first 8 bytes of the SHA-256 of a string as it is (UTF-8), big-endian: what tells copies of one text. */
    public static long exactFingerprint(String text) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xFF);
        }
        return value;
    }
}
