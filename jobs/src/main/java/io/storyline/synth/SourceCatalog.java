package io.storyline.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The synthetic news sites of a crawl, spread over the languages in proportion to their weight,
 * at least {@link #MIN_PER_LANGUAGE} per language so a republication can find another site in the
 * same language. Within a language, sites are drawn with a Zipf law: a few big sites publish most.
 */
final class SourceCatalog {
    static final int MIN_PER_LANGUAGE = 3;
    private static final String[] SERVERS = {"nginx", "Apache", "cloudflare", "nginx/1.24.0", "Apache/2.4.57 (Debian)",
        "Microsoft-IIS/10.0", "openresty", "Varnish", "AmazonS3", "LiteSpeed"};
    private static final String[] SEPARATORS = {" | ", " - ", " — ", " :: ", " · ", " – "};

    final List<Source> all = new ArrayList<>();
    final Map<String, List<Source>> byLanguage = new java.util.LinkedHashMap<>();

    SourceCatalog(Map<String, LanguageBank> banks, Map<String, Double> weights, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x50_0C_E5L);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Set<String> domains = new HashSet<>();
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            String lang = entry.getKey();
            int n = Math.max(MIN_PER_LANGUAGE, (int) Math.round(count * entry.getValue() / total));
            LanguageBank bank = banks.get(lang);
            List<String> first = bank.chromeList("site1");
            List<String> second = bank.chromeList("site2");
            List<String> tlds = bank.chromeList("tlds");
            List<Source> sources = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String[] a = first.get(random.nextInt(first.size())).split("\\|");
                String[] b = second.get(random.nextInt(second.size())).split("\\|");
                String tld = tlds.get(random.nextInt(tlds.size()));
                String stem = random.nextInt(4) == 0 ? a[1] + "-" + b[1] : a[1] + b[1];
                String domain = stem + "." + tld;
                for (int suffix = 2; !domains.add(domain); suffix++) {
                    domain = stem + suffix + "." + tld;
                }
                String host = switch (random.nextInt(5)) {
                    case 0 -> domain;
                    case 1 -> "news." + domain;
                    default -> "www." + domain;
                };
                String siteName = a[0] + " " + b[0];
                String prefix = b[1].substring(0, Math.min(3, b[1].length())) + random.nextInt(10);
                Source source = new Source(all.size(), lang, domain, host, siteName, random.nextInt(6), random.nextInt(4),
                    prefix, SEPARATORS[random.nextInt(SEPARATORS.length)], 6 + random.nextInt(9),
                    4 + random.nextInt(9), random.nextInt(3) == 0 ? 0 : 2 + random.nextInt(6),
                    random.nextInt(4) != 0, random.nextBoolean(), 1 + random.nextInt(4),
                    SERVERS[random.nextInt(SERVERS.length)]);
                all.add(source);
                sources.add(source);
            }
            byLanguage.put(lang, List.copyOf(sources));
        }
    }

    /** A source in the language, Zipf-weighted by rank; {@code avoid} is skipped if possible. */
    Source pick(String lang, SplittableRandom random, Source avoid) {
        List<Source> sources = byLanguage.get(lang);
        for (int attempt = 0; attempt < 8; attempt++) {
            Source source = sources.get(Zipf.sample(random, sources.size(), 0.9) - 1);
            if (source != avoid) {
                return source;
            }
        }
        return sources.get(sources.get(0) == avoid ? 1 : 0);
    }
}
