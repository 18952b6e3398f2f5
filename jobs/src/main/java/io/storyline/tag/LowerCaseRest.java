package io.storyline.tag;

import static io.storyline.tag.WordShapes.isLowerWord;
import static io.storyline.tag.WordShapes.sameSentence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a name goes on in lower case after its capitalised words: French adjectives after an organisation's or a
 * place's noun, the Slavic organisation or place noun that a capitalised adjective qualifies, and the lower-case
 * complement of a Bulgarian, Slovene, Czech, Russian or Ukrainian organisation's noun. These languages capitalise a
 * name's first word only.
 */
final class LowerCaseRest {
    private LowerCaseRest() {}

    // French adjectives that follow the noun they qualify ("Cour constitutionnelle", "Commission
    // électorale indépendante").
    private static final Pattern FRENCH_ADJECTIVE = Pattern.compile(
            "(al|ale|ales|aux|el|elle|elles|els|ien|ienne|iennes|iens|ais|aise|aises|ique|iques|aire|aires|if|ive|ives|ifs"
                    + "|ant|ante|antes|ants|ent|ente|entes|ents|ain|aine|aines|ains|in|ine|ines|ins|iste|istes|é|ée|ées|és)$");

    /** The adjectives that name a part of a continent or country after it ("Amérique latine", "Europe centrale"). */
    private static final Set<String> FRENCH_REGION_ADJECTIVES = Set.of("latine", "centrale", "central", "orientale", "oriental",
            "occidentale", "occidental", "australe", "austral", "septentrionale", "septentrional", "méridionale", "méridional");

    private static final Set<String> SLAVIC = Set.of("ru", "uk", "bg", "pl", "cs", "sl");

    // A possessive of a name, or a surname with its ending ("Johnsonova vlada", "Mayová"): the person is the name.
    private static final Pattern POSSESSIVE = Pattern.compile("(ov|ova|ovo|ove|ovi|ová|ovou|ův|ev|eva|evo|ов|ова|ово|ев|ева|ин|ина|ино)$");

    /**
     * Where a name goes on in lower case, the last word of its capitalised run ending at {@code j}: in
     * French, up to three lower-case adjectives after a capitalised organisation or place noun ("Cour
     * constitutionnelle"), or after a run that an organisation noun opens at {@code i} ("Organisation des
     * États américains"), and a region's adjective after any name ("Amérique latine"); in Slavic
     * languages, the lower-case organisation or place noun that a capitalised adjective qualifies, with up to two lower-case adjectives between ("Верховный суд",
     * "Britský parlament", "Пакистанский верховный суд"); not after a sentence's first word, which is
     * capitalised by its place ("Brytyjski rząd ogłosił", "Polska firma"), nor after a name's
     * possessive ("Johnsonova vlada").
     */
    static int end(List<Token> tokens, String lang, int i, int j, boolean opensSentence) {
        if ("fr".equals(lang) && j + 1 < tokens.size() && FRENCH_REGION_ADJECTIVES.contains(tokens.get(j + 1).text()) && sameSentence(tokens, j, j + 1)) {
            return j + 1;
        }
        if ("fr".equals(lang) && (Cues.nameNounType(tokens.get(j).text(), lang) != null || "ORG".equals(Cues.nameNounType(tokens.get(i).text(), lang)))) {
            int k = j;
            while (k + 1 < tokens.size() && k < j + 3 && sameSentence(tokens, j, k + 1) && isLowerWord(tokens.get(k + 1).text())
                    && FRENCH_ADJECTIVE.matcher(tokens.get(k + 1).text()).find()) {
                k++;
            }
            return k;
        }
        String adjective = tokens.get(j).text();
        if (SLAVIC.contains(lang) && !opensSentence && BaseForms.isAdjective(adjective)
                && !POSSESSIVE.matcher(adjective.toLowerCase(Locale.ROOT)).find()) {
            int k = j + 1;
            while (k < tokens.size() && k < j + 3 && sameSentence(tokens, j, k) && isLowerWord(tokens.get(k).text())
                    && BaseForms.isAdjective(tokens.get(k).text())) {
                k++;
            }
            if (k < tokens.size() && sameSentence(tokens, j, k) && isLowerWord(tokens.get(k).text())) {
                String type = Cues.nameNounType(tokens.get(k).text(), lang);
                if ("ORG".equals(type)) {
                    return complementEnd(tokens, lang, k);
                }
                if ("LOC".equals(type)) {
                    return k;
                }
            }
        }
        boolean complemented = COMPLEMENT_PREPOSITIONS.containsKey(lang) || GENITIVE_PLURAL.containsKey(lang);
        return complemented && "ORG".equals(Cues.nameNounType(tokens.get(j).text(), lang)) ? complementEnd(tokens, lang, j) : j;
    }

