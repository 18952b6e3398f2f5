package io.storyline.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Tells an access wall from an article: the page a crawler gets when the site asks for consent, checks for
 * robots or ad blockers, wants a subscription, or needs JavaScript; and a newsletter's sign-up form, which is
 * no more an article. Crawls hold many (a consent wall of a
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
        BROWSER("browser", "browser check"),
        SIGN_UP("signup", "sign-up form");

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

    /** A phrase of the file, compiled, with its kind. */
    private record Phrase(Kind kind, Pattern pattern) {}

    /**
     * The literals the phrases require, each with the phrases that need it. A text is scanned once for all of
     * them; a hit's sentence is then tried against that literal's phrases only. Most texts have no hit, and one
     * phrase's regular expression over one sentence costs little, where a kind's alternation of dozens of
     * phrases, tried at every position of the text, cost as much as the rest of ingest.
     */
    private final AhoCorasickDoubleArrayTrie<List<Phrase>> literals = new AhoCorasickDoubleArrayTrie<>();

    AccessWalls(Map<String, List<String>> sections) {
        Map<String, List<Phrase>> byLiteral = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            for (String regex : PhraseList.patterns(sections, kind.section)) {
                String plain = PhraseList.nonCapturing(regex);
                Set<String> required = PhraseList.requiredLiterals(plain);
                if (required.isEmpty()) {
                    throw new IllegalArgumentException("[" + kind.section + "] " + regex + " requires no literal text");
                }
                Phrase phrase = new Phrase(kind, Pattern.compile(plain));
                required.forEach(l -> byLiteral.computeIfAbsent(l, k -> new ArrayList<>()).add(phrase));
            }
        }
        literals.build(byLiteral);
    }

    /** The bundled phrase lists, loaded once. */
    public static AccessWalls defaults() {
        return Bundled.INSTANCE;
    }

    // Built on first use, once per JVM: the JVM initialises a class exactly once, under its own lock.
    private static final class Bundled {
        static final AccessWalls INSTANCE = new AccessWalls(PhraseList.bundledSections(RESOURCE));
    }

    /** The wall the text is, or empty when it is not one. */
    public Optional<Wall> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        WallSentences found = new WallSentences(text);
        try {
            literals.parseText(new LowerCaseView(text), found::hit);
        } finally {
            found.release();
        }
        if (found.words == null) {
            return Optional.empty();
        }
        int total = found.words.values().stream().mapToInt(Integer::intValue).sum();
        int words = LineCleaner.countWords(text);
        if (total < MIN_SHARE * words) {
            return Optional.empty();
        }
        Kind main = found.words.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Optional.of(new Wall(main, total, words, found.first.strip().replaceAll("\\s+", " ")));
    }

    /**
     * The wall sentences of one text, found from its literal hits. Nothing is set up before the first hit: most
     * texts, and most lines the line cleaner asks about, have none.
     */
    private static final class WallSentences {
        private final String text;
        private BreakIterator sentences;
        /** Words in wall sentences per kind; null while none is found. */
        private Map<Kind, Integer> words;
        private String first;
        // Hits come in the order of their ends, so a sentence's hits come together; a sentence found to be a
        // wall is not tried again.
        private int wallFrom = -1;
        private int wallTo = -1;

        WallSentences(String text) {
            this.text = text;
        }

        /** Lets the thread-local breaker go of the text: it would otherwise hold the thread's last document. */
        void release() {
            if (sentences != null) {
                sentences.setText("");
            }
        }

        void hit(int begin, int end, List<Phrase> phrases) {
            if (begin >= wallFrom && begin < wallTo) {
                return;
            }
            if (sentences == null) {
                sentences = SENTENCES.get();
                sentences.setText(text);
            }
            int to = sentences.following(begin);
            int from = sentences.previous();
            String sentence = text.substring(from, to).toLowerCase(Locale.ROOT);
            for (Phrase phrase : phrases) {
                if (phrase.pattern().matcher(sentence).find()) {
                    if (words == null) {
                        words = new EnumMap<>(Kind.class);
                        first = text.substring(from, to);
                    }
                    words.merge(phrase.kind(), LineCleaner.countWords(sentence), Integer::sum);
                    wallFrom = from;
                    wallTo = to;
                    return;
                }
            }
        }
    }

    /**
     * The text lower-cased char by char, as the literals are: no copy of the text, and the same offsets (a
     * string's toLowerCase makes "İ" two chars).
     */
    private record LowerCaseView(String text) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return Character.toLowerCase(text.charAt(index));
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new LowerCaseView(text.substring(start, end));
        }

        @Override
        public String toString() {
            return text.toLowerCase(Locale.ROOT);
        }
    }
}
