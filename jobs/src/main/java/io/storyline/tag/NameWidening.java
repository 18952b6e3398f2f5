package io.storyline.tag;

import static io.storyline.tag.WordShapes.isParticle;
import static io.storyline.tag.WordShapes.sameSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names that take in a neighbour that their capitalised run left out: an English medium its "The", a French street
 * its lower-case noun, a Slavic institution the place after it in the genitive.
 */
final class NameWidening {
    private NameWidening() {}

    /**
     * An English medium's name written with a capitalised "The" takes it in ("The Anchorage Daily News
     * reported", "said The Post"): the title is the paper's, as the gazetteer's media are listed ("The
     * Guardian"). Only a medium by its noun (the type MISC that a last word such as "News" or "Times"
     * gave), and not "the" in lower case, which is the sentence's.
     */
    static void englishMediaTakeTheirArticle(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        if (!"en".equals(lang)) {
            return;
        }
        for (Span s : List.copyOf(spans.values())) {
            int before = s.from() - 1;
            if (s.name() == null && "MISC".equals(s.type()) && before >= 0 && tokens.get(before).text().equals("The")
                    && sameSentence(tokens, before, s.from()) && "MISC".equals(Cues.nameNounType(tokens.get(s.to()).text(), lang))
                    && !Span.covered(spans, before)) {
                spans.remove(s.from());
                spans.put(before, new Span(before, s.to(), s.type(), null, s.basis()));
            }
        }
    }

    /**
     * French streets and squares begin with a lower-case noun: "rue des Rameurs", "place de la Bastille".
     * Not the nouns that news uses figuratively before "de" ("au cours de", "feuille de route de",
     * "l'impasse du Brexit", "chemin de").
     */
    private static final Set<String> FRENCH_STREET_NOUNS = Set.of("rue", "avenue", "boulevard", "place", "quai", "chaussée", "allée", "square");

    /** "à la place de Macron" (instead of), "la mise en place du Brexit", "sur place": no square. */
    private static boolean placeIdiom(List<Token> tokens, int k) {
        String before = k > 0 ? tokens.get(k - 1).text() : "";
        return tokens.get(k).text().equals("place") && (before.equals("en") || before.equals("sur")
                || before.equals("la") && k > 1 && tokens.get(k - 2).text().equalsIgnoreCase("à"));
    }

    /** A French name after a street noun and its particles is the street's: the span takes them in, as a place. */
    static void streets(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        if (!"fr".equals(lang)) {
            return;
        }
        for (Span s : List.copyOf(spans.values())) {
            int k = s.from() - 1;
            int particles = 0;
            while (k >= 0 && particles < 2 && isParticle(tokens.get(k).text())) {
                k--;
                particles++;
            }
            if (k >= 0 && FRENCH_STREET_NOUNS.contains(tokens.get(k).text()) && !placeIdiom(tokens, k) && sameSentence(tokens, k, s.from())) {
                spans.remove(s.from());
                Span.add(spans, new Span(k, s.to(), "LOC", null, Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    /**
     * Slavic languages name an institution by the place it belongs to, in the genitive, right after it:
     * "МИД Великобритании", "Верховный суд Пакистана", "Vlada Slovenije". An organisation the gazetteer
     * does not know, followed at once by a declined place, is one organisation with it. A place in the
     * nominative is a name of its own ("ЕС Ирландия"). Chosen per language on entities-dev's brexit and
     * covid-19 topics (docs/tagging.md): Ukrainian's gold keeps the two apart ("МЗС Ірану"), and Czech
     * did not change; Bulgarian mostly says "на" ("Върховният съд на Пакистан") and barely changed.
     */
    static void institutionsOfPlaces(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        if (!INSTITUTION_OF_PLACE.contains(lang)) {
            return;
        }
        for (Span s : List.copyOf(spans.values())) {
            Span place = spans.get(s.to() + 1);
            if ("ORG".equals(s.type()) && s.name() == null && place != null && "LOC".equals(place.type())
                    && sameSentence(tokens, s.from(), place.to()) && declined(tokens, place, lang)) {
                spans.remove(s.from());
                spans.remove(place.from());
                spans.put(s.from(), new Span(s.from(), place.to(), "ORG", null, s.basis()));
            }
        }
    }

    private static final Set<String> INSTITUTION_OF_PLACE = Set.of("ru", "pl", "sl", "bg");

    /** Whether a place's words are not its base form: its gazetteer name, else the ending rules' nominative. */
    private static boolean declined(List<Token> tokens, Span place, String lang) {
        List<String> words = new ArrayList<>();
        for (int k = place.from(); k <= place.to(); k++) {
            words.add(tokens.get(k).text());
        }
        if (place.name() != null) {
            return !String.join(" ", words).equals(place.name().name());
        }
        List<List<String>> candidates = BaseForms.of(words, lang, "LOC", w -> false);
        for (int i = 0; i < words.size(); i++) {
            if (!candidates.get(i).get(0).equals(words.get(i))) {
                return true;
            }
        }
        return false;
    }
}
