package io.storyline.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures {@link LanguageIdentifier} on ../shared/data/entities-dev (bg, cs, pl, sl, ru, uk news) and the
 * seeds: accuracy per language, confusions, throughput and model heap. Not a test; run by hand:
 *
 * <pre>
 * java -cp jobs/target/classes:jobs/target/test-classes:$(cat cp.txt) io.storyline.text.LanguageIdentifierEvaluation \
 *     ../shared high [en,ru,...]
 * </pre>
 */
public final class LanguageIdentifierEvaluation {

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        boolean low = args.length > 1 && args[1].equals("low");
        List<String> languages = args.length > 2 ? Arrays.asList(args[2].split(",")) : LanguageIdentifier.DEFAULT_LANGUAGES;
        double minConfidence = args.length > 3 ? Double.parseDouble(args[3]) : LanguageIdentifier.DEFAULT_MIN_CONFIDENCE;

        List<Path> files;
        try (Stream<Path> walk = Files.walk(shared.resolve("data/entities-dev/raw"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> gold = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            gold.add(file.getParent().getFileName().toString());
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }

        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        LanguageIdentifier.Settings settings = new LanguageIdentifier.Settings(
                LanguageIdentifier.DEFAULT_MAX_CHARS, LanguageIdentifier.DEFAULT_MIN_LETTERS, minConfidence, low);
        LanguageIdentifier identifier = new LanguageIdentifier(languages, settings);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("mode=%s languages=%s load=%d ms heap~%d MB%n", low ? "low" : "high",
                identifier.languages(), loadMs, (after - before) >> 20);

        // warm-up, then timed pass
        for (int i = 0; i < Math.min(200, texts.size()); i++) {
            identifier.identify(texts.get(i));
        }
        Map<String, int[]> perLang = new TreeMap<>(); // correct, und, total
        Map<String, Map<String, Integer>> confusions = new TreeMap<>();
        List<Double> wrongConf = new ArrayList<>();
        List<Double> rightConf = new ArrayList<>();
        t0 = System.nanoTime();
        long chars = 0;
        for (int i = 0; i < texts.size(); i++) {
            LanguageIdentifier.Identification id = identifier.identify(texts.get(i));
            chars += Math.min(texts.get(i).length(), LanguageIdentifier.DEFAULT_MAX_CHARS);
            int[] c = perLang.computeIfAbsent(gold.get(i), k -> new int[3]);
            c[2]++;
            if (id.lang().equals(gold.get(i))) {
                c[0]++;
                rightConf.add(id.confidence());
            } else {
                if (!id.isDetermined()) {
                    c[1]++;
                } else {
                    wrongConf.add(id.confidence());
                }
                confusions.computeIfAbsent(gold.get(i), k -> new TreeMap<>()).merge(id.lang(), 1, Integer::sum);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("docs=%d in %.2f s: %.0f docs/s, avg %d chars used%n", texts.size(), secs, texts.size() / secs,
                chars / texts.size());
        int correct = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : perLang.entrySet()) {
            int[] c = e.getValue();
            System.out.printf("  %s: %d/%d = %.2f%% (und %d) wrong-as %s%n", e.getKey(), c[0], c[2], 100.0 * c[0] / c[2], c[1],
                    confusions.getOrDefault(e.getKey(), Map.of()));
            if (identifier.languages().contains(e.getKey())) {
                correct += c[0];
                total += c[2];
            }
        }
        System.out.printf("  accuracy over languages in the set: %.2f%% (%d docs)%n", 100.0 * correct / total, total);
        wrongConf.sort(null);
        System.out.println("  confidences of wrong determined answers: " + wrongConf.subList(0, Math.min(40, wrongConf.size())));
        rightConf.sort(null);
        if (!rightConf.isEmpty()) {
            System.out.printf("  confidences of right answers: min %.3f p1 %.3f p5 %.3f median %.3f%n", rightConf.get(0),
                    rightConf.get(rightConf.size() / 100), rightConf.get(rightConf.size() / 20), rightConf.get(rightConf.size() / 2));
        }

        // Titles alone (the first line): short texts, where high accuracy mode differs from low.
        int titleRight = 0;
        int titleUnd = 0;
        int titleTotal = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (!identifier.languages().contains(gold.get(i))) {
                continue;
            }
            String title = texts.get(i).strip().lines().findFirst().orElse("");
            LanguageIdentifier.Identification id = identifier.identify(title);
            titleTotal++;
            if (id.lang().equals(gold.get(i))) {
                titleRight++;
            } else if (!id.isDetermined()) {
                titleUnd++;
            }
        }
        System.out.printf("  titles only: %d/%d = %.2f%% right, %d und%n", titleRight, titleTotal, 100.0 * titleRight / titleTotal, titleUnd);
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                System.out.println("  seed " + seed.getFileName() + " -> " + identifier.identify(Files.readString(seed)));
            }
        }
    }
}
