package io.storyline.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import io.storyline.text.LanguageIdentifier;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The typed configuration, read once at start and validated, then passed down. Nothing below reads
 * configuration by string. Defaults are {@code conf/storyline.conf}, packaged into the jar.
 */
public record Settings(Ingest ingest, Dedup dedup, Tag tag, Stories stories, Daily daily, Output output,
                       String effectiveJson) implements java.io.Serializable {

    public record Ingest(
            long maxRecordBytes,
            long maxInflatedBytes,
            int minWords,
            List<String> languages,
            int languageSampleChars,
            double languageMinConfidence,
            int templateMinDocs,
            double templateMinShare,
            String inputPrefix) implements java.io.Serializable {

        /** The language identifier these settings describe. */
        public LanguageIdentifier languageIdentifier() {
            LanguageIdentifier.Settings defaults = LanguageIdentifier.Settings.defaults();
            return new LanguageIdentifier(languages, new LanguageIdentifier.Settings(languageSampleChars,
                    defaults.minLetters(), languageMinConfidence));
        }
    }

    public record Dedup(double threshold, double candidateThreshold, int permutations, long seed, int maxBucketSize,
                        ComponentsMethod components)
            implements java.io.Serializable {}

    /** How io.storyline.dedup.ConnectedComponents labels components, by its spelling in the configuration. */
    public enum ComponentsMethod {
        LARGE_STAR("large-star"),
        GRAPHX("graphx");

        private final String spelling;

        ComponentsMethod(String spelling) {
            this.spelling = spelling;
        }
    }

    public record Tag(String gazetteer, String model, List<String> languages) implements java.io.Serializable {}

    /** The stories stage (conf/storyline.conf explains each key). */
    public record Stories(int windowDays, double timeDecay, int reachDays, double reachThreshold, double termWeight,
                          double edgeThreshold, double joinThreshold, double mergeThreshold, double mergeCohesion, int blockingFeatures,
                          int blockSize, int vectorSize, int maxComponent, double splitCohesion, Encoder encoder) implements java.io.Serializable {}

    /**
     * The sentence encoder of the stories stage ({@code storyline.stories.encoder}): its model (empty:
     * off), and how its cosine counts: {@code weight} of an article pair's content similarity, after
     * mapping cosines from {@code floor} (unrelated news) to 1 onto 0 to 1. Only articles in
     * {@code languages} (those the model was trained on) are embedded.
     */
    public record Encoder(String model, int threads, int leadChars, double weight, double floor, List<String> languages)
            implements java.io.Serializable {
        /** The model file, a relative path resolved against {@code home}; empty when turned off. */
        public Optional<Path> modelPath(Path home) {
            return model.isBlank() ? Optional.empty() : Optional.of(home.resolve(model).toAbsolutePath().normalize());
        }

        /** The model file, a relative path resolved against the project home ({@code STORYLINE_HOME}, else the working folder). */
        public Optional<Path> modelPath() {
            return modelPath(Path.of(System.getenv().getOrDefault("STORYLINE_HOME", ".")));
        }
    }

    /** How a {@code run --date} treats the days around it (io.storyline.pipeline.DailyScope). */
    public record Daily(int recomputeDays) implements java.io.Serializable {}

    public record Output(String compression) implements java.io.Serializable {}

    private static final Set<String> COMPRESSIONS = Set.of("snappy", "zstd", "gzip", "none");
    private static final String DEFAULTS = "storyline.conf";

    /** Defaults only, plus {@code -Dstoryline.*} system properties. */
    public static Settings load() {
        return load(null);
    }

    /**
     * Defaults, then the user's file, then {@code -Dstoryline.*} system properties.
     *
     * @throws SettingsException with a one-line message on any unknown key, wrong type or bad value
     */
    public static Settings load(File userFile) {
        return load(userFile, "");
    }

    /**
     * Defaults, then the user's file, then {@code overrides} (HOCON, e.g. {@code storyline.stories.window-days = 5}),
     * then {@code -Dstoryline.*} system properties.
     */
    public static Settings load(File userFile, String overrides) {
        Config defaults = ConfigFactory.parseResources(Settings.class.getClassLoader(), DEFAULTS,
                ConfigParseOptions.defaults().setAllowMissing(false));
        Config user = ConfigFactory.empty();
        if (userFile != null) {
            if (!userFile.isFile()) {
                throw new SettingsException("configuration file not found: " + userFile);
            }
            try {
                user = ConfigFactory.parseFile(userFile, ConfigParseOptions.defaults().setAllowMissing(false));
            } catch (ConfigException e) {
                throw new SettingsException("cannot parse " + userFile + ": " + e.getMessage());
            }
        }
        try {
            user = ConfigFactory.parseString(overrides).withFallback(user);
        } catch (ConfigException e) {
            throw new SettingsException("cannot parse the settings " + overrides + ": " + e.getMessage());
        }
        Config properties = ConfigFactory.systemProperties().withOnlyPath("storyline");
        if (!ConfigFactory.systemProperties().hasPath("storyline")) {
            properties = ConfigFactory.empty();
        }
        Config merged = properties.withFallback(user).withFallback(defaults).resolve();
        rejectUnknownKeys(properties.withFallback(user), defaults);
        try {
            merged.checkValid(defaults, "storyline");
            return fromConfig(merged);
        } catch (ConfigException e) {
            throw new SettingsException(e.getMessage());
        }
    }

    /** A typo in a key must not be silently ignored: every key must exist in the defaults. */
    private static void rejectUnknownKeys(Config given, Config defaults) {
        Set<String> unknown = new TreeSet<>();
        for (Map.Entry<String, ConfigValue> entry : given.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("storyline.") && !defaults.hasPathOrNull(key)) {
                unknown.add(key);
            }
        }
        if (given.hasPath("storyline") && !unknown.isEmpty()) {
            throw new SettingsException("unknown configuration key " + String.join(", ", unknown)
                    + " (the keys are listed in conf/storyline.conf)");
        }
    }

    private static Settings fromConfig(Config root) {
        Config c = root.getConfig("storyline");
        Config in = c.getConfig("ingest");
        Ingest ingest = new Ingest(
                positive("ingest.max-record-bytes", in.getBytes("max-record-bytes")),
                positive("ingest.max-inflated-bytes", in.getBytes("max-inflated-bytes")),
                (int) atLeast("ingest.min-words", in.getInt("min-words"), 0),
                languages(in),
                (int) positive("ingest.language-sample-chars", in.getInt("language-sample-chars")),
                unit("ingest.language-min-confidence", in.getDouble("language-min-confidence")),
                (int) atLeast("ingest.template-lines.min-docs", in.getInt("template-lines.min-docs"), 2),
                unit("ingest.template-lines.min-share", in.getDouble("template-lines.min-share")),
                in.getString("input-prefix"));
        Config dd = c.getConfig("dedup");
        double threshold = dd.getDouble("threshold");
        if (threshold <= 0 || threshold > 1) {
            throw new SettingsException("storyline.dedup.threshold must be in (0, 1], not " + threshold);
        }
        double candidateThreshold = dd.getDouble("candidate-threshold");
        if (candidateThreshold <= 0 || candidateThreshold > threshold) {
            throw new SettingsException("storyline.dedup.candidate-threshold must be in (0, threshold], not " + candidateThreshold);
        }
        ComponentsMethod components = componentsMethod(dd.getString("components"));
        Dedup dedup = new Dedup(threshold, candidateThreshold, (int) atLeast("dedup.permutations", dd.getInt("permutations"), 2),
                dd.getLong("seed"), (int) atLeast("dedup.max-bucket-size", dd.getInt("max-bucket-size"), 2), components);
        Config tg = c.getConfig("tag");
        List<String> tagLanguages = tg.getStringList("languages");
        try {
            LanguageIdentifier.checkCodes(tagLanguages);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("storyline.tag.languages: " + e.getMessage());
        }
        Tag tag = new Tag(tg.getString("gazetteer"), tg.getString("model"), List.copyOf(tagLanguages));
        String compression = c.getString("output.compression");
        if (!COMPRESSIONS.contains(compression)) {
            throw new SettingsException("storyline.output.compression must be one of " + new TreeSet<>(COMPRESSIONS)
                    + ", not '" + compression + "'");
        }
        Daily daily = new Daily((int) atLeast("daily.recompute-days", c.getInt("daily.recompute-days"), 0));
        Stories stories = stories(c.getConfig("stories"));
        if (daily.recomputeDays() < stories.reachDays()) {
            // A shorter span would cut stories that the reach links, and backfill order would matter.
            throw new SettingsException("storyline.daily.recompute-days (" + daily.recomputeDays()
                    + ") must cover storyline.stories.reach-days (" + stories.reachDays() + ")");
        }
        return new Settings(ingest, dedup, tag, stories, daily, new Output(compression),
                root.withOnlyPath("storyline").root().render(ConfigRenderOptions.concise()));
    }

    private static Stories stories(Config st) {
        double edge = unit("stories.edge-threshold", st.getDouble("edge-threshold"));
        double join = unit("stories.join-threshold", st.getDouble("join-threshold"));
        if (join < edge) {
            throw new SettingsException("storyline.stories.join-threshold must be at least edge-threshold (" + edge + "), not " + join);
        }
        int window = (int) positive("stories.window-days", st.getInt("window-days"));
        int reach = st.getInt("reach-days");
        if (reach < window) {
            throw new SettingsException("stories.reach-days must be at least stories.window-days (" + window + "), got " + reach);
        }
        return new Stories(window, unit("stories.time-decay", st.getDouble("time-decay")), reach,
                unit("stories.reach-threshold", st.getDouble("reach-threshold")),
                unit("stories.term-weight", st.getDouble("term-weight")),
                edge, join, unit("stories.merge-threshold", st.getDouble("merge-threshold")),
                unit("stories.merge-cohesion", st.getDouble("merge-cohesion")),
                (int) positive("stories.blocking-features", st.getInt("blocking-features")),
                (int) atLeast("stories.block-size", st.getInt("block-size"), 2),
                (int) positive("stories.vector-size", st.getInt("vector-size")),
                (int) atLeast("stories.max-component", st.getInt("max-component"), 2),
                unit("stories.split-cohesion", st.getDouble("split-cohesion")),
                encoder(st.getConfig("encoder")));
    }

    private static Encoder encoder(Config en) {
        // Any number of languages, none included, but each one a document can have: a mistyped code would
        // silently embed nothing in that language.
        List<String> unknown = LanguageIdentifier.unsupportedCodes(en.getStringList("languages"));
        if (!unknown.isEmpty()) {
            throw new SettingsException("storyline.stories.encoder.languages: unknown or unsupported language code(s) "
                    + unknown + ": expected ISO 639-1 codes that Lingua 1.2.2 supports, as documents' lang has them");
        }
        return new Encoder(en.getString("model"), (int) positive("stories.encoder.threads", en.getInt("threads")),
                (int) positive("stories.encoder.lead-chars", en.getInt("lead-chars")),
                unit("stories.encoder.weight", en.getDouble("weight")), unit("stories.encoder.floor", en.getDouble("floor")),
                en.getStringList("languages").stream().map(code -> code.trim().toLowerCase(Locale.ROOT)).toList());
    }

    private static ComponentsMethod componentsMethod(String spelling) {
        Set<String> spellings = new TreeSet<>();
        for (ComponentsMethod method : ComponentsMethod.values()) {
            if (method.spelling.equals(spelling)) {
                return method;
            }
            spellings.add(method.spelling);
        }
        throw new SettingsException("storyline.dedup.components must be one of " + spellings + ", not '" + spelling + "'");
    }

    private static List<String> languages(Config in) {
        List<String> languages = in.getStringList("languages");
        try {
            LanguageIdentifier.checkCodes(languages);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("storyline.ingest.languages: " + e.getMessage());
        }
        return List.copyOf(languages);
    }

    private static long positive(String key, long value) {
        return atLeast(key, value, 1);
    }

    private static long atLeast(String key, long value, long min) {
        if (value < min) {
            throw new SettingsException("storyline." + key + " must be at least " + min + ", not " + value);
        }
        return value;
    }

    private static double unit(String key, double value) {
        if (value < 0 || value > 1) {
            throw new SettingsException("storyline." + key + " must be between 0 and 1, not " + value);
        }
        return value;
    }
}
