package io.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.ingest.RawRecord;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.read.JsonLinesRecordReader;
import io.storyline.ingest.read.ReadContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorySetsTest {
    @TempDir
    Path data;

    @Test
    void aThirdOfTheKeysIsHeldOutForGood() {
        long held = IntStream.range(0, 3000).filter(i -> StorySets.partOf("event-" + i) == StorySets.Part.HELD_OUT).count();
        assertThat(held).isBetween(900L, 1100L);
        assertThat(StorySets.partOf("71:north_Korea_Launches_satellite")).isEqualTo(StorySets.partOf("71:north_Korea_Launches_satellite"));
    }

    @Test
    void articlesAreReadAsPublishedWithTitlesSplitOnlyWhereTheLayoutHasThem() throws IOException {
        Path nc = Files.createDirectories(data.resolve("news-clusters"));
        Files.writeString(nc.resolve("articles.jsonl"), """
                {"id": "a1", "cluster": "7:quake", "title": "Quake hits", "description": "A quake hit.", "text": "A quake hit. More.", "date": "2013-01-30T03:43:55", "source": "cnn"}
                {"id": "a2", "cluster": "7:quake", "title": "Quake", "description": "Lead.", "text": "Body.", "date": "2013-01-31T00:00:00+01:00", "source": "rt"}
                """);
        List<StorySets.Article> news = StorySets.articles(data, StorySets.Name.NEWS_CLUSTERS);
        assertThat(news).extracting(StorySets.Article::description).containsExactly("A quake hit.", "Lead.");
        assertThat(news).extracting(StorySets.Article::text).containsExactly("A quake hit. More.", "Body.");
        // The crawl goes through the JSON Lines reader, which puts a lead before a body that does not begin with it.
        Path crawl = data.resolve("crawl.jsonl");
        StorySets.writeCrawl(news, crawl);
        List<String> texts = new ArrayList<>();
        try (JsonLinesRecordReader reader = new JsonLinesRecordReader(Files.newInputStream(crawl),
                new ReadContext(crawl.toString(), 1 << 20, Instant.EPOCH))) {
            for (Optional<ReadResult> r = reader.next(); r.isPresent(); r = reader.next()) {
                texts.add(((RawRecord.TextCapture) r.get()).text());
            }
        }
        assertThat(texts).containsExactly("A quake hit. More.", "Lead.\n\nBody.");
        assertThat(news).extracting(StorySets.Article::publishedAt).containsExactly("2013-01-30T03:43:55Z", "2013-01-31T00:00:00+01:00");
        assertThat(news.get(0).url()).isEqualTo("https://news-clusters.storyline.invalid/a1");
        assertThat(news.get(0).event()).isEqualTo("7:quake");

        Path se = Files.createDirectories(data.resolve("semeval-train"));
        Files.writeString(se.resolve("articles.jsonl"), """
                {"id": "1", "lang": "de", "text": "Proteste in Hongkong  Mit den Zeremonien kam es zu Zwischenfällen."}
                {"id": "2", "lang": "en", "text": " Mummers Parade 2020: How to Watch While some will likely spend Wednesday recovering."}
                """);
        List<StorySets.Article> semeval = StorySets.articles(data, StorySets.Name.SEMEVAL);
        assertThat(semeval).extracting(StorySets.Article::title).containsExactly("Proteste in Hongkong", null);
        assertThat(semeval.get(1).text()).startsWith("Mummers Parade");
        assertThat(semeval).extracting(StorySets.Article::publishedAt).containsOnly(StorySets.SEMEVAL_TIME);
    }

    @Test
    void pairsCountTogetherAndApartByRatingPartAndLanguages() {
        List<StorySets.Pair> pairs = List.of(
                new StorySets.Pair("p1", "1", "2", "de", "en", 1.0),
                new StorySets.Pair("p2", "3", "4", "en", "en", 4.0),
                new StorySets.Pair("p3", "5", "6", "en", "en", 2.5),
                new StorySets.Pair("p4", "7", "8", "en", "en", 1.5));
        Map<String, StorySets.PairFigures> f = StorySets.scorePairs(pairs, Map.of("1", "s", "2", "s", "3", "t", "4", "t", "7", "u"));
        StorySets.PairFigures all = f.get("all");
        assertThat(all.same()).isEqualTo(2);
        assertThat(all.together()).as("p1 together; p4's second article has no story").isEqualTo(1);
        assertThat(all.different()).isEqualTo(1);
        assertThat(all.apart()).as("p2 merged").isZero();
        assertThat(f.get("all de-en").recall()).isEqualTo(1.0);
        assertThat(f.get("all en").specificity()).isZero();
        assertThat(all.recall()).isEqualTo(0.5);
    }
}
