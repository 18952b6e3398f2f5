package io.storyline.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Which tokens are proper nouns, from Apache OpenNLP's part-of-speech models (Universal Dependencies
 * tags), for languages where capitals say little: German writes every noun with one. The model comes
 * from its Maven Central artifact (opennlp-models-pos-de, Apache-2.0, trained on UD German GSD) and is
 * loaded once per JVM; a tagger, which is not thread-safe, is made per thread.
 */
final class ProperNouns {
    /** Model resources by language: only where capitals do not already mark names. */
    private static final Map<String, String> MODELS = Map.of("de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin");
    private static final Map<String, POSModel> LOADED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, POSTaggerME>> TAGGERS = ThreadLocal.withInitial(HashMap::new);

    private ProperNouns() {}

    /**
     * For each token, whether the model tags it PROPN, tagging each sentence on its own; null when the
     * language has no model.
     */
    static boolean[] of(List<Token> tokens, String lang) {
        String resource = MODELS.get(lang);
        if (resource == null) {
            return null;
        }
        POSTaggerME tagger = TAGGERS.get().computeIfAbsent(lang, l -> new POSTaggerME(LOADED.computeIfAbsent(l, k -> load(resource))));
        boolean[] proper = new boolean[tokens.size()];
        int start = 0;
        while (start < tokens.size()) {
            int end = start;
            while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(start).sentence()) {
                end++;
            }
            List<String> words = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                words.add(tokens.get(i).text());
            }
            String[] tags = tagger.tag(words.toArray(String[]::new));
            for (int i = start; i < end; i++) {
                proper[i] = "PROPN".equals(tags[i - start]);
            }
            start = end;
        }
        return proper;
    }

    private static POSModel load(String resource) {
        try (InputStream in = ProperNouns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("part-of-speech model " + resource + " is not on the class path");
            }
            POSModel model = new POSModel(in);
            // Greedy decoding (beam 1, the model's default is 3): the same tags on the German gold's
            // 4,870 tokens in half the time.
            return new POSModel(model.getLanguage(), (MaxentModel) model.getArtifact("pos.model"), 1, new HashMap<>(), model.getFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + resource, e);
        }
    }
}
