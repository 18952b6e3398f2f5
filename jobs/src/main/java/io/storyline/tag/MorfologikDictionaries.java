package io.storyline.tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;

/** Morfologik dictionaries shaded into the jar: each read once, with a lookup per thread (a lookup keeps buffers). */
final class MorfologikDictionaries {
    private MorfologikDictionaries() {}

    /** Lookups into the dictionary at {@code resource}; {@code name} says which in errors ("the German dictionary"). */
    static ThreadLocal<DictionaryLookup> lookups(String resource, String name) {
        URL url = MorfologikDictionaries.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(name + " " + resource + " is not on the classpath");
        }
        try {
            Dictionary dictionary = Dictionary.read(url);
            return ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be read from " + url, e);
        }
    }
}
