package io.storyline.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lingua 1.2.2's unigram, bigram and trigram models of a set of languages in one table: an n-gram, packed into a
 * {@code long}, finds its row by one lookup, and the row lists the languages whose model has it with ln(relative
 * frequency), as Lingua's {@code lookUpNgramProbability} gives it per language. Immutable once built.
 */
final class NgramTable {
    // Each fraction of a model file is a field name of its own: canonicalising and interning them doubled the load.
    private static final JsonFactory MODEL_JSON =
            new JsonFactoryBuilder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    // The n-gram table: an n-gram's row lists the languages whose model has it, with ln(relative frequency).
    private final Long2IntOpenHashMap rowOf;
    private final int[] rowStart;
    private final byte[] entryLanguage;
    private final float[] entryLogFrequency;

    /** The models of {@code languages}; an entry's language is its index in that array. */
    NgramTable(Language[] languages) {
        if (languages.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " languages");
        }
        LongArrayList keys = new LongArrayList();
        IntArrayList entryLanguages = new IntArrayList();
        FloatArrayList logFrequencies = new FloatArrayList();
        for (int i = 0; i < languages.length; i++) {
            for (String order : List.of("unigrams", "bigrams", "trigrams")) {
                read(languages[i], order, i, keys, entryLanguages, logFrequencies);
            }
        }
        this.rowOf = new Long2IntOpenHashMap();
        rowOf.defaultReturnValue(-1);
        IntArrayList rowCounts = new IntArrayList();
        int[] rowOfEntry = new int[keys.size()];
        for (int e = 0; e < keys.size(); e++) {
            int row = rowOf.putIfAbsent(keys.getLong(e), rowCounts.size());
            if (row == -1) {
                row = rowCounts.size();
                rowCounts.add(0);
            }
            rowOfEntry[e] = row;
            rowCounts.set(row, rowCounts.getInt(row) + 1);
        }
        this.rowStart = new int[rowCounts.size() + 1];
        for (int r = 0; r < rowCounts.size(); r++) {
            rowStart[r + 1] = rowStart[r] + rowCounts.getInt(r);
        }
        this.entryLanguage = new byte[keys.size()];
        this.entryLogFrequency = new float[keys.size()];
        int[] fill = Arrays.copyOf(rowStart, rowCounts.size());
        for (int e = 0; e < keys.size(); e++) {
            int slot = fill[rowOfEntry[e]]++;
            entryLanguage[slot] = (byte) entryLanguages.getInt(e);
            entryLogFrequency[slot] = logFrequencies.getFloat(e);
        }
    }

    /** The row of an n-gram ({@link #key}), or -1 when no language's model has it. */
    int row(long key) {
        return rowOf.get(key);
    }

    int rowStart(int row) {
        return rowStart[row];
    }

    int rowEnd(int row) {
        return rowStart[row + 1];
    }

    /** The index of an entry's language. */
    int language(int entry) {
        return entryLanguage[entry];
    }

    float logFrequency(int entry) {
        return entryLogFrequency[entry];
    }

    /** An n-gram of one to three characters (unused ones {@code '\0'}) as a key; the length keeps "a" and "a\0" apart. */
    static long key(int length, char a, char b, char c) {
        return (long) length << 48 | (long) a << 32 | (long) b << 16 | c;
    }

    /** One of Lingua's model files: {"language": ..., "ngrams": {"numerator/denominator": "ngram ngram ...", ...}}. */
    private static void read(Language language, String order, int index, LongArrayList keys,
                                  IntArrayList entryLanguages, FloatArrayList logFrequencies) {
        String path = "/language-models/" + language.getIsoCode639_1().name().toLowerCase(Locale.ROOT) + "/"
                + order + ".json";
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            if (in == null) {
                return; // Lingua has no such model for this language (Chinese has unigrams only): it scores none
            }
            try (JsonParser parser = MODEL_JSON.createParser(in)) {
                while (parser.nextToken() != null) {
                    if (parser.currentToken() != JsonToken.FIELD_NAME || !"ngrams".equals(parser.getCurrentName())) {
                        continue;
                    }
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String fraction = parser.getCurrentName();
                        int slash = fraction.indexOf('/');
                        // Lingua's TrainingDataLanguageModel: a float numerator over an int denominator, then ln.
                        float frequency = Float.parseFloat(fraction.substring(0, slash))
                                / (float) Integer.parseInt(fraction.substring(slash + 1));
                        float logFrequency = (float) Math.log(frequency);
                        parser.nextToken();
                        String ngrams = parser.getText();
                        for (int start = 0; start < ngrams.length(); ) {
                            int end = ngrams.indexOf(' ', start);
                            end = end < 0 ? ngrams.length() : end;
                            int length = end - start;
                            if (length == 0 || length > 3) {
                                throw new IllegalStateException("unexpected n-gram in Lingua's model " + path);
                            }
                            keys.add(key(length, ngrams.charAt(start), length > 1 ? ngrams.charAt(start + 1) : '\0',
                                    length > 2 ? ngrams.charAt(start + 2) : '\0'));
                            entryLanguages.add(index);
                            logFrequencies.add(logFrequency);
                            start = end + 1;
                        }
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lingua's model " + path, e);
        }
    }
}
