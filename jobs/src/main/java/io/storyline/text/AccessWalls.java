package io.storyline.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells an access wall from an article: the page a crawler gets when the site asks for consent, checks for
 * robots or ad blockers, wants a subscription, or needs JavaScript. Crawls hold many (a consent wall of a
 * news site reads the same under every one of its URLs), and as articles they are worse than nothing: two
 * walls of one site share every sentence, so they look like one story.
 *
 * <p>A text is a wall when its sentences of the kinds in {@code text/access-walls.txt} hold at least half
 * of its words. The phrases address the reader ("we use cookies", "disable your ad blocker", "you have
 * reached the limit"), so an article about cookie law or paywalls, which reports on them, does not match;
 * and an article with a consent banner left in keeps its article, as long as the article is the larger part.
 * Sentences are ICU's (line breaks end them too); words are counted as the line cleaner counts them.
 *
 * <p>Thread-safe; {@link #defaults()} is built once per JVM.
 */
public final class AccessWalls {

    /** The kinds of wall, each a section of the phrase file. */
    public enum Kind {
        CONSENT("consent", "consent wall"),
        BOT_CHECK("bot-check", "robot check"),
        AD_BLOCK("ad-block", "ad-blocker wall"),
        PAYWALL("paywall", "paywall"),
        BROWSER("browser", "browser check");

        private final String section;
        private final String label;

        Kind(String section, String label) {
            this.section = section;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A wall: its main kind (the one whose sentences hold the most words), the words in wall sentences of any
     * kind, the text's words, and its first wall sentence.
     */
    public record Wall(Kind kind, int wallWords, int words, String firstSentence) {
        /** One line for a reject's detail: "consent wall: 112 of 134 words, from «Um die Funktion …»". */
        public String describe() {
            String sentence = firstSentence.length() <= QUOTE_CHARS ? firstSentence
                    : firstSentence.substring(0, firstSentence.offsetByCodePoints(0,
                            firstSentence.codePointCount(0, QUOTE_CHARS) - 1)) + "…";
            return kind.label() + ": " + wallWords + " of " + words + " words, from «" + sentence + "»";
        }
    }

    static final String RESOURCE = "/text/access-walls.txt";
    /** The share of a text's words in wall sentences from which the text is a wall. */
    static final double MIN_SHARE = 0.5;
    private static final int QUOTE_CHARS = 80;

    // BreakIterator instances are not thread-safe; Spark runs many tasks per executor JVM.
    private static final ThreadLocal<BreakIterator> SENTENCES =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.ROOT));
    private static volatile AccessWalls defaults;

    private final Map<Kind, PhraseList> kinds = new EnumMap<>(Kind.class);
    /** Every phrase of every kind: one screen over the whole text, which almost every article passes. */
    private final PhraseList any;

    AccessWalls(Map<String, List<String>> sections) {
        List<String> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            kinds.put(kind, PhraseList.section(sections, kind.section));
            sections.get(kind.section).stream().map(PhraseList::nonCapturing).forEach(all::add);
        }
        any = PhraseList.of(all);
    }

    /** The bundled phrase lists, loaded once. */
    public static AccessWalls defaults() {
        AccessWalls walls = defaults;
        if (walls == null) {
            synchronized (AccessWalls.class) {
                walls = defaults;
                if (walls == null) {
                    walls = new AccessWalls(PhraseList.bundledSections(RESOURCE));
                    defaults = walls;
                }
            }
        }
        return walls;
    }

    /** The wall the text is, or empty when it is not one. */
    public Optional<Wall> find(String text) {
        if (text == null || !any.find(text.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Map<Kind, Integer> wallWords = new EnumMap<>(Kind.class);
        String first = null;
        int words = 0;
        BreakIterator sentences = SENTENCES.get();
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
             start = end, end = sentences.next()) {
            String sentence = text.substring(start, end).strip();
            int n = LineCleaner.countWords(sentence);
            words += n;
            Kind kind = kindOf(sentence.toLowerCase(Locale.ROOT));
            if (kind != null && n > 0) {
                wallWords.merge(kind, n, Integer::sum);
                first = first == null ? sentence : first;
            }
        }
        int total = wallWords.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0 || total < MIN_SHARE * words) {
            return Optional.empty();
        }
        Kind main = wallWords.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Optional.of(new Wall(main, total, words, first.replaceAll("\\s+", " ")));
    }

    private Kind kindOf(String lowerSentence) {
        for (Map.Entry<Kind, PhraseList> e : kinds.entrySet()) {
            if (e.getValue().find(lowerSentence)) {
                return e.getKey();
            }
        }
        return null;
    }
}