    /** Bulgarian adjectives' plural, bare or with the article, which {@link BaseForms#isAdjective} does not read ("вътрешните", "извънредни"). */
    private static final Pattern BULGARIAN_PLURAL_ADJECTIVE = Pattern.compile("(ни|ните|ските)$");

    /** Bulgarian adverbs and the adjectives' bare masculine and neuter, which end no noun of a name ("пореден", "възможно"). */
    private static final Pattern BULGARIAN_NOT_NOUN = Pattern.compile("(ен|но|ко|во)$");

    /** Per language, the prepositions that join an organisation's noun to its complement in its name. */
    private static final Map<String, Set<String>> COMPLEMENT_PREPOSITIONS = Map.of("bg", Set.of("на", "за"), "sl", Set.of("za"));

    /** The endings of a genitive plural's adjective and noun. */
    private record GenitivePlural(Pattern adjective, Pattern noun) {
        GenitivePlural(String adjective, String noun) {
            this(Pattern.compile("(" + adjective + ")$"), Pattern.compile("(" + noun + ")$"));
        }
    }

    /**
     * Per language, the genitive plural's endings, which need no preposition ("Sněmovna lordů", "svaz německých pilotů",
     * "кабинет министров"). The adjectives' are also the locative plural's, and -ов, -ev end some nominatives ("остров",
     * "naslov"), but right after an organisation noun a lower-case noun in these cases is its complement. Not Polish,
     * whose groups of people in the genitive are descriptions more often than names ("Grupa polskich ekspertów").
     */
    private static final Map<String, GenitivePlural> GENITIVE_PLURAL = Map.of(
            "cs", new GenitivePlural("ých", "ů"),
            "sl", new GenitivePlural("ih", "ov|ev"),
            "ru", new GenitivePlural("ых|их", "ов|ев"),
            "uk", new GenitivePlural("их|іх", "ів|їв"));

    /**
     * The end of an organisation's name whose noun is token {@code noun}: over a complement in lower case, up to two
     * adjectives and a noun, after a preposition in Bulgarian and Slovene ("Камара на лордовете", "Министерството на
     * здравеопазването", "Nacionalni inštitut za javno zdravje"), or in the genitive plural ("Sněmovna lordů",
     * "кабинет министров"): these languages capitalise a name's first word only.
     */
    private static int complementEnd(List<Token> tokens, String lang, int noun) {
        int end = afterPreposition(tokens, lang, noun);
        return end > noun ? end : inGenitivePlural(tokens, lang, noun);
    }

    /**
     * Up to two adjectives and a noun after the preposition; not a Bulgarian adverb or adjective's bare form, where an
     * adverbial phrase follows the name ("за пореден път", "за възможно").
     */
    private static int afterPreposition(List<Token> tokens, String lang, int noun) {
        Set<String> prepositions = COMPLEMENT_PREPOSITIONS.get(lang);
        int k = noun + 2;
        if (prepositions == null || k >= tokens.size() || !sameSentence(tokens, noun, k) || !prepositions.contains(tokens.get(noun + 1).text())) {
            return noun;
        }
        boolean bulgarian = "bg".equals(lang);
        while (k < noun + 4 && k + 1 < tokens.size() && sameSentence(tokens, k, k + 1) && isLowerWord(tokens.get(k).text())
                && (BaseForms.isAdjective(tokens.get(k).text()) || bulgarian && BULGARIAN_PLURAL_ADJECTIVE.matcher(tokens.get(k).text()).find())
                && isLowerWord(tokens.get(k + 1).text())) {
            k++;
        }
        String last = tokens.get(k).text();
        boolean headed = !bulgarian || !BULGARIAN_NOT_NOUN.matcher(last).find();
        return isLowerWord(last) && !Cues.isStopWord(last, lang) && headed ? k : noun;
    }

    private static int inGenitivePlural(List<Token> tokens, String lang, int noun) {
        GenitivePlural genitive = GENITIVE_PLURAL.get(lang);
        if (genitive == null) {
            return noun;
        }
        int k = noun + 1;
        while (k < noun + 3 && k < tokens.size() && sameSentence(tokens, noun, k) && isLowerWord(tokens.get(k).text())
                && genitive.adjective().matcher(tokens.get(k).text()).find()) {
            k++;
        }
        return k < tokens.size() && sameSentence(tokens, noun, k) && isLowerWord(tokens.get(k).text())
                && genitive.noun().matcher(tokens.get(k).text()).find() ? k : noun;
    }
}
