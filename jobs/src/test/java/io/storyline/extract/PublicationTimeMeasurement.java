package io.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.bench.StorySets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Measures each publication-date source of {@link PublicationTimeFinder} on one part of
 * ../shared/data/dates-dev (the project's split, StorySets.partOf, as in scripts/eval-dates: a page is held out when
 * sha1(file name) % 3 == 0): for every source, on how many pages it had a value, how often that
 * value's day was right, and the same where it was the source used. The "used" shares are the
 * confidences in {@link PublicationTimeFinder}. Not a test; run by hand (docs/inputs.md#publication-dates):
 *
 * <pre>
 * java -cp jobs/target/classes:jobs/target/test-classes:$(cat cp.txt) io.storyline.extract.PublicationTimeMeasurement ../shared dev
 * </pre>
 */
public final class PublicationTimeMeasurement {

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared").resolve("data/dates-dev");
        String part = args.length > 1 ? args[1] : "dev";
        boolean verbose = args.length > 2 && (args[2].equals("-v") || args[2].equals("-a"));
        boolean everyPage = args.length > 2 && args[2].equals("-a");
        JsonNode gold = new ObjectMapper().readTree(data.resolve("gold.json").toFile());
        Map<String, int[]> present = new TreeMap<>();
        Map<String, int[]> used = new TreeMap<>();
        Map<String, int[]> against = new TreeMap<>();
        int pages = 0;
        int right = 0;
        int none = 0;
        try (Stream<Path> files = Files.list(data.resolve("pages"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.gz$", "");
                if (!StorySets.partOf(name).label().equals(part) || !gold.has(name)) {
                    continue;
                }
                pages++;
                String goldDay = gold.get(name).get("date").isNull() ? null : gold.get(name).get("date").asText();
                String html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    html = ExtractionRun.decode(in.readAllBytes());
                }
                Document doc = Jsoup.parse(html, "");
                List<String> urls = Arrays.asList(null, CanonicalUrlFinder.find(doc));
                Instant latest = Instant.now();
                List<PublicationTime> candidates = PublicationTimeFinder.candidates(doc, JsonLd.of(doc), urls, latest);
                for (PublicationTime c : candidates) {
                    count(present, c.source(), c.date().toString().equals(goldDay));
                }
                PublicationTime chosen = PublicationTimeFinder.find(doc, JsonLd.of(doc), urls, null);
                if (chosen == null) {
                    none++;
                    right += goldDay == null ? 1 : 0;
                    if (verbose) {
                        System.out.println("NONE  " + name + " gold " + goldDay);
                    }
                } else {
                    boolean ok = chosen.date().toString().equals(goldDay);
                    for (PublicationTime c : candidates) {
                        if (!c.date().equals(chosen.date())) {
                            int[] a = against.computeIfAbsent(c.source(), k -> new int[3]);
                            a[0]++;
                            a[1] += c.date().toString().equals(goldDay) ? 1 : 0;
                            a[2] += ok ? 1 : 0;
                        }
                    }
                    count(used, chosen.source(), ok);
                    right += ok ? 1 : 0;
                    if (verbose && (!ok || everyPage)) {
                        System.out.println((ok ? "RIGHT " : "WRONG ") + name + " gold " + goldDay + " got " + chosen.date() + " from " + chosen.source());
                        candidates.forEach(c -> System.out.println("      " + c.source() + " " + c.local()));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "dates-dev %s: %d pages, right %.3f, no date %.3f%n", part, pages,
                right / (double) pages, none / (double) pages);
        printAgainst(against);
        System.out.printf(Locale.ROOT, "%-16s %18s %18s%n", "source", "present (right)", "used (right)");
        for (String source : present.keySet()) {
            int[] p = present.get(source);
            int[] u = used.getOrDefault(source, new int[2]);
            System.out.printf(Locale.ROOT, "%-16s %6d (%.3f) %10d (%.3f)%n", source, p[0], p[1] / (double) p[0], u[0],
                    u[0] == 0 ? 0 : u[1] / (double) u[0]);
        }
    }

    private static void printAgainst(Map<String, int[]> against) {
        System.out.printf(Locale.ROOT, "%-16s %10s %14s %14s%n", "disagrees", "pages", "source right", "chosen right");
        against.forEach((source, a) -> System.out.printf(Locale.ROOT, "%-16s %10d %14d %14d%n", source, a[0], a[1], a[2]));
    }

    private static void count(Map<String, int[]> counts, String source, boolean right) {
        int[] c = counts.computeIfAbsent(source, k -> new int[2]);
        c[0]++;
        c[1] += right ? 1 : 0;
    }
}
