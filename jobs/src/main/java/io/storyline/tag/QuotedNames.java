package io.storyline.tag;

import static io.storyline.tag.WordShapes.isCapitalised;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Names in quotation marks: an organisation's, or of the kind the noun before the quote names ("газета «Ведомости»"). */
final class QuotedNames {
    private QuotedNames() {}

    private static final int MAX_QUOTED_WORDS = 6;

    private static final Map<Character, Character> QUOTES = Map.of('«', '»', '„', '“', '“', '”', '"', '"', '‚', '‘');

    /**
     * Adds the capitalised names in quotation marks, of up to six words in one sentence: an organisation, or what the
     * noun before the quote names. It runs after the gazetteer and the demonyms, whose names inside a quote keep their
     * words, and before the capitalised runs, which take none of a quote's.
     */
    static void find(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.length() != 1 || !QUOTES.containsKey(t.charAt(0))) {
                continue;
            }
            char close = QUOTES.get(t.charAt(0));
            for (int j = i + 1; j < tokens.size() && j <= i + MAX_QUOTED_WORDS + 1; j++) {
                String u = tokens.get(j).text();
                if (u.length() == 1 && (u.charAt(0) == close || u.charAt(0) == '"' || u.charAt(0) == '“' || u.charAt(0) == '”')) {
                    // "газета «Ведомости»", "авиакомпания «Аэрофлот»": the noun before the quote gives the type.
                    String before = i > 0 ? quoteNounType(tokens.get(i - 1).text(), lang) : null;
                    if (j > i + 1 && isCapitalised(tokens.get(i + 1).text()) && tokens.get(j).sentence() == tokens.get(i).sentence()
                            && (before != null || !germanCommonWords(tokens, i + 1, j - 1, lang))) {
                        Span.add(spans, new Span(i + 1, j - 1, before != null ? before : "ORG", null, Mention.TypeBasis.EVIDENCE));
                    }
                    i = j;
                    break;
                }
                if (u.equals(".") || u.equals("!") || u.equals("?")) {
                    break;
                }
            }
        }
    }

    /** The type of what a quote names after a noun of its kind: a name's noun, or in German a work's or a venue's ("Film „…“", "Hotel „…“"). */
    private static String quoteNounType(String word, String lang) {
        String type = Cues.nameNounType(word, lang);
        return type == null && "de".equals(lang) ? GERMAN_QUOTE_NOUNS.get(word) : type;
    }

    private static final Map<String, String> GERMAN_QUOTE_NOUNS = new HashMap<>();

    static {
        for (String work : List.of("Film", "Films", "Serie", "Sendung", "Buch", "Buches", "Roman", "Romans", "Lied", "Song", "Album",
                "Stück", "Theaterstück", "Oper", "Musical", "Show", "Krimi", "Reihe", "Ausstellung", "Spiel", "Titel", "Kolumne")) {
            GERMAN_QUOTE_NOUNS.put(work, "MISC");
        }
        for (String venue : List.of("Hotel", "Hotels", "Gasthof", "Gasthofs", "Gasthaus", "Restaurant", "Restaurants", "Café", "Cafés",
                "Kino", "Kinos", "Theater", "Lokal", "Gaststätte", "Kneipe", "Bar", "Club", "Klub", "Hof")) {
            GERMAN_QUOTE_NOUNS.put(venue, "LOC");
        }
    }

    /**
     * Whether every capitalised word of a German quote is one the dictionary lists as a common word: German
     * quotes common nouns and sayings too ("Fachfirma", „Schönheit liegt im Auge des Betrachters“), which
     * only a noun before the quote makes a name ("Gasthof „Zum Hirsch“").
     */
    private static boolean germanCommonWords(List<Token> tokens, int from, int to, String lang) {
        if (!"de".equals(lang)) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            String word = tokens.get(k).text();
            if (isCapitalised(word) && switch (ProperNouns.germanClass(word)) {
                case COMMON, COMPOUND, ADJECTIVE, ADJECTIVE_OR_NOUN -> false;
                default -> true;
            }) {
                return false;
            }
        }
        return true;
    }
}
