package io.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import io.storyline.config.UsageException;
import io.storyline.text.LanguageIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Language identification against the real news in {@code ../shared/data}, whose language is known: the
 * stories-dev sets (en, de, es, tr, pl, ar, fr) and entities-dev (bg, cs, pl, sl, ru, uk). Names from other
 * languages are what pulls a text towards undecided, so two harder views are scored beside the plain one:
 * each language's quarter of texts with the most names (capitalised words inside sentences), and every text
 * with its names swapped for foreign ones ({@link #withForeignNames}).
 */
public final class LanguageEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A text of known language; {@code key} decides its dev or held-out part. */
    public record Sample(String key, String lang, String text) {}

    /** Counts of one group of samples. */
    public record Counts(int total, int right, int undetermined) {
        public int wrong() {
            return total - right - undetermined;
        }

        public double accuracy() {
            return total == 0 ? 0 : (double) right / total;
        }

        Counts plus(boolean isRight, boolean isUndetermined) {
            return new Counts(total + 1, right + (isRight ? 1 : 0), undetermined + (isUndetermined ? 1 : 0));
        }
    }

    /** Per language: all its samples and its name-dense quarter; and the same over all languages. */
    public record Figures(Map<String, Counts> all, Map<String, Counts> nameDense, Map<String, Counts> foreignNames,
                          Counts total, Counts totalNameDense, Counts totalForeignNames,
                          Map<String, Map<String, Integer>> confusions, double millisPerText) {}

    private LanguageEvaluation() {}

    /** Every labelled text under {@code data} (the shared data folder), in a fixed order. */
    public static List<Sample> samples(Path data) {
        List<Sample> out = new ArrayList<>();
        for (String set : List.of("news-clusters", "semeval-train")) {
            for (JsonNode a : jsonLines(data.resolve("stories-dev").resolve(set).resolve("articles.jsonl"))) {
                String title = a.path("title").asText("");
                String text = a.path("text").asText("");
                out.add(new Sample(set + "/" + a.path("id").asText(), a.path("lang").asText(),
                        title.isBlank() ? text : title + "\n\n" + text));
            }
        }
        Path raw = data.resolve("entities-dev").resolve("raw");
        if (!Files.isDirectory(raw)) {
            throw new UsageException("no " + raw + " (is --data the shared data folder?)");
        }
        try (Stream<Path> files = Files.walk(raw)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Sample(raw.relativize(file).toString(), file.getParent().getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Identifies every sample of {@code part} (null: all) and counts right, undetermined and wrong answers;
     * {@code names} is the pool {@link #withForeignNames} draws from.
     */
    public static Figures run(List<Sample> samples, List<String> names, StorySets.Part part,
                              LanguageIdentifier identifier) {
        List<Sample> chosen = samples.stream()
                .filter(s -> part == null || StorySets.partOf(s.key()) == part)
                .filter(s -> identifier.languages().contains(s.lang()))
                .toList();
        Map<String, List<Sample>> byLanguage = new TreeMap<>();
        chosen.forEach(s -> byLanguage.computeIfAbsent(s.lang(), k -> new ArrayList<>()).add(s));
        Map<String, Counts> all = new TreeMap<>();
        Map<String, Counts> dense = new TreeMap<>();
        Map<String, Counts> swapped = new TreeMap<>();
        Map<String, Map<String, Integer>> confusions = new TreeMap<>();
        Counts total = new Counts(0, 0, 0);
        Counts totalDense = new Counts(0, 0, 0);
        Counts totalSwapped = new Counts(0, 0, 0);
        long nanos = 0;
        for (Map.Entry<String, List<Sample>> e : byLanguage.entrySet()) {
            String lang = e.getKey();
            List<Sample> texts = e.getValue();
            List<Sample> byNames = texts.stream()
                    .sorted(Comparator.comparingDouble((Sample s) -> -nameShare(s.text())).thenComparing(Sample::key))
                    .toList();
            int denseCount = (texts.size() + 3) / 4;
            for (int i = 0; i < byNames.size(); i++) {
                Sample sample = byNames.get(i);
                long start = System.nanoTime();
                LanguageIdentifier.Identification id = identifier.identify(sample.text());
                nanos += System.nanoTime() - start;
                boolean right = id.lang().equals(lang);
                boolean und = !id.isDetermined();
                all.merge(lang, new Counts(1, right ? 1 : 0, und ? 1 : 0), LanguageEvaluation::sum);
                total = total.plus(right, und);
                if (i < denseCount) {
                    dense.merge(lang, new Counts(1, right ? 1 : 0, und ? 1 : 0), LanguageEvaluation::sum);
                    totalDense = totalDense.plus(right, und);
                }
                if (!right) {
                    confusions.computeIfAbsent(lang, k -> new TreeMap<>()).merge(id.lang(), 1, Integer::sum);
                }
                LanguageIdentifier.Identification foreign = identifier.identify(withForeignNames(sample, names));
                boolean foreignRight = foreign.lang().equals(lang);
                boolean foreignUnd = !foreign.isDetermined();
                swapped.merge(lang, new Counts(1, foreignRight ? 1 : 0, foreignUnd ? 1 : 0), LanguageEvaluation::sum);
                totalSwapped = totalSwapped.plus(foreignRight, foreignUnd);
            }
        }
        double millis = nanos / 1e6 / Math.max(1, chosen.size());
        return new Figures(all, dense, swapped, total, totalDense, totalSwapped, confusions, millis);
    }

    /**
     * The share of words that are names as the identifier sees them ({@link LanguageIdentifier#withoutNames}):
     * capitalised, not opening a sentence or a line (in German, nouns too, which is why the name-dense quarter
     * is taken per language).
     */
    static double nameShare(String text) {
        int words = tokens(text);
        return words == 0 ? 0 : (double) (words - tokens(LanguageIdentifier.withoutNames(text))) / words;
    }

    private static int tokens(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /**
     * The gold names of entities-dev (persons, places, organisations; bg/cs/pl/ru/sl/uk base forms), in Latin
     * letters as an English, German or French paper prints them: the foreign names of the stress view.
     */
    public static List<String> foreignNamePool(Path data) {
        Path ner = data.resolve("entities-dev").resolve("ner");
        Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.walk(ner)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length >= 5 && List.of("PER", "LOC", "ORG").contains(f[4]) && f[3].length() >= 3) {
                        names.add(latin.transliterate(f[3]).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    /**
     * The text with every capitalised word inside a sentence (its names; in German its nouns as well) swapped
     * for a name from the pool, chosen by a hash of the sample's key and the word's place: the same text
     * every run.
     */
    static String withForeignNames(Sample sample, List<String> names) {
        if (names.isEmpty()) {
            return sample.text();
        }
        StringBuilder out = new StringBuilder(sample.text().length() + 64);
        boolean sentenceStart = true;
        int index = 0;
        for (String token : sample.text().split("(?<=\\s)|(?=\\s)")) {
            boolean space = token.isBlank();
            int letters = token.length();
            while (letters > 0 && !Character.isLetter(token.charAt(letters - 1))) {
                letters--;
            }
            if (!space && Character.isUpperCase(token.codePointAt(0)) && !sentenceStart
                    && token.substring(0, letters).codePoints().allMatch(Character::isLetter)) {
                int pick = Math.floorMod((sample.key() + "#" + index).hashCode(), names.size());
                out.append(names.get(pick)).append(token, letters, token.length());
            } else {
                out.append(token);
            }
            if (!space) {
                char last = token.charAt(token.length() - 1);
                sentenceStart = last == '.' || last == '!' || last == '?' || last == ':';
                index++;
            }
        }
        return out.toString();
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.total() + b.total(), a.right() + b.right(), a.undetermined() + b.undetermined());
    }

    private static List<JsonNode> jsonLines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no " + file + " (is --data the shared data folder?)");
        }
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
