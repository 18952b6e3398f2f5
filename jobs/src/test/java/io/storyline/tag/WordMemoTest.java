package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordMemoTest {
    @Test
    void answersAsTheFunctionDoesForEveryWordAndLanguage() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo<String> memo = new WordMemo<>((w, lang) -> {
            calls.incrementAndGet();
            return lang + "/" + w;
        });
        assertThat(memo.get("Berlin", "de")).isEqualTo("de/Berlin");
        assertThat(memo.get("Berlin", "de")).isEqualTo("de/Berlin");
        assertThat(calls).hasValue(1);
        // The language is part of the key, and may be null.
        assertThat(memo.get("Berlin", "en")).isEqualTo("en/Berlin");
        assertThat(memo.get("Berlin", null)).isEqualTo("null/Berlin");
        assertThat(memo.get("Berlin", "de")).isEqualTo("de/Berlin");
        // Far more words than slots: replaced answers are computed again, never confused.
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20_000; i++) {
                assertThat(memo.get("w" + i, "pl")).isEqualTo("pl/w" + i);
            }
        }
    }

    @Test
    void threadsKeepTheirOwnTables() throws Exception {
        WordMemo<String> memo = new WordMemo<>((w, lang) -> w.toUpperCase() + "0");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 50_000; i++) {
                        String w = "word" + (i % 5_000);
                        if (!memo.get(w, "en").equals(w.toUpperCase() + "0")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stemsAndDictionaryClassesAreTheSameWhenAskedAgain() {
        assertThat(Stems.of("Путиным", "ru")).isEqualTo(Stems.of("Путиным", "ru")).isEqualTo(Stems.of("Путин", "ru"));
        assertThat(Stems.of("Путиным", "bg")).isNotNull();
        assertThat(ProperNouns.germanClass("Berlin")).isEqualTo(ProperNouns.germanClass("Berlin"));
        assertThat(BaseForms.isAdjective("Polskiej")).isTrue();
        assertThat(BaseForms.isAdjective("Polskiej")).isTrue();
    }
}
