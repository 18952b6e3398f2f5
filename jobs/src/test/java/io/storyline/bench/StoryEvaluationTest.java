package io.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.config.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryEvaluationTest {
    @TempDir
    Path tmp;

    @Test
    void readsASyntheticCrawlsGoldWithNearCopiesOfALoneArticleInItsStory() throws IOException {
        Path gold = tmp.resolve("articles.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"url\":\"https://a.example/1\",\"story\":\"s1\",\"lang\":\"en\",\"dup_of\":null}",
                "{\"url\":\"https://b.example/2\",\"story\":\"s1\",\"lang\":\"ru\",\"dup_of\":null}",
                "{\"url\":\"https://c.example/3\",\"story\":null,\"lang\":\"de\",\"dup_of\":null}",
                "{\"url\":\"https://d.example/4\",\"story\":null,\"lang\":\"de\",\"dup_of\":\"https://c.example/3\"}",
                "{\"url\":\"https://e.example/5\",\"story\":null,\"lang\":\"fr\",\"dup_of\":null}",
                ""));
        StoryEvaluation.Gold read = StoryEvaluation.readGold(gold);
        assertThat(read.storyByUrl()).hasSize(5);
        assertThat(read.storyByUrl().get(StoryEvaluation.normalize("https://b.example/2"))).isEqualTo("s1");
        String lone = read.storyByUrl().get(StoryEvaluation.normalize("https://c.example/3"));
        assertThat(read.storyByUrl().get(StoryEvaluation.normalize("https://d.example/4"))).isEqualTo(lone);
        assertThat(read.storyByUrl().get(StoryEvaluation.normalize("https://e.example/5"))).isNotEqualTo(lone);
        assertThat(read.langByUrl()).containsEntry(StoryEvaluation.normalize("https://b.example/2"), "ru");
    }

    @Test
    void aBrokenLineIsAOneLineUsageError() throws IOException {
        Path gold = tmp.resolve("articles.jsonl");
        Files.writeString(gold, "{\"url\":\"https://a.example/1\",\"story\":\"s1\"}\n{not json\n");
        assertThatThrownBy(() -> StoryEvaluation.readGold(gold)).isInstanceOf(UsageException.class).hasMessageContaining("line 2");
    }

    @Test
    void readsAUrlToStoryObject() throws IOException {
        Path gold = tmp.resolve("gold.json");
        Files.writeString(gold, "{\"https://a.example/1\": \"x\", \"https://b.example/2\": \"x\"}");
        assertThat(StoryEvaluation.readGold(gold).storyByUrl().values()).containsExactly("x", "x");
    }
}
