package io.storyline.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One section of a phrase file ({@code text/boilerplate-lines.txt}, {@code text/access-walls.txt}): a list of
 * regular expressions, each found through the literal text it requires.
 *
 * <p>Java's regex engine tries every alternative of an alternation at every position of a line, so a section of a
 * hundred phrases costs a hundred attempts per character, on every line of every document; it led the ingest
 * profile. Each phrase needs some literal ("subscribe" in {@code \bsubscribe\b}, one of "also"/"more" in
 * {@code ^(read|see) (also|more)\s*:}), so one Aho-Corasick pass over the line names the phrases that can match,
 * and only those run, each alone: most lines have none of the literals, and a line with "bild" in it is tried
 * against the one phrase that needs "bild", not against the whole section. When some phrase requires no literal,
 * every line goes to the section's alternation, as before.
 */
public final class PhraseList {
    /** The section as one alternation; null when every phrase is screened by its literals. */
    private final Pattern alternation;
    /** Each phrase alone, and for each required literal the indices of the phrases that need it. */
    private final Pattern[] phrases;
    private final AhoCorasickDoubleArrayTrie<int[]> screen;
    private final int longestMatch;

    private PhraseList(Pattern alternation, Pattern[] phrases, AhoCorasickDoubleArrayTrie<int[]> screen, int longestMatch) {
        this.alternation = alternation;
        this.phrases = phrases;
        this.screen = screen;
        this.longestMatch = longestMatch;
    }

