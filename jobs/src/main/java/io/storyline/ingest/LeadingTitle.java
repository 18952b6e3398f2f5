package io.storyline.ingest;

import io.storyline.extract.TitleFinder;
import io.storyline.text.LineCleaner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title of a plain text that came without one, read from its first line, and the cleaned text without it.
 *
 * <p>Common Crawl's WET conversion writes the text of the page's head before that of its body, so a WET record
 * starts with the page's {@code <title>}, site name included ("Escopete - Biquipedia, a enciclopedia libre"). The
 * line cleaner often drops that line as chrome (a short line in the run of menu lines above the article), so the
 * title is read from the text as it came, not from what the cleaner kept; the lines above the first paragraph tell
 * which end of it is the headline, since the page's h1 is among them. The first line is not a title when the
 * cleaner drops it as a prompt, banner, footer, links or separator (a page without {@code <title>} starts with its
 * chrome), when it ends as a statement, or when it is longer than a headline. When the line named its site
 * ("Headline | Site"), it was the page's {@code <title>} and leaves the text, as an HTML page's title is not part of
 * its main text; a bare headline stays, as it may be the first line of a text that came without a title field.
 */
final class LeadingTitle {
    private static final int MAX_CHARS = 200;
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");

    // Reasons that mark the first line as the page's own chrome rather than its title. A title line is short and
    // sits above the menu, so the cleaner may drop it as navigation or as part of a run of headline-like lines.
    private static final Set<LineCleaner.Reason> NOT_A_TITLE = EnumSet.of(LineCleaner.Reason.SCRIPT,
            LineCleaner.Reason.SEPARATOR, LineCleaner.Reason.LINKS, LineCleaner.Reason.COOKIE_NOTICE,
            LineCleaner.Reason.ACCESS_WALL, LineCleaner.Reason.PROMO, LineCleaner.Reason.FOOTER,
            LineCleaner.Reason.WIDGET_MARKER, LineCleaner.Reason.AFTER_MARKER);

    /** The title (null when the first line is not one) and the cleaned text without it. */
    record Split(String title, String text) {}

    private LeadingTitle() {}

    static Split split(List<String> lines, LineCleaner.Result cleaned, String url) {
        // Lines without a letter before it (a byte-order mark, a separator) are not the title and do not hide it.
        int first = 0;
        while (first < lines.size() && !hasLetter(lines.get(first))) {
            first++;
        }
        if (first == lines.size()) {
            return new Split(null, cleaned.text());
        }
        String line = lines.get(first).strip();
        LineCleaner.Reason reason = reasonFor(cleaned, first);
        if (line.length() > MAX_CHARS || endsAsStatement(line)
                || (reason != null && NOT_A_TITLE.contains(reason))) {
            return new Split(null, cleaned.text());
        }
        // The page's h1 is printed among the lines above its first paragraph.
        List<String> above = lines.subList(first + 1, Math.max(first + 1, cleaned.firstParagraph()));
        String title = TitleFinder.withoutSiteName(line, url, above);
        // A line that names its site is the page's <title>, not text; a bare headline may be the text's own first
        // line (a JSON Lines text without a title field), so it stays where it is.
        if (reason != null || title.equals(SPACES.matcher(line).replaceAll(" "))) {
            return new Split(title, cleaned.text());
        }
        return new Split(title, String.join("\n", without(cleaned, lines, first)));
    }

    /** The kept lines without the one that was input line {@code index} (kept), and without a blank line it leaves. */
    private static List<String> without(LineCleaner.Result cleaned, List<String> lines, int index) {
        Set<Integer> dropped = new HashSet<>();
        cleaned.dropped().forEach(d -> dropped.add(d.index()));
        int keptBefore = 0;
        for (int i = 0; i < index; i++) {
            if (!lines.get(i).isBlank() && !dropped.contains(i)) {
                keptBefore++;
            }
        }
        List<String> kept = new ArrayList<>(cleaned.lines());
        int at = 0;
        for (int seen = 0; at < kept.size(); at++) {
            if (!kept.get(at).isBlank() && seen++ == keptBefore) {
                break;
            }
        }
        kept.remove(at);
        if (at < kept.size() && kept.get(at).isBlank() && (at == 0 || kept.get(at - 1).isBlank())) {
            kept.remove(at);
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static LineCleaner.Reason reasonFor(LineCleaner.Result cleaned, int index) {
        for (LineCleaner.DroppedLine d : cleaned.dropped()) {
            if (d.index() == index) {
                return d.reason();
            }
            if (d.index() > index) {
                break;
            }
        }
        return null;
    }

    // A headline may ask or exclaim, or end with an abbreviation's dot after a capital ("U.S."); a line that ends
    // with a full stop after a lower-case word, a semicolon or a colon is a sentence of the text.
    private static boolean endsAsStatement(String line) {
        char last = line.charAt(line.length() - 1);
        if (last == ';' || last == ':' || last == '。' || last == '；' || last == '：') {
            return true;
        }
        return last == '.' && line.length() >= 2 && Character.isLowerCase(line.charAt(line.length() - 2));
    }

    private static boolean hasLetter(String line) {
        return line.codePoints().anyMatch(Character::isLetter);
    }
}
