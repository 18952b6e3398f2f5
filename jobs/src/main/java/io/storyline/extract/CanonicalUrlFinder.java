package io.storyline.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The page's own statement of its URL: rel=canonical, else og:url. Normalisation happens at ingest. */
final class CanonicalUrlFinder {
    // Parsed once (see PublicationTimeFinder).
    private static final Evaluator LINK = QueryParser.parse("link[rel][href]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url][content], meta[name=og:url][content]");

    private CanonicalUrlFinder() {}

    /** The canonical URL resolved against the document's base URL, or null when the page names none. */
    static String find(Document doc) {
        for (Element link : doc.select(LINK)) {
            // rel is a token list: "canonical" may share it with other values.
            for (String rel : link.attr("rel").trim().split("\\s+")) {
                if (rel.equalsIgnoreCase("canonical")) {
                    String url = resolve(link, "href");
                    if (url != null) {
                        return url;
                    }
                }
            }
        }
        for (Element meta : doc.select(OG_URL)) {
            String url = resolve(meta, "content");
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static String resolve(Element element, String attribute) {
        String raw = element.attr(attribute).trim();
        if (raw.isEmpty()) {
            return null;
        }
        // absUrl is empty when a relative value has no base to resolve against: keep what the page says.
        String absolute = element.absUrl(attribute);
        return absolute.isEmpty() ? raw : absolute;
    }
}
