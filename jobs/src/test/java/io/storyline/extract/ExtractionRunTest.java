package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionRunTest {
    @TempDir
    Path dir;

    static List<Map<String, String>> readJsonl(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        JsonFactory factory = new JsonFactory();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try (JsonParser p = factory.createParser(line)) {
                Map<String, String> row = new HashMap<>();
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    row.put(name, p.nextToken() == JsonToken.VALUE_NULL ? null : p.getText());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void copy(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/extract/" + resource)) {
            Files.write(dir.resolve(resource), in.readAllBytes());
        }
    }

    @Test
    void directoryOfPagesBecomesOneJsonObjectPerPage() throws IOException {
        copy("en-news.html");
        copy("bg-news.html");
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        Path out = dir.resolve("out.jsonl");

        ExtractionRun.Result result = ExtractionRun.run(dir, out, "storyline", new io.storyline.text.LanguageIdentifier());

        assertThat(result.pages()).isEqualTo(2);
        List<Map<String, String>> rows = readJsonl(out);
        assertThat(rows).extracting(r -> r.get("file")).containsExactly("bg-news.html", "en-news.html");
        Map<String, String> bg = rows.get(0);
        assertThat(bg.get("url")).isEqualTo("file:bg-news.html");
        assertThat(bg.get("title")).isEqualTo("Нова линия на метрото в София");
        assertThat(bg.get("text")).contains("Третата линия на метрото");
        assertThat(bg.get("published_at")).isEqualTo("2021-11-20T09:00:00Z");
        Map<String, String> en = rows.get(1);
        // A relative canonical with no page URL to resolve against stays as the page wrote it.
        assertThat(en.get("url")).isEqualTo("/news/2024/03/05/river-flood-closes-bridge");
        assertThat(en.get("published_at")).as("with the publisher's offset").isEqualTo("2024-03-05T08:30:00+01:00");
    }

    @Test
    void aPageThatCannotBeReadGetsARowWithTheReasonAndTheOthersGoOn() throws IOException {
        copy("en-news.html");
        copy("bg-news.html");
        Files.write(dir.resolve("cut.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        Path out = dir.resolve("out.jsonl");

        ExtractionRun.Result result = ExtractionRun.run(dir, out, "storyline", new io.storyline.text.LanguageIdentifier());

        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.failed()).isEqualTo(1);
        List<Map<String, String>> rows = readJsonl(out);
        assertThat(rows).extracting(r -> r.get("file")).containsExactly("bg-news.html", "cut.html", "en-news.html");
        assertThat(rows.get(1)).containsOnlyKeys("file", "error");
        assertThat(rows.get(1).get("error")).startsWith("EOFException");
        assertThat(rows.get(0).get("text")).contains("Третата линия на метрото");
        assertThat(rows.get(2).get("text")).contains("The old stone bridge over the Elm river was closed");
    }

    @Test
    void readabilityBaselineRunsOnTheSamePages() throws IOException {
        copy("en-news.html");
        Path out = dir.resolve("out.jsonl");

        ExtractionRun.run(dir.resolve("en-news.html"), out, "readability", new io.storyline.text.LanguageIdentifier());

        Map<String, String> row = readJsonl(out).get(0);
        assertThat(row.get("text")).contains("The old stone bridge over the Elm river was closed");
        assertThat(row.get("published_at")).isNull();
    }

    @Test
    void unknownExtractorIsRejected() {
        assertThatThrownBy(() -> ExtractionRun.run(dir, dir.resolve("o.jsonl"), "boilerpipe", new io.storyline.text.LanguageIdentifier()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boilerpipe");
    }

    @Test
    void windows1251PageWithMetaCharsetDecodes() {
        byte[] bytes = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'></head><body>Привет</body></html>"
                .getBytes(Charset.forName("windows-1251"));
        assertThat(ExtractionRun.decode(bytes)).contains("Привет");
    }

    @Test
    void bomWinsAndUtf8IsTheDefault() {
        byte[] utf16 = "\uFEFF<p>Grüße</p>".getBytes(StandardCharsets.UTF_16BE);
        assertThat(ExtractionRun.decode(utf16)).isEqualTo("<p>Grüße</p>");
        assertThat(ExtractionRun.decode("<p>Grüße</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo("<p>Grüße</p>");
        byte[] undeclared = "<p>Gr\u00fc\u00dfe</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(ExtractionRun.decode(undeclared)).as("not valid UTF-8, no declaration").isEqualTo("<p>Grüße</p>");
        byte[] latin = "<meta charset=iso-8859-1><p>Gr\u00fc\u00dfe \u20ac</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(ExtractionRun.decode(latin)).contains("Grüße €");
    }
}
