package io.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.synth.SyntheticCrawl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShinglerTest {
    private final Shingler shingler = new Shingler();

    @Test
    void syntheticCrawlGoldJaccardIsTheExactJaccardOfOurShingles(@TempDir Path dir) throws IOException {
        SyntheticCrawl.write(dir, SyntheticCrawl.Options.defaults(300).withSeed(7).withDuplicates(0.3, 0.02).singleFile());
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("gold/texts.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode page = json.readTree(line);
                texts.put(page.get("url").asText(), page.get("text").asText());
            }
        }
        int near = 0;
        int compared = 0;
        for (String line : Files.readAllLines(dir.resolve("gold/near_duplicates.jsonl"))) {
            JsonNode pair = json.readTree(line);
            String a = texts.get(pair.get("original").asText());
            String b = texts.get(pair.get("copy").asText());
            double gold = pair.get("jaccard").asDouble();
            String lang = "en"; // word shingles whatever the language: the synthetic languages all use spaces
            double ours = Shingler.exactJaccard(shingler.shingles(a, lang), shingler.shingles(b, lang));
            assertThat(ours).as(line).isCloseTo(gold, within(5e-7)); // gold is written with 6 decimals
            assertThat(ours).as(line).isCloseTo(Shingles.jaccard(a, b), within(1e-12));
            near += pair.get("kind").asText().equals("near") ? 1 : 0;
            compared++;
        }
        assertThat(near).as("near-duplicate pairs in the gold").isGreaterThan(30);
        assertThat(compared).isGreaterThan(near); // same-story negatives are compared too
    }

    @Test
    void everyWordShingleOfTheSynthSetIsHashedOnceWithoutCollisions() {
        String text = "Der Bundestag hat am Donnerstag mit 412 Stimmen das Gesetz beschlossen; "
                + "die Opposition kündigte eine Klage an. Der Bundestag hat am Freitag nicht getagt.";
        assertThat(shingler.shingles(text, "de")).hasSize(Shingles.of(text).size()).isSorted();
    }

    @Test
    void nfkcFoldsFullWidthAndLigaturesBeforeTokenising() {
        String plain = "official figures show 12 percent growth in the first quarter";
        String compat = "ｏﬃcial ＦＩＧＵＲＥＳ show １２ percent growth in the ﬁrst quarter";
        assertThat(shingler.shingles(compat, "en")).containsExactly(shingler.shingles(plain, "en"));
    }

    @Test
    void shortTextsMatchOnlyWhenTheirTokensAreIdentical() {
        List<String> shortTexts = List.of("Read more", "Subscribe now", "Live updates", "Photo: Reuters",
                "Breaking news", "Read more below", "Weather", "2026");
        MinHasher hasher = new MinHasher();
        LshBanding banding = LshBanding.defaults();
        for (String a : shortTexts) {
            long[] shinglesA = shingler.shingles(a, "en");
            assertThat(shinglesA).as(a).hasSize(1);
            for (String b : shortTexts) {
                if (a.equals(b)) {
                    continue;
                }
                long[] sigA = hasher.signature(shinglesA);
                long[] sigB = hasher.signature(shingler.shingles(b, "en"));
                assertThat(MinHasher.estimatedJaccard(sigA, sigB)).as(a + " / " + b).isZero();
                assertThat(banding.bandKeys(sigA)).as(a + " / " + b).doesNotContain(banding.bandKeys(sigB));
            }
        }
        // identical up to case and punctuation: the same single shingle
        assertThat(shingler.shingles("READ MORE!", "en")).containsExactly(shingler.shingles("Read more", "en"));
        // a short text shares nothing with a long text that contains it
        long[] longText = shingler.shingles("Read more about the budget vote in parliament today", "en");
        assertThat(Shingler.exactJaccard(shingler.shingles("Read more about the", "en"), longText)).isZero();
    }

    @Test
    void textsWithoutLettersOrDigitsHaveNoShingles() {
        assertThat(shingler.shingles("", "en")).isEmpty();
        assertThat(shingler.shingles("— … !!! ©", "en")).isEmpty();
        assertThat(shingler.shingles(null, null)).isEmpty();
        assertThat(shingler.shingles("。、！", "zh")).isEmpty();
    }

    @Test
    void chineseTextGetsCharacterShinglesByLanguageOrByScript() {
        String zh = "欧洲央行周四宣布将基准利率维持不变，市场普遍预期年底前降息。";
        int letters = 28; // Han characters, without the two punctuation marks
        assertThat(Shingler.usesCharacterShingles(zh, "zh")).isTrue();
        assertThat(Shingler.usesCharacterShingles(zh, null)).isTrue(); // by script alone
        assertThat(shingler.shingles(zh, "zh")).hasSize(letters - Shingler.CHAR_SIZE + 1);
        assertThat(shingler.shingles(zh, "zh-Hans")).containsExactly(shingler.shingles(zh, null));
        // word shingling would see two "tokens" (the clauses), hence one shingle
        assertThat(Shingles.of(zh)).hasSize(1);
        // one changed character changes the CHAR_SIZE shingles that cover it, on each side
        String edited = zh.replace("周四", "周五");
        long[] a = shingler.shingles(zh, "zh");
        long[] b = shingler.shingles(edited, "zh");
        double exact = Shingler.exactJaccard(a, b);
        assertThat(exact).isCloseTo((24.0 - 5) / (24 + 5), within(1e-12));
    }

    @Test
    void japaneseAndThaiGetCharacterShinglesAndLatinTextDoesNot() {
        String ja = "日本銀行は金融政策決定会合で大規模緩和の維持を決めた";
        String th = "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสอง";
        assertThat(Shingler.usesCharacterShingles(ja, "ja")).isTrue();
        assertThat(Shingler.usesCharacterShingles(ja, "")).isTrue();
        assertThat(Shingler.usesCharacterShingles(th, "th")).isTrue();
        assertThat(Shingler.usesCharacterShingles(th, null)).isTrue();
        assertThat(shingler.shingles(ja, "ja").length).isGreaterThan(20);
        assertThat(shingler.shingles(th, "th").length).isGreaterThan(20);
        // Korean is written with spaces: word shingles; so is a mostly Latin text with a Han name
        assertThat(Shingler.usesCharacterShingles("한국은행은 기준금리를 동결했다", "ko")).isFalse();
        assertThat(Shingler.usesCharacterShingles("Xi Jinping 习近平 met the German chancellor in Beijing", null)).isFalse();
    }

    @Test
    void shortCharacterTextsMatchOnlyWhenIdentical() {
        long[] a = shingler.shingles("央行", "zh");
        long[] b = shingler.shingles("央行！", "zh");
        long[] c = shingler.shingles("银行", "zh");
        assertThat(a).hasSize(1).containsExactly(b);
        assertThat(Shingler.exactJaccard(a, c)).isZero();
    }
}
