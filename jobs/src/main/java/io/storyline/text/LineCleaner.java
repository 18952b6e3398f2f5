package io.storyline.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level boilerplate removal for plain-text inputs (WET records, JSON Lines text, text folders), where no
 * HTML structure is left to tell chrome from content.
 *
 * <p>Rules, in order, on each non-blank line (the phrase lists live in {@code text/boilerplate-lines.txt}):
 * <ol>
 *   <li>program text: an unrendered template placeholder ("{{ post.author.display_name }}") or a script's code,
 *       three or more of its tokens ("){", "};", "&&", "===", "function(") with one at least every 80 characters
 *       → {@link Reason#SCRIPT}. Such a line is never a paragraph, so a minified script of thousands of "words"
 *       cannot pass for the article;
 *   <li>no letters and no digits ("|", "* * *") → {@link Reason#SEPARATOR};
 *   <li>web addresses for at least half of its characters ("https://twitter.com/…", "For more coverage:
 *       http://… and http://…") → {@link Reason#LINKS};
 *   <li>a cookie banner (cookie word + consent word, not a paragraph inside the article body), and an
 *       "Ok"/"Accept" button line right after it → {@link Reason#COOKIE_NOTICE};
 *   <li>a short line that opens with a subscribe / follow / share prompt, or carries one and is not a plain
 *       statement → {@link Reason#PROMO};
 *   <li>a short copyright line, app promotion or paywall pitch → {@link Reason#FOOTER};
 *   <li>a line of an access wall ({@link AccessWalls}: a consent banner of any length, a paywall, robot-check or
 *       newsletter sign-up notice), anywhere, when some paragraph of the text is not a wall →
 *       {@link Reason#ACCESS_WALL}, and a button line right after it as {@link Reason#COOKIE_NOTICE}. Its phrases
 *       address the reader, so a paragraph reporting on cookie law is not one. A text that is nothing but the wall
 *       keeps it, for ingest to reject the whole text as a wall;
 *   <li>a menu item, an "all news" link, or a menu line ("Home | World | Sport") → {@link Reason#NAVIGATION};
 *   <li>a widget heading ("Comments", "Most read", "Коментари", "Новости и материалы") →
 *       {@link Reason#WIDGET_MARKER}; once a real paragraph has been kept before it, every following line up
 *       to the next real paragraph goes too → {@link Reason#AFTER_MARKER};
 *   <li>then, on what is left: 3 or more headline-like lines in a row (blank lines between them allowed) →
 *       {@link Reason#HEADLINE_RUN}. Before the first real paragraph a run must be 5 lines long, because the
 *       title, byline and dateline stack up there;
 *   <li>readers' comments below the article: from a comment section's heading ("5 thoughts on “…”", "2 Gedanken
 *       zu „…“") or the first of two commenter lines ("Peter says:", "Anna sagt:") after the first real paragraph,
 *       the kept lines → {@link Reason#COMMENTS} (see {@link #commentsStart});
 *   <li>last, the article's end before them: the kept lines after it → {@link Reason#AFTER_ARTICLE} (see
 *       {@link #articleEnd}).
 * </ol>
 * A "real paragraph" ends with sentence-final punctuation (the CJK 。！？ included) and has at least 10 words, or
 * has at least 25 words; in scripts written without spaces, words are ICU dictionary words (see
 * {@link #countWords}).
 * A "headline-like" line has at most 20 words, does not end with sentence-final punctuation and is neither a
 * quotation on its own ("«…»") nor a list item ("- …"), which are article content.
 *
 * <p>Thread-safe once built; build one per JVM ({@link #defaults()} caches it).
 */
public final class LineCleaner {

    /** Why a line was dropped. */
    public enum Reason {
        SCRIPT, SEPARATOR, LINKS, COOKIE_NOTICE, ACCESS_WALL, PROMO, FOOTER, NAVIGATION, WIDGET_MARKER, AFTER_MARKER,
        HEADLINE_RUN, COMMENTS, AFTER_ARTICLE
    }

    /** A dropped line: its 0-based index in the input, its text, and why. */
    public record DroppedLine(int index, String line, Reason reason) {}

    /**
     * The outcome: the kept lines (blank lines kept as paragraph breaks, runs of them collapsed, none at either
     * end), the dropped lines in input order, and the input index of the first paragraph the phrase and run rules
     * kept, where the article's body starts (the input's size when none is).
     */
    public record Result(List<String> lines, List<DroppedLine> dropped, int firstParagraph) {
        public String text() {
            return String.join("\n", lines);
        }

        public List<String> droppedLines() {
            return dropped.stream().map(DroppedLine::line).toList();
        }
    }

    static final String RESOURCE = "/text/boilerplate-lines.txt";

    // Rule thresholds; see the class comment.
    static final int PARAGRAPH_MIN_WORDS = 10;
    static final int PARAGRAPH_ANY_WORDS = 25;
    static final int HEADLINE_MAX_WORDS = 20;
    static final int RUN_MIN_LINES = 3;
    static final int HEAD_RUN_MIN_LINES = 5;
    static final int PROMO_MAX_WORDS = 30;
    static final int FOOTER_MAX_WORDS = 20;
    static final int NAVIGATION_MAX_WORDS = 30;
    static final int COOKIE_MAX_WORDS = 80;
    static final int COMMENT_HEADING_MAX_WORDS = 30;
    static final int COMMENTER_MAX_WORDS = 10;
    static final int COMMENT_MAX_LINES = 6;
    // What a line weighs against the article body (see articleEnd); a paragraph weighs its words.
    static final int SHORT_LINE_WEIGHT = -10;
    static final int CHROME_LINE_WEIGHT = -30;

    // Sentence end, allowing closing quotes, brackets and footnote stars after it. CJK writing ends sentences
    // with the ideographic full stop 。 (or the halfwidth ｡) and full-width ．！？；： and closes quotes with 」』.
    private static final String CLOSERS = "(?:[\\s\"'»”“’)\\]*」』）】〕〉》]*)$";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…;:。｡．！？；：‼⁉]" + CLOSERS);
    private static final Pattern STATEMENT_END = Pattern.compile("[.?…;:。｡．？；：]" + CLOSERS);
    private static final Pattern NO_TEXT = Pattern.compile("[^\\p{L}\\p{N}]*");
    // Menu separators; "/" and "-" are not among them, as dates and compounds use them. The separator alone, without
    // the blanks around it (items are counted in words): "\s*" before it rescanned a run of blanks from each of its
    // positions, minutes for a plain-text line with a few hundred thousand of them.
    private static final Pattern MENU_SEPARATOR = Pattern.compile("[|•·›»>｜]");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-–•*▪●]\\s|\\d{1,2}[.)]\\s)");
    // Program text: a template placeholder, or a script's tokens (see isProgramText).
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]{0,200}}}");
    private static final Pattern SCRIPT_TOKEN =
            Pattern.compile("\\)\\{|};|&&|\\|\\||===|!==|\\bfunction\\s*\\(|\\bvar\\s+\\w+\\s*=");
    static final int SCRIPT_MIN_TOKENS = 3;
    static final int SCRIPT_CHARS_PER_TOKEN = 80;
    private static final String OPENING_QUOTES = "«„“\"'‘‹";
    private static final String CLOSING_QUOTES = "»“”\"'’›";
    // The quotation marks a comment heading sets the post's title in ([comment-heading]).
    private static final String COMMENT_TITLE_QUOTES = "“\"„«‘'‚";


    private final PhraseList cookieWord;
    private final PhraseList consentWord;
    private final PhraseList cookieButton;
    private final PhraseList promo;
    private final PhraseList footer;
    private final PhraseList navigation;
    private final PhraseList marker;
    private final PhraseList commentHeading;
    private final PhraseList commenter;
    private final AccessWalls walls = AccessWalls.defaults();

    private LineCleaner(Map<String, List<String>> sections) {
        this.cookieWord = PhraseList.section(sections, "cookie-word");
        this.consentWord = PhraseList.section(sections, "consent-word");
        this.cookieButton = PhraseList.section(sections, "cookie-button");
        this.promo = PhraseList.section(sections, "promo");
        this.footer = PhraseList.section(sections, "footer");
        this.navigation = PhraseList.section(sections, "navigation");
        this.marker = PhraseList.section(sections, "marker");
        this.commentHeading = PhraseList.section(sections, "comment-heading");
        this.commenter = PhraseList.section(sections, "commenter");
    }

    /** The cleaner with the bundled pattern lists, loaded once. */
    public static LineCleaner defaults() {
        return Bundled.INSTANCE;
    }

    // Built on first use, once per JVM: the JVM initialises a class exactly once, under its own lock.
    private static final class Bundled {
        static final LineCleaner INSTANCE = new LineCleaner(PhraseList.bundledSections(RESOURCE));
    }

    /** A cleaner from a pattern file in the format of {@code text/boilerplate-lines.txt}. */
    public static LineCleaner fromPatternFile(InputStream in) throws IOException {
        return new LineCleaner(PhraseList.readSections(in));
    }

    /** Cleans a text; line breaks may be LF or CRLF. */
    public Result clean(String text) {
        return clean(lines(text));
    }

    /** A text's lines as {@link #clean(List)} numbers them: split at LF or CRLF, empty lines kept. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\r?\n", -1));
    }

    /** Cleans a text given as lines. */
    public Result clean(List<String> input) {
        int n = input.size();
        Reason[] reasons = new Reason[n];
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            lines[i] = input.get(i) == null ? "" : input.get(i).strip();
        }

        // Each line's words and whether it is a paragraph, counted once for both passes.
        int[] words = new int[n];
        boolean[] paragraphs = new boolean[n];
        boolean[] programText = new boolean[n];
        for (int i = 0; i < n; i++) {
            words[i] = countWords(lines[i]);
            programText[i] = isProgramText(lines[i]);
            paragraphs[i] = !programText[i] && isParagraph(lines[i], words[i]);
        }
        // Lines of access walls, and whether some paragraph is not one: without one, the text is nothing but a
        // wall and stays whole, for ingest to reject as one.
        boolean[] wallLines = new boolean[n];
        boolean article = false;
        for (int i = 0; i < n; i++) {
            wallLines[i] = !lines[i].isEmpty() && walls.find(lines[i]).isPresent();
            article |= paragraphs[i] && !wallLines[i];
        }
        // Where real paragraphs are, to tell page chrome (before or after the article body) from the body.
        boolean[] paragraphAfter = new boolean[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            paragraphAfter[i] = paragraphAfter[i + 1] || paragraphs[i];
        }

        // Pass 1: phrase rules and widget blocks.
        boolean articleStarted = false;
        boolean afterCookie = false;
        boolean inWidgetBlock = false;
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            boolean paragraph = paragraphs[i];
            if (inWidgetBlock && !paragraph) {
                reasons[i] = Reason.AFTER_MARKER;
                continue;
            }
            inWidgetBlock = false;
            boolean outsideBody = !articleStarted || !paragraphAfter[i + 1];
            Reason reason = programText[i] ? Reason.SCRIPT
                    : phraseReason(line, words[i], paragraph, outsideBody, wallLines[i] && article, afterCookie);
            afterCookie = reason == Reason.COOKIE_NOTICE || reason == Reason.ACCESS_WALL;
            if (reason == Reason.WIDGET_MARKER && articleStarted) {
                inWidgetBlock = true;
            }
            reasons[i] = reason;
            if (reason == null && paragraph) {
                articleStarted = true;
            }
        }

        // Pass 2: runs of headline-like lines among the lines still kept. Blank and dropped lines do not break
        // a run; any other kept line does.
        boolean seenParagraph = false;
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            if (!end && (lines[i].isEmpty() || reasons[i] != null)) {
                continue;
            }
            if (!end && isHeadlineLike(lines[i], words[i])) {
                run.add(i);
                continue;
            }
            dropRun(run, reasons, seenParagraph);
            run.clear();
            if (!end && paragraphs[i]) {
                seenParagraph = true;
            }
        }

        // Pass 3: readers' comments, and what is kept after the article's end before them, are the page's tail.
        int firstParagraph = 0;
        while (firstParagraph < n && !(paragraphs[firstParagraph] && reasons[firstParagraph] == null)) {
            firstParagraph++;
        }
        int comments = commentsStart(lines, words, firstParagraph);
        for (int i = articleEnd(lines, words, paragraphs, reasons, comments) + 1; i < n; i++) {
            if (!lines[i].isEmpty() && reasons[i] == null) {
                reasons[i] = i >= comments ? Reason.COMMENTS : Reason.AFTER_ARTICLE;
            }
        }

        List<String> kept = new ArrayList<>();
        List<DroppedLine> dropped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (reasons[i] != null) {
                dropped.add(new DroppedLine(i, input.get(i), reasons[i]));
            } else if (lines[i].isEmpty()) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
                    kept.add("");
                }
            } else {
                kept.add(lines[i]);
            }
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return new Result(List.copyOf(kept), List.copyOf(dropped), firstParagraph);
    }

    /**
     * The index of the article's last line: where the stretch of lines whose paragraphs most outweigh the chrome
     * among them ends (the maximum-sum segment, Kadane's scan), or the last line when no paragraph was kept. A kept
     * paragraph or sentence (3 words or more) weighs its words, any other kept line {@link #SHORT_LINE_WEIGHT}, a
     * line dropped as chrome {@link #CHROME_LINE_WEIGHT}, and a line of a headline run nothing, since lists inside
     * articles are dropped as runs too. Plain text has lost the page's layout, and what follows the body there is
     * teasers of other articles, comments, author boxes and privacy text, whole paragraphs among them, which no
     * phrase rule can tell; a real paragraph further on stays while its words outweigh the chrome before it.
     * The head is not cut: leads and bylines stand apart from the body before it as teasers do after it. Only the
     * lines before {@code limit} (where the comments start) are read: a long comment thread must not become the article.
     */
    static int articleEnd(String[] lines, int[] words, boolean[] paragraphs, Reason[] reasons, int limit) {
        int end = limit - 1;
        long best = 0;
        long sum = 0;
        for (int i = 0; i < limit; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            int weight;
            if (reasons[i] != null) {
                weight = reasons[i] == Reason.HEADLINE_RUN ? 0 : CHROME_LINE_WEIGHT;
            } else if (paragraphs[i] || (words[i] >= 3 && SENTENCE_END.matcher(lines[i]).find())) {
                weight = words[i];
            } else {
                weight = SHORT_LINE_WEIGHT;
            }
            sum = sum <= 0 ? weight : sum + weight;
            // A tie extends the article over lines that weigh nothing.
            if (sum > best || (sum == best && best > 0)) {
                best = sum;
                end = i;
            }
        }
        return best > 0 ? end : limit - 1;
    }

    /**
     * Where readers' comments start, or the number of lines: the first comment section heading after the first
     * kept paragraph ({@code first}), or the first of two commenter lines after it. Blog software prints a heading that names the
     * post ("5 thoughts on “…”") and a line per comment that names its writer ("Peter says:"); comments are
     * paragraphs, so the article's end cannot tell them from the body. One commenter line is not enough, since an
     * article may introduce a quotation so: the next must follow within {@link #COMMENT_MAX_LINES} lines, as the
     * comments of a thread do.
     */
    int commentsStart(String[] lines, int[] words, int first) {
        int commenterLine = -1;
        int linesSince = 0;
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            linesSince++;
            // A writer's line ends with a colon and a heading quotes the post's title; other lines are not lower-cased.
            if (words[i] > COMMENT_HEADING_MAX_WORDS
                    || !(lines[i].endsWith(":") || containsAny(lines[i], COMMENT_TITLE_QUOTES))) {
                continue;
            }
            String lower = lines[i].toLowerCase(Locale.ROOT);
            if (commentHeading.matches(lower)) {
                return i;
            }
            if (words[i] <= COMMENTER_MAX_WORDS && commenter.matches(lower)) {
                if (commenterLine >= 0 && linesSince <= COMMENT_MAX_LINES) {
                    return commenterLine;
                }
                commenterLine = i;
                linesSince = 0;
            }
        }
        return lines.length;
    }

    private static boolean containsAny(String line, String chars) {
        for (int i = 0; i < line.length(); i++) {
            if (chars.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void dropRun(List<Integer> run, Reason[] reasons, boolean seenParagraph) {
        int min = seenParagraph ? RUN_MIN_LINES : HEAD_RUN_MIN_LINES;
        if (run.size() >= min) {
            for (int index : run) {
                reasons[index] = Reason.HEADLINE_RUN;
            }
        }
    }

    /**
     * The line without the characters other than letters and marks at either end (marks stay: Thai, Devanagari
     * and Arabic words end in combining vowels and signs, "แชร์"). A scan from both ends: the
     * regular expression it replaces ({@code ^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$}) tried its second branch at every
     * position of every line.
     */
    static String withoutEdgeNonLetters(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !isLetterOrMark(line.codePointAt(start))) {
            start += Character.charCount(line.codePointAt(start));
        }
        while (end > start && !isLetterOrMark(line.codePointBefore(end))) {
            end -= Character.charCount(line.codePointBefore(end));
        }
        return line.substring(start, end);
    }

    private static boolean isLetterOrMark(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The phrase rule a non-blank line falls under, or null. */
    private Reason phraseReason(String line, int words, boolean paragraph, boolean outsideBody, boolean wallBesideArticle,
                                boolean afterCookie) {
        if (NO_TEXT.matcher(line).matches()) {
            return Reason.SEPARATOR;
        }
        if (mostlyWebAddresses(line)) {
            return Reason.LINKS;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        String key = withoutEdgeNonLetters(lower);
        // A banner sits before or after the article body; inside it, a paragraph about cookie law stays.
        if (words <= COOKIE_MAX_WORDS && (!paragraph || outsideBody)
                && cookieWord.find(lower) && consentWord.find(lower)) {
            return Reason.COOKIE_NOTICE;
        }
        if (afterCookie && cookieButton.matches(key)) {
            return Reason.COOKIE_NOTICE;
        }
        if (words <= PROMO_MAX_WORDS && isPromo(line, key)) {
            return Reason.PROMO;
        }
        if (words <= FOOTER_MAX_WORDS && footer.find(lower)) {
            return Reason.FOOTER;
        }
        if (wallBesideArticle) {
            return Reason.ACCESS_WALL;
        }
        if (words <= NAVIGATION_MAX_WORDS && (navigation.matches(key) || isMenu(line))) {
            return Reason.NAVIGATION;
        }
        if (marker.matches(key)) {
            return Reason.WIDGET_MARKER;
        }
        return null;
    }

    /** Program text: a template placeholder, or a script's tokens densely enough that it is code, not prose. */
    static boolean isProgramText(String line) {
        if (!hasProgramSymbol(line)) {
            return false; // most lines: nothing to look at
        }
        if (PLACEHOLDER.matcher(line).find()) {
            return true;
        }
        int tokens = 0;
        Matcher m = SCRIPT_TOKEN.matcher(line);
        while (m.find()) {
            tokens++;
        }
        return tokens >= SCRIPT_MIN_TOKENS && (long) tokens * SCRIPT_CHARS_PER_TOKEN >= line.length();
    }

    private static boolean hasProgramSymbol(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '{', '}', '&', '|', '=':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * Whether words that are web addresses ("http://", "https://" or "www." and what follows up to a space)
     * make up at least half of the line's characters other than spaces: a list of links or a link with a label,
     * never article prose, which may name an address but is mostly words.
     */
    static boolean mostlyWebAddresses(String line) {
        int nonSpace = 0;
        int address = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            nonSpace += end - i;
            if (line.regionMatches(true, i, "http://", 0, 7) || line.regionMatches(true, i, "https://", 0, 8)
                    || line.regionMatches(true, i, "www.", 0, 4)) {
                address += end - i;
            }
            i = end;
        }
        return address > 0 && address * 2 >= nonSpace;
    }

    /**
     * A prompt opens with its call ("Subscribe to…", "1 Подписывайтесь…") or is not a plain statement (no
     * final punctuation, or an exclamation). "He told viewers to subscribe to his channel." is reporting.
     */
    private boolean isPromo(String line, String key) {
        int start = promo.start(key);
        if (start < 0) {
            return false;
        }
        if (countWords(key.substring(0, start)) == 0) {
            return true;
        }
        return !STATEMENT_END.matcher(line).find();
    }

    /** "Home | World | Sport": three or more short items between menu separators. */
    private static boolean isMenu(String line) {
        String[] items = MENU_SEPARATOR.split(line);
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (countWords(item) > 4 || SENTENCE_END.matcher(item).find()) {
                return false;
            }
        }
        return true;
    }

    static boolean isParagraph(String line, int words) {
        return words >= PARAGRAPH_ANY_WORDS || (words >= PARAGRAPH_MIN_WORDS && SENTENCE_END.matcher(line).find());
    }

    static boolean isHeadlineLike(String line, int words) {
        return words <= HEADLINE_MAX_WORDS
                && !SENTENCE_END.matcher(line).find()
                && !isStandaloneQuote(line)
                && !LIST_ITEM.matcher(line).find();
    }

    /** «A quotation on its own line», which articles use for pull quotes. */
    static boolean isStandaloneQuote(String line) {
        if (line.length() < 3) {
            return false;
        }
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        if (OPENING_QUOTES.indexOf(first) < 0 || CLOSING_QUOTES.indexOf(last) < 0) {
            return false;
        }
        // "«A»: headline about «B»" opens twice: a headline quoting someone, not a pull quote.
        int opens = 0;
        for (int i = 0; i < line.length(); i++) {
            if ("«„“‹".indexOf(line.charAt(i)) >= 0) {
                opens++;
            }
        }
        return opens <= 1 || first == '"' || first == '\'';
    }

    /**
     * Words as runs of letters or digits with their combining marks ("दिल्ली" is one word, not three), joined by
     * - ' ’ . between two of them ("вице-мэра", "U.S.").
     * A line with a letter of a script written without spaces (Han, kana, Thai...) is counted by ICU's
     * dictionary word segmentation instead ({@link TextNormalizer#wordCount}): a Japanese sentence is one
     * run of letters, and its dictionary words are about as many as the words of its English translation.
     * A loop rather than a regex: this runs on every line of every document, and the regex scan was
     * the cleaner's largest cost; ICU runs only on the lines that need it.
     */
    static int countWords(String line) {
        int count = 0;
        boolean inWord = false;
        int length = line.length();
        for (int i = 0; i < length; ) {
            int c = line.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isWordChar(c)) {
                if (c >= 0x0E00 && isUnspaced(c)) {
                    return TextNormalizer.wordCount(line);
                }
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            } else if (inWord && isLetterOrMark(c)) {
                // stays in the word: a combining mark (Devanagari vowel signs and viramas, decomposed accents)
            } else if (inWord && isJoiner(c) && next < length && isWordChar(line.codePointAt(next))) {
                // stays in the word: the joiner has a letter or digit on both sides
            } else {
                inWord = false;
            }
            i = next;
        }
        return count;
    }

    // \p{L} or \p{N}: letters, and digits, letter numbers and other numbers (², ½).
    private static boolean isWordChar(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A letter of a script written without spaces between words. */
    private static boolean isUnspaced(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    private static boolean isJoiner(int c) {
        return c == '-' || c == '\'' || c == '’' || c == '.';
    }

    /** How many lines were dropped per reason; for diagnostics and counters. */
    public static Map<Reason, Integer> countByReason(Result result) {
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        for (DroppedLine line : result.dropped()) {
            counts.merge(line.reason(), 1, Integer::sum);
        }
        return counts;
    }
}
