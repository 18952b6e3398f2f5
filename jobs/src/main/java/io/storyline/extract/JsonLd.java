package io.storyline.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The schema.org objects of a page's JSON-LD blocks, flattened out of arrays and {@code @graph}. */
final class JsonLd {
    // Parsed once (see PublicationTimeFinder).
    private static final Evaluator LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    // Publishers' JSON-LD is hand-written surprisingly often: comments, raw newlines inside strings
    // and trailing commas are all common enough to be worth accepting. Only jackson-core's streaming
    // API is used: it is self-consistent whichever jackson-core version the classpath resolves,
    // whereas databind breaks when Spark's transitive jackson-core and jackson-databind disagree.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /** schema.org types whose datePublished and articleBody describe the page's own article. */
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
            "scholarlyarticle", "techarticle", "report", "review", "posting");

    private final List<Map<String, Object>> objects;

    private JsonLd(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document doc) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Element script : doc.select(LD_JSON)) {
            String json = script.data().trim();
            if (json.isEmpty()) {
                continue;
            }
            try (JsonParser parser = FACTORY.createParser(json)) {
                flatten(read(parser, parser.nextToken(), 0), objects, 0);
            } catch (IOException | RuntimeException e) {
                // A broken block is evidence we cannot use; the page's other sources still count.
            }
        }
        return new JsonLd(objects);
    }

    /** Reads one JSON value into maps, lists and strings; numbers and booleans become strings. */
    private static Object read(JsonParser parser, JsonToken token, int depth) throws IOException {
        if (token == null) {
            return null;
        }
        if (depth > 40) {
            parser.skipChildren();
            return null;
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, read(parser, parser.nextToken(), depth + 1));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                    list.add(read(parser, t, depth + 1));
                }
                return list;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return parser.getText();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Object node, List<Map<String, Object>> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node instanceof List<?> list) {
            list.forEach(child -> flatten(child, out, depth + 1));
        } else if (node instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            out.add(object);
            flatten(object.get("@graph"), out, depth + 1);
            // WebPage.mainEntity holds the article on some CMSs.
            flatten(object.get("mainEntity"), out, depth + 1);
            flatten(object.get("mainEntityOfPage"), out, depth + 1);
        }
    }

    /** The first non-blank value of {@code field}, preferring article-typed objects over any others. */
    String articleField(String field) {
        String fallback = null;
        for (Map<String, Object> object : objects) {
            String value = text(object.get(field));
            if (value == null) {
                continue;
            }
            if (isArticle(object)) {
                return value;
            }
            if (fallback == null) {
                fallback = value;
            }
        }
        return fallback;
    }

    /** All values of {@code field}, article-typed objects first. */
    List<String> articleFieldValues(String field) {
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            String value = text(object.get(field));
            if (value != null) {
                (isArticle(object) ? first : rest).add(value);
            }
        }
        first.addAll(rest);
        return first;
    }

    private static boolean isArticle(Map<String, Object> object) {
        Object type = object.get("@type");
        if (type instanceof List<?> types) {
            for (Object t : types) {
                if (t instanceof String name && ARTICLE_TYPES.contains(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof String name && ARTICLE_TYPES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static String text(Object node) {
        if (node instanceof List<?> list) {
            return list.isEmpty() ? null : text(list.get(0));
        }
        if (node instanceof Map<?, ?> map) {
            return text(map.containsKey("@value") ? map.get("@value") : map.get("name"));
        }
        if (node instanceof String s) {
            String value = s.trim();
            return value.isEmpty() ? null : value;
        }
        return null;
    }
}
