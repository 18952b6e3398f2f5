package io.storyline.cli;

import io.storyline.config.Settings;
import io.storyline.config.UsageException;
import io.storyline.extract.ExtractionRun;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code extract}: main-text extraction of single HTML pages, with no Spark. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the main text of HTML pages (a file or a folder) into JSON Lines, without Spark.")
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "HTML_FILE_OR_DIR")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE.jsonl")
    Path output;

    @Option(names = "--extractor", paramLabel = "NAME",
            description = "storyline (default) or readability (the Readability4J baseline).")
    String extractor = "storyline";

    @Option(names = "--conf", paramLabel = "FILE", description = "A HOCON file overriding conf/storyline.conf (languages).")
    File conf;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(input)) {
            throw new UsageException("input not found: " + input);
        }
        if (!ExtractionRun.EXTRACTORS.contains(extractor)) {
            throw new UsageException("--extractor must be one of " + ExtractionRun.EXTRACTORS + ", not '" + extractor + "'");
        }
        ExtractionRun.Result result = ExtractionRun.run(input, output, extractor,
                Settings.load(conf).ingest().languageIdentifier());
        System.out.printf(Locale.ROOT, "extract: %d pages in %.2f s (%.1f pages/s)%s -> %s%n", result.pages(), result.seconds(),
                result.pagesPerSecond(), result.failed() == 0 ? "" : ", " + result.failed() + " failed (rows with an \"error\")", output);
        return 0;
    }
}
