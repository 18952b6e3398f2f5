package io.storyline.stories;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A document's features as 64-bit keys with their term frequencies. The top three bits of a key
 * say its kind; every kind but {@link Kind#TERM} reads the same in every language, and a term key
 * includes its language, so terms only ever match within one language.
 */
final class Features {
    /** Title words count this many times: a headline states what the event is. */
    static final int TITLE_BOOST = 2;

    enum Kind { ENTITY, NUMBER, DATE, WEEKDAY, LATIN, TERM;

        boolean crossLingual() {
            return this != TERM;
        }
    }

    /** Sorted distinct keys and their frequencies. */
    record Counts(long[] keys, float[] tf) implements Serializable {}

    private static final long KIND_SHIFT = 61;
    private static final long HASH_MASK = (1L << KIND_SHIFT) - 1;
    private static final int SEED = 0x5709;

    private Features() {}

    static Kind kindOf(long key) {
        return Kind.values()[(int) (key >>> KIND_SHIFT)];
    }

    static long key(Kind kind, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        long hash = MurmurHash3.hash128x64(bytes, 0, bytes.length, SEED)[0];
        return ((long) kind.ordinal() << KIND_SHIFT) | (hash & HASH_MASK);
    }

    /**
     * @param entityIds the entity keys of the document's mentions, one per mention, that the input
     *     has in two or more languages: cross-lingual evidence
     * @param localEntityIds those the input has in one language only: they can only ever match
     *     within it, so they count as content terms of that language
     * @param personNames base forms of the person mentions, which count by their surname's
     *     transliteration-aware key ({@link NameKey}) instead of their entity key: one feature for
     *     Зеленский, Zelensky and Selenskyj, which entity keys may not link
     */
    static Counts of(String lang, String title, String text, List<String> entityIds, List<String> localEntityIds,
                     List<String> personNames) {
        Map<Long, Float> tf = new HashMap<>();
        String language = lang == null ? "und" : lang;
        for (String id : entityIds) {
            tf.merge(key(Kind.ENTITY, id), 1f, Float::sum);
        }
        for (String id : localEntityIds) {
            tf.merge(key(Kind.TERM, language + ":entity:" + id), 1f, Float::sum);
        }
        for (String name : personNames) {
            String surname = NameKey.of(name, language);
            if (surname != null) {
                tf.merge(key(Kind.ENTITY, "surname:" + surname), 1f, Float::sum);
            }
        }
        addEvidence(tf, language, text, 1);
        addEvidence(tf, language, title, TITLE_BOOST);
        for (String term : ContentTerms.of(language, text)) {
            tf.merge(key(Kind.TERM, language + ":" + term), 1f, Float::sum);
        }
        for (String term : ContentTerms.of(language, title)) {
            tf.merge(key(Kind.TERM, language + ":" + term), (float) TITLE_BOOST, Float::sum);
        }
        long[] keys = new long[tf.size()];
        int n = 0;
        for (long k : tf.keySet()) {
            keys[n++] = k;
        }
        Arrays.sort(keys);
        float[] freq = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            freq[i] = tf.get(keys[i]);
        }
        return new Counts(keys, freq);
    }

    private static void addEvidence(Map<Long, Float> tf, String lang, String text, int weight) {
        for (String item : Evidence.of(lang, text)) {
            Kind kind = switch (item.charAt(0)) {
                case 'n' -> Kind.NUMBER;
                case 'd' -> Kind.DATE;
                case 'w' -> Kind.WEEKDAY;
                default -> Kind.LATIN;
            };
            tf.merge(key(kind, item.substring(2)), (float) weight, Float::sum);
        }
    }
}