    /**
     * The sections of a phrase file: {@code [name]} lines open a section, each other line is one lower-case
     * regular expression, {@code #} lines are comments.
     */
    public static Map<String, List<String>> readSections(InputStream in) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException("pattern outside a [section]: " + line);
            } else {
                current.add(line);
            }
        }
        return sections;
    }

    /** The sections of a bundled phrase file on the classpath. */
    public static Map<String, List<String>> bundledSections(String resource) {
        try (InputStream in = PhraseList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return readSections(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One section as a phrase list. Texts are lower-cased once before matching: case-insensitive Unicode
     * matching folds case at every character of every alternative, and was most of the cost.
     */
    public static PhraseList section(Map<String, List<String>> sections, String name) {
        return of(patterns(sections, name).stream().map(PhraseList::nonCapturing).toList());
    }

    /** A section's patterns as written; a missing or empty section is an error in the file. */
    static List<String> patterns(Map<String, List<String>> sections, String name) {
        List<String> patterns = sections.get(name);
        if (patterns == null || patterns.isEmpty()) {
            throw new IllegalArgumentException("pattern file has no [" + name + "] section");
        }
        return patterns;
    }

    // Groups in a phrase file only group; as capturing groups they would make every Matcher allocate state
    // for hundreds of them, and matchers are made for every line.
    private static final Pattern CAPTURING_GROUP = Pattern.compile("(?<!\\\\)\\((?!\\?)");

    static String nonCapturing(String pattern) {
        return CAPTURING_GROUP.matcher(pattern).replaceAll("(?:");
    }

    /** The phrases {@code patterns} (regular expressions; groups in them only group). */
    public static PhraseList of(List<String> patterns) {
        Pattern[] phrases = new Pattern[patterns.size()];
        Map<String, List<Integer>> byLiteral = new HashMap<>();
        boolean screenable = true;
        int longestMatch = 0;
        for (int i = 0; i < phrases.length; i++) {
            String p = patterns.get(i);
            phrases[i] = Pattern.compile(p);
            Set<String> required = requiredLiterals(p);
            screenable &= !required.isEmpty();
            for (String literal : required) {
                byLiteral.computeIfAbsent(literal, k -> new ArrayList<>()).add(i);
            }
            int bound = longestMatch(p);
            longestMatch = bound < 0 || longestMatch < 0 ? -1 : Math.max(longestMatch, bound);
        }
        if (!screenable) {
            String alternation = String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList());
            return new PhraseList(Pattern.compile(alternation), phrases, null, longestMatch);
        }
        Map<String, int[]> keywords = new HashMap<>();
        byLiteral.forEach((literal, indices) -> keywords.put(literal, indices.stream().mapToInt(Integer::intValue).toArray()));
        AhoCorasickDoubleArrayTrie<int[]> screen = new AhoCorasickDoubleArrayTrie<>();
        screen.build(keywords);
        return new PhraseList(null, phrases, screen, longestMatch);
    }

    /**
     * A bound on the length of any text {@code regex} matches, or -1 when it has none. Without repetition
     * ({@code * + {}}), back-references ({@code \1}, {@code \k}) or grapheme clusters ({@code \X}), every piece
     * of a pattern matches at most as many characters as it is written with: a literal one, a class or an escape
     * such as {@code \p{L}} one code point (at most two characters), {@code ?}, groups and alternation fewer. A dot
     * is the exception, one character written for a code point, so each counts twice.
     */
    static int longestMatch(String regex) {
        int bound = regex.length();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '*' || c == '+' || c == '{') {
                return -1;
            }
            if (c == '.') {
                bound++;
            }
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (Character.isDigit(next) || next == 'k' || next == 'X') {
                    return -1;
                }
                if ((next == 'p' || next == 'P') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    i = regex.indexOf('}', i); // a property name's braces are not a repetition
                    if (i < 0) {
                        return -1;
                    }
                }
            }
        }
        return bound;
    }

    /**
     * Whether some phrase can occur in the text: false when none of the literals they require is in it. A
     * screen for callers that run the phrases' own regex for its groups.
     */
    public boolean mayOccur(String text) {
        return screen == null || screen.matches(text);
    }

    /** Whether some phrase occurs in the line. */
    boolean find(String line) {
        return screen == null ? alternation.matcher(line).find() : anyCandidate(line, Matcher::find);
    }

    /** Where the first phrase in the line starts, or -1: the earliest start of any phrase, as an alternation finds. */
    int start(String line) {
        if (screen == null) {
            Matcher m = alternation.matcher(line);
            return m.find() ? m.start() : -1;
        }
        BitSet candidates = candidates(line);
        int first = -1;
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Matcher m = phrases[i].matcher(line);
            if (m.find() && (first < 0 || m.start() < first)) {
                first = m.start();
            }
        }
        return first;
    }

    /** Whether the whole line is one phrase; a line longer than any phrase can be is not read at all. */
    boolean matches(String line) {
        if (longestMatch >= 0 && line.length() > longestMatch) {
            return false;
        }
        return screen == null ? alternation.matcher(line).matches() : anyCandidate(line, Matcher::matches);
    }

    /** Whether some phrase whose literals the line holds passes the test (find, or match the whole line). */
    private boolean anyCandidate(String line, Predicate<Matcher> test) {
        BitSet candidates = candidates(line);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (test.test(phrases[i].matcher(line))) {
                return true;
            }
        }
        return false;
    }

    /** No candidate phrase; never modified (candidates are only read). */
    private static final BitSet EMPTY = new BitSet(0);

    /** The phrases whose required literals are in the line. */
    private BitSet candidates(String line) {
        // Most lines hold none of the literals: one scan that stops at the first hit, and nothing allocated.
        if (!screen.matches(line)) {
            return EMPTY;
        }
        BitSet candidates = new BitSet(phrases.length);
        screen.parseText(line, (begin, end, indices) -> {
            for (int i : indices) {
                candidates.set(i);
            }
        });
        return candidates;
    }

    boolean screened() {
        return screen != null;
    }

    /**
     * Literals one of which every match of {@code regex} contains; empty when none can be named. Per
     * alternative, the required piece with the longest shortest literal is taken: a run of plain characters,
     * or a group that must occur and whose alternatives each require literals. Anything not understood (an
     * escape, a class, lookaround, an optional part) requires nothing, which keeps the answer safe.
     */
    static Set<String> requiredLiterals(String regex) {
        Set<String> union = new HashSet<>();
        for (String branch : topLevelBranches(regex)) {
            Set<String> best = requiredInBranch(branch);
            if (best.isEmpty()) {
                return Set.of();
            }
            union.addAll(best);
        }
        return union;
    }

    private static Set<String> requiredInBranch(String branch) {
        List<Set<String>> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            switch (c) {
                case '\\' -> {
                    addRun(pieces, run);
                    i += 2;
                }
                case '(', '[' -> {
                    addRun(pieces, run);
                    int end = closing(branch, i);
                    int after = end + 1;
                    boolean optional = after < branch.length() && "?*{".indexOf(branch.charAt(after)) >= 0;
                    if (c == '(' && !optional && end > i) {
                        String inner = branch.substring(i + 1, end);
                        if (inner.startsWith("?:")) {
                            inner = inner.substring(2);
                        }
                        if (!inner.startsWith("?")) {
                            Set<String> required = requiredLiterals(inner);
                            if (!required.isEmpty()) {
                                pieces.add(required);
                            }
                        }
                    }
                    i = skipQuantifier(branch, after);
                }
                case '?', '*', '{' -> {
                    // The character before is optional: it leaves the run.
                    if (!run.isEmpty()) {
                        run.setLength(run.length() - 1);
                    }
                    addRun(pieces, run);
                    i = skipQuantifier(branch, i);
                }
                case '+' -> {
                    addRun(pieces, run);
                    i++;
                }
                case '^', '$', '.' -> {
                    addRun(pieces, run);
                    i++;
                }
                default -> {
                    run.append(c);
                    i++;
                }
            }
        }
        addRun(pieces, run);
        Set<String> best = Set.of();
        int bestLength = 0;
        for (Set<String> piece : pieces) {
            int shortest = piece.stream().mapToInt(String::length).min().orElse(0);
            if (shortest > bestLength) {
                best = piece;
                bestLength = shortest;
            }
        }
        return best;
    }

    private static void addRun(List<Set<String>> pieces, StringBuilder run) {
        if (!run.isEmpty()) {
            pieces.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /** The branches of a regex split at its top-level bars. */
    private static List<String> topLevelBranches(String regex) {
        List<String> branches = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '(' || c == '[') {
                i = closing(regex, i) + 1;
            } else {
                if (c == '|') {
                    branches.add(regex.substring(start, i));
                    start = i + 1;
                }
                i++;
            }
        }
        branches.add(regex.substring(start));
        return branches;
    }

    /** The index of the bracket that closes the one at {@code open}; the last index when it is unclosed. */
    private static int closing(String regex, int open) {
        char opener = regex.charAt(open);
        int depth = 0;
        int i = open;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (opener == '[') {
                if (c == ']' && i > open + 1) {
                    return i;
                }
            } else if (c == '[') {
                i = closing(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return regex.length() - 1;
    }

    private static int skipQuantifier(String regex, int i) {
        if (i >= regex.length()) {
            return i;
        }
        char c = regex.charAt(i);
        if (c == '{') {
            int close = regex.indexOf('}', i);
            i = close < 0 ? regex.length() : close + 1;
        } else if (c == '?' || c == '*' || c == '+') {
            i++;
        } else {
            return i;
        }
        // A lazy or possessive mark after the quantifier.
        return i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+') ? i + 1 : i;
    }
}
