package io.storyline.extract;

import java.time.Instant;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Readability4J (a port of Mozilla's Readability.js) behind the same call as {@link HtmlExtractor},
 * so that benchmarks can run both on the same pages. Only title and text come from Readability;
 * it has no publication-time or canonical-URL extraction.
 */
public final class ReadabilityBaseline {
    public ReadabilityBaseline() {}

    public ExtractedPage extract(String html, String url, Instant crawledAt) {
        // Readability4J resolves relative links against the URL and logs an error per page without one.
        String base = url == null || url.isBlank() ? "http://localhost/" : url;
        Article article;
        try {
            article = new Readability4JExtended(base, html == null ? "" : html).parse();
        } catch (RuntimeException e) {
            // Readability4J 1.0.8 throws on some layouts ("topCandidate.parent() must not be null");
            // a benchmark counts that page as an empty extraction rather than aborting the run.
            return new ExtractedPage(null, "", null, null);
        }
        String text = article.getTextContent();
        return new ExtractedPage(article.getTitle(), text == null ? "" : normalise(text), null, null);
    }

    // Readability returns the DOM's raw text: keep its line breaks as block separators, but collapse
    // the indentation and runs of blank lines that the source markup leaves behind.
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\s*\\n\\s*")) {
            String clean = line.replaceAll("[\\s\\u00a0]+", " ").trim();
            if (!clean.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(clean);
            }
        }
        return out.toString();
    }
}
