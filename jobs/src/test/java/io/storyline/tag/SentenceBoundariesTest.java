package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import io.storyline.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBoundariesTest {
    /** No end after a title's abbreviation: a look-behind over the same list ("prof. Jan Kowalski"). */
    private static final String NOT_AFTER_ABBREVIATION = "(?<!(?<![\\p{L}\\d-])(?iu:"
            + String.join("|", SentenceBoundaries.ABBREVIATIONS) + ")\\.)";

    /**
     * The rule as the regular expression that Spark NLP's custom-bounds path ran until 2026-12-04, with
     * the abbreviations of 2026-12-05.
     */
    private static final String RULE = "(?<=(?:[\\p{L}\\d][\\p{L}\\d]|[)\\]\"»”’“'])[.!?…])" + NOT_AFTER_ABBREVIATION + "\\s+(?=[^\\p{Ll}\\s])"
            + "|(?<=[.!?…][\"»”’“')\\]])\\s+(?=[^\\p{Ll}\\s])"
            + "|\\s*\\n\\s*";

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (int[] b : SentenceBoundaries.of(text)) {
            out.add(text.substring(b[0], b[1]));
        }
        return out;
    }

    @Test
    void endsAfterWordsBracketsAndQuotesButNotAfterInitials() {
        assertThat(sentences("J. Smith arrived in the U.S. Army. Then he left!  Why? Nobody knows…"))
                .containsExactly("J. Smith arrived in the U.S. Army.", "Then he left!", "Why?", "Nobody knows…");
        assertThat(sentences("Он приехал в г. Москва (в мае). Там был „Газпром.” Потом уехал."))
                .containsExactly("Он приехал в г. Москва (в мае).", "Там был „Газпром.”", "Потом уехал.");
    }

    @Test
    void goesOnAfterTheAbbreviationOfATitleOrANameWord() {
        assertThat(sentences("Rozmawiał z prof. Nowakiem o Wlk. Brytanii. Dr. Smith and Mr. Jones met. Пришёл д-р Иванов."))
                .containsExactly("Rozmawiał z prof. Nowakiem o Wlk. Brytanii.", "Dr. Smith and Mr. Jones met.", "Пришёл д-р Иванов.");
        // Nor inside a Spanish plural's doubled abbreviation; after it, as after any word.
        assertThat(sentences("Viajó a EE. UU. El lunes volvió. Las FF. AA. desfilaron."))
                .containsExactly("Viajó a EE. UU.", "El lunes volvió.", "Las FF. AA. desfilaron.");
        // Only the whole word: "Prof." closes a sentence when it is part of a longer word.
        assertThat(sentences("Er ist Oberprof. Dann kam er.")).containsExactly("Er ist Oberprof.", "Dann kam er.");
    }

    @Test
    void goesOnBeforeLowerCaseAndEndsAtEveryLine() {
        assertThat(sentences("Prices rose 5.5 percent. and more\n  Next line\r\n\r\nLast")).containsExactly(
                "Prices rose 5.5 percent. and more", "Next line", "Last");
        assertThat(sentences("  \n\t ")).isEmpty();
        assertThat(sentences("")).isEmpty();
        assertThat(SentenceBoundaries.of("  Alone.  ")).singleElement().satisfies(b -> assertThat(b).containsExactly(2, 8));
    }

    @Test
    void countsLettersOutsideTheBasicPlaneAsLetters() {
        assertThat(sentences("It was 𝐀𝐁. Then more.")).containsExactly("It was 𝐀𝐁.", "Then more.");
    }

    /** The same sentences as Spark NLP's custom-bounds path with the rule, on real news in six languages. */
    @Test
    void findsWhatSparkNlpsCustomBoundsFoundOnRealNews() throws IOException {
        SentenceDetector reference = new SentenceDetector();
        reference.setCustomBounds(new String[] {RULE});
        reference.setUseCustomBoundsOnly(true);
        BoundarySentenceDetector ours = new BoundarySentenceDetector();
        List<Path> files = SharedData.files("data/entities-dev/raw");
        assertThat(files).hasSizeGreaterThan(1000);
        int sentences = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> expected = describe(reference.tag(text));
            assertThat(describe(ours.tag(text))).as(file.toString()).isEqualTo(expected);
            sentences += expected.size();
        }
        assertThat(sentences).isGreaterThan(files.size() * 5);
    }

    private static List<String> describe(Sentence[] sentences) {
        List<String> out = new ArrayList<>(sentences.length);
        for (Sentence s : sentences) {
            out.add(s.start() + ".." + s.end() + " " + s.index() + " " + s.content());
        }
        return out;
    }
}
