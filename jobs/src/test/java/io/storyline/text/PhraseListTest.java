package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PhraseListTest {

    @Test
    void requiredLiteralsAreTheLongestPieceEveryMatchContains() {
        assertThat(PhraseList.requiredLiterals("\\bsubscribe\\b")).containsExactly("subscribe");
        assertThat(PhraseList.requiredLiterals("^(?:read|see) (?:also|more)\\s*:")).containsExactlyInAnyOrder("also", "more");
        assertThat(PhraseList.requiredLiterals("(?:を|で)シェア|シェアする")).containsExactlyInAnyOrder("シェア", "シェアする");
        assertThat(PhraseList.requiredLiterals("^(?:à )?lire aussi\\s*:")).containsExactly("lire aussi");
        assertThat(PhraseList.requiredLiterals("ok(?:ay)?")).containsExactly("ok");
        assertThat(PhraseList.requiredLiterals("cookies?")).containsExactly("cookie");
        assertThat(PhraseList.requiredLiterals("ニュースレター(?:の)?(?:登録|購読)")).containsExactly("ニュースレター");
        assertThat(PhraseList.requiredLiterals("^©|©\\s*(?:19|20)\\d\\d")).containsExactlyInAnyOrder("©", "19", "20");
        assertThat(PhraseList.requiredLiterals("xa+bcd")).containsExactly("bcd");
    }

    @Test
    void aTextWithoutTheRequiredLiteralsCannotHoldAPhrase() {
        PhraseList keys = PhraseList.of(List.of("[\"'](?:datePublished|pubDate)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']"));
        assertThat(keys.mayOccur("var config = {\"theme\": \"dark\"};")).isFalse();
        assertThat(keys.mayOccur("var d = {\"pubDate\": \"2020-01-02\"};")).isTrue();
        assertThat(keys.mayOccur("pubDate alone")).as("a screen, not the regex").isTrue();
    }

    @Test
    void anAlternativeWithoutALiteralLeavesTheListUnscreened() {
        assertThat(PhraseList.requiredLiterals("\\d+|home")).isEmpty();
        assertThat(PhraseList.requiredLiterals("[a-z]{3}")).isEmpty();
        assertThat(PhraseList.requiredLiterals("(?:news)?")).isEmpty();
        PhraseList digits = PhraseList.of(List.of("home", "\\d{4}"));
        assertThat(digits.screened()).isFalse();
        assertThat(digits.find("in 2026")).isTrue();
    }

    @Test
    void aLineLongerThanAnyPhraseIsNoWholeLinePhrase() {
        assertThat(PhraseList.longestMatch("(?:read|see) (?:also|more)")).isEqualTo(26);
        assertThat(PhraseList.longestMatch("comments?\\p{L}")).isEqualTo(14);
        assertThat(PhraseList.longestMatch("a.b")).as("a dot may match a surrogate pair").isEqualTo(4);
        for (String unbounded : List.of("a+", "a*", "a{2}", "(a)\\1", "\\X", "(?<x>a)\\k<x>")) {
            assertThat(PhraseList.longestMatch(unbounded)).as(unbounded).isEqualTo(-1);
        }
        PhraseList dot = PhraseList.of(List.of("x.y"));
        assertThat(dot.matches("x\uD83D\uDE00y")).as("four characters, one of them two").isTrue();
        PhraseList related = PhraseList.of(List.of("related (?:articles|stories)"));
        assertThat(related.matches("related stories")).isTrue();
        assertThat(related.matches("related stories and a sentence that goes on")).isFalse();
    }

    @Test
    void everyBundledSectionIsScreened() {
        for (Map.Entry<String, List<String>> section : bundledSections().entrySet()) {
            for (String pattern : section.getValue()) {
                assertThat(PhraseList.requiredLiterals(PhraseList.nonCapturing(pattern)))
                        .as("[%s] %s requires no literal, so the whole section goes unscreened", section.getKey(), pattern)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void phrasesRunByTheirLiteralsAnswerAsTheSectionsAlternationOnRealLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SharedData.samples("articles"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Files.readString(file, StandardCharsets.UTF_8).lines().map(l -> l.toLowerCase(Locale.ROOT)).forEach(lines::add);
            }
        }
        for (Map.Entry<String, List<String>> section : bundledSections().entrySet()) {
            lines.addAll(section.getValue().stream().map(p -> p.replaceAll("[\\\\()?|^$*\\[\\]]", "")).toList());
        }
        int found = 0;
        for (Map.Entry<String, List<String>> section : bundledSections().entrySet()) {
            List<String> patterns = section.getValue().stream().map(PhraseList::nonCapturing).toList();
            PhraseList list = PhraseList.of(patterns);
            Pattern plain = Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()));
            for (String line : lines) {
                var m = plain.matcher(line);
                int start = m.find() ? m.start() : -1;
                assertThat(list.start(line)).as("[%s] %s", section.getKey(), line).isEqualTo(start);
                assertThat(list.find(line)).as("[%s] %s", section.getKey(), line).isEqualTo(start >= 0);
                assertThat(list.matches(line)).as("[%s] %s", section.getKey(), line).isEqualTo(plain.matcher(line).matches());
                found += start >= 0 ? 1 : 0;
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        assertThat(found).isGreaterThan(100);
    }

    /** Every section of both bundled phrase files, named "file [section]". */
    private static Map<String, List<String>> bundledSections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String resource : List.of(LineCleaner.RESOURCE, AccessWalls.RESOURCE)) {
            PhraseList.bundledSections(resource).forEach((name, patterns) -> sections.put(resource + " [" + name + "]", patterns));
        }
        assertThat(sections.keySet()).hasSize(9 + AccessWalls.Kind.values().length);
        return sections;
    }
}
