package io.storyline.tag;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A per-thread, direct-mapped memo of a pure function of a word and its language: a fixed table in
 * which a new answer replaces the one in its slot. The tag stage asks the same words' stems and
 * dictionary classes many times per document and again in the next one; a hit costs the word's hash
 * (which a String computes once) and one comparison, where a stem allocates three objects and a
 * dictionary lookup walks an automaton. Written here rather than taken from a cache library (Caffeine) because
 * a hit must cost less than what it saves: no eviction bookkeeping, no shared table, no locking, and
 * memory fixed per thread.
 */
final class WordMemo<V> {
    private static final int SLOTS = 1 << 12;

    private final BiFunction<String, String, V> function;
    /** Per slot: the word, its language and the answer. */
    private final ThreadLocal<Object[]> table = ThreadLocal.withInitial(() -> new Object[3 * SLOTS]);

    WordMemo(BiFunction<String, String, V> function) {
        this.function = function;
    }

    /** {@code function(word, lang)}; {@code lang} may be null. */
    @SuppressWarnings("unchecked")
    V get(String word, String lang) {
        int h = word.hashCode() * 31 + (lang == null ? 0 : lang.hashCode());
        int slot = 3 * ((h ^ h >>> 16) & (SLOTS - 1));
        Object[] t = table.get();
        if (word.equals(t[slot]) && Objects.equals(lang, t[slot + 1])) {
            return (V) t[slot + 2];
        }
        V answer = function.apply(word, lang);
        t[slot] = word;
        t[slot + 1] = lang;
        t[slot + 2] = answer;
        return answer;
    }
}
