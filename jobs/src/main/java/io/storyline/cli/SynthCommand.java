package io.storyline.cli;

import io.storyline.config.UsageException;
import io.storyline.synth.SyntheticCrawl;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synth}: a synthetic multilingual crawl with known near-duplicates and stories, for benchmarks. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Writes a synthetic crawl (WARC.gz) with its gold (stories, near-duplicates) beside it.")
final class SynthCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N")
    long docs;

    @Option(names = "--output", required = true, paramLabel = "DIR")
    Path output;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 42): same seed, same bytes.")
    long seed = 42;

    @Option(names = "--docs-per-file", paramLabel = "N", description = "Documents per WARC file (default 5000).")
    Integer docsPerFile;

    @Option(names = "--single-file", description = "Write all documents into one WARC file.")
    boolean singleFile;

    @Option(names = "--days", paramLabel = "D", description = "Days the crawl spans (default 7).")
    Integer days;

    @Override
    public Integer call() {
        if (docs < 1) {
            throw new UsageException("--docs must be at least 1");
        }
        SyntheticCrawl.Options options = SyntheticCrawl.Options.defaults(docs).withSeed(seed);
        if (docsPerFile != null) {
            if (docsPerFile < 1) {
                throw new UsageException("--docs-per-file must be at least 1");
            }
            options = options.withDocsPerFile(docsPerFile);
        }
        if (singleFile) {
            options = options.singleFile();
        }
        if (days != null) {
            if (days < 1) {
                throw new UsageException("--days must be at least 1");
            }
            options = options.withDays(days);
        }
        SyntheticCrawl.Summary s = SyntheticCrawl.write(output, options);
        System.out.printf(Locale.ROOT, "synth: %,d documents in %d files (%.1f MB, %.0f bytes/doc), %,d stories, %,d near-duplicate pairs, %.1f s (%.0f docs/s) -> %s%n",
                s.docs(), s.files(), s.bytes() / 1e6, s.bytesPerDoc(), s.stories(), s.nearDuplicatePairs(), s.seconds(),
                s.docsPerSecond(), output);
        return 0;
    }
}
