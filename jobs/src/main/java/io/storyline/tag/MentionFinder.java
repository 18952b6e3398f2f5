package io.storyline.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the named-entity mentions of one document from its tokens and its gazetteer matches.
 *
 * <p>Evidence, strongest first: gazetteer names (inflected forms meet them through match stems);
 * names in quotation marks (organisations and products); capitalised word sequences, where a
 * sentence's first word counts only if it recurs capitalised inside a sentence or is followed by
 * more capitalised words; context cues (titles before person names) and word shapes (acronyms,
 * Slavic surname endings) for the type. Then base forms, and keys: a person's key is the surname
 * (so "Путин" and "Владимир Путин" meet), a gazetteer name's is its entry.
 */
public final class MentionFinder implements Serializable {
    private static final int MAX_QUOTED_WORDS = 6;
    private static final Map<Character, Character> QUOTES = Map.of('«', '»', '„', '“', '“', '”', '"', '"', '‚', '‘');

    private final GazetteerIndex gazetteer;

    public MentionFinder(GazetteerIndex gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A candidate span over tokens [from, to], with what found it and what its type rests on: evidence
     * (the gazetteer, quotation marks, a title before a longer name, a given name, a name noun or
     * ending), a title alone before a single word, or its shape alone.
     */
    record Span(int from, int to, String type, GazetteerIndex.Name name, Mention.TypeBasis basis) {
        /** Whether more than the span's shape gave its type. */
        boolean cued() {
            return basis != Mention.TypeBasis.SHAPE;
        }

        /** The span with a type that other spans of the document gave its words, on their basis. */
        Span withTypeOf(String newType, Mention.TypeBasis newBasis) {
            return new Span(from, to, newType, name, newBasis);
        }
    }

    /**
     * A document's words by their stems: those written capitalised inside a sentence, those that open a capitalised run
     * there, and those written in lower case.
     */
    private record DocumentWords(Set<String> capitalisedInside, Set<String> nameStarts, Set<String> lowercase) {}

    /** A type guessed for a capitalised span, and what it rests on. */
    private record Guess(String type, Mention.TypeBasis basis) {}

    /** The mentions in a document's tokens (in text order, sentence indices set), gazetteer phrases first. */
    public List<Mention> find(String text, String lang, List<Token> tokens) {
        return tag(text, lang, tokens).mentions();
    }

    /**
     * A document's mentions, and its forms that attest base forms to the other documents of its day
     * ({@code forms}): the words of its names, and the capitalised words that do not open a sentence
     * or stand in a headline, where a capital says nothing of names (Czech "Asi", "probably", opening a
     * sentence, is no evidence that "Asia" declines to "Asi").
     */
    public record Tagged(List<Mention> mentions, Set<String> forms) {}

    /** {@link #find}, with the document's attesting forms. */
    public Tagged tag(String text, String lang, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return new Tagged(List.of(), Set.of());
        }
        tokens = joinedPlacesApart(tokens, lang);
        List<int[]> gazetteerSpans = gazetteer.spans(tokens, lang);
        int[] segment = Headlines.segments(text, tokens);
        boolean[] sentenceStart = Headlines.sentenceStarts(tokens, segment);
        boolean[] headline = Headlines.headlines(tokens, segment, lang);
        // The document's own words compare by their stems without Polish's written-out alternations: with them
        // the verb "radzi" would be the lower-case "Rada", and a sentence's first "Rada" no name.
        DocumentWords words = new DocumentWords(new HashSet<>(), new HashSet<>(), new HashSet<>());
        Set<String> surfaces = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (isCapitalised(t)) {
                if (!sentenceStart[i] && !headline[i]) {
                    surfaces.add(t);
                    String stem = Stems.withoutEnding(t, lang);
                    words.capitalisedInside().add(stem);
                    if (i == 0 || !isCapitalised(tokens.get(i - 1).text()) || !sameSentence(tokens, i - 1, i)) {
                        words.nameStarts().add(stem);
                    }
                }
            } else if (isWord(t)) {
                words.lowercase().add(Stems.withoutEnding(t, lang));
            }
        }
        TreeMap<Integer, Span> spans = new TreeMap<>();
        demonyms(tokens, lang, spans);
        for (int[] g : gazetteerSpans) {
            GazetteerIndex.Name name = gazetteer.byPhrase(phraseKey(tokens, g[0], g[1], lang), tokens.get(g[0]).text());
            if (name != null && !givenNameLikeAPlace(tokens, g, name) && !functionWord(tokens, g, lang)
                    && !(sentenceStart[g[0]] && g[0] == g[1] && placeAdjectiveOpening(tokens, g[0], lang))) {
                int to = "MISC".equals(name.type()) && yearAfter(tokens, g[1]) ? g[1] + 1
                        : "ORG".equals(name.type()) ? withCompanyEnd(tokens, g[0], g[1], lang, headline, gazetteerSpans) : g[1];
                add(spans, new Span(g[0], to, name.type(), name, Mention.TypeBasis.EVIDENCE));
            }
        }
        quoted(tokens, lang, spans);
        capitalised(tokens, lang, sentenceStart, headline, words, ProperNouns.of(tokens, lang), spans);
        streets(tokens, lang, spans);
        if ("de".equals(lang)) {
            GermanNames.apply(tokens, spans);
        }
        institutionsOfPlaces(tokens, lang, spans);
        agreeTypes(tokens, lang, spans);
        dropCommonWords(tokens, lang, spans);
        englishMediaTakeTheirArticle(tokens, lang, spans);
        repeatNames(tokens, lang, spans);
        for (Span s : spans.values()) {
            for (int k = s.from(); k <= s.to(); k++) {
                surfaces.add(tokens.get(k).text());
            }
        }

        List<Mention> mentions = new ArrayList<>();
        for (Span s : spans.values()) {
            mentions.add(mention(text, lang, tokens, s, surfaces));
        }
        return new Tagged(personsBySurname(mentions, lang), surfaces);
    }

    /**
     * The tokens with places that a hyphen or an en dash joins cut apart, each place and each dash a token of its own:
     * a route or a pair ("Ljubljana-Priština-Ljubljana", "USA–Chiny"), where every part is capitalised, the gazetteer
     * knows two of them as places in any case form and none as anything else, and not the whole as one name; and no
     * capitalised word stands beside the token in its sentence ("Forum Gospodarczy Wielka Brytania-Polska"). Joined
     * companies name one thing, a product or a venture ("Pfizer-BioNTech"), and an organisation before a place one
     * branch ("Интерфакс-Украина").
     */
    private List<Token> joinedPlacesApart(List<Token> tokens, String lang) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<Token> parts = placeParts(tokens, i, lang);
            if (parts != null && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (parts != null) {
                out.addAll(parts);
            } else if (out != null) {
                out.add(tokens.get(i));
            }
        }
        return out == null ? tokens : out;
    }

    /** The parts and dashes of token {@code i} when it is places joined by dashes, else null. */
    private List<Token> placeParts(List<Token> tokens, int i, String lang) {
        Token t = tokens.get(i);
        String text = t.text();
        // Cheap tests first: this runs on every token.
        if (text.indexOf('-') < 0 && text.indexOf('–') < 0 || !isCapitalised(text)
                || i > 0 && isCapitalised(tokens.get(i - 1).text()) && sameSentence(tokens, i - 1, i)
                || i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1).text()) && sameSentence(tokens, i, i + 1)) {
            return null;
        }
        List<Token> parts = new ArrayList<>();
        int places = 0;
        int from = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k < text.length() && text.charAt(k) != '-' && text.charAt(k) != '–') {
                continue;
            }
            String part = text.substring(from, k);
            if (letters(part) < 2 || !isCapitalised(part)) {
                return null;
            }
            GazetteerIndex.Name name = gazetteer.byPhrase(GazetteerIndex.token(part, lang), part);
            if (name != null && !"LOC".equals(name.type())) {
                return null;
            }
            places += name != null ? 1 : 0;
            parts.add(new Token(t.begin() + from, t.begin() + k, part, t.sentence()));
            if (k < text.length()) {
                parts.add(new Token(t.begin() + k, t.begin() + k + 1, text.substring(k, k + 1), t.sentence()));
            }
            from = k + 1;
        }
        return places >= 2 && gazetteer.byPhrase(GazetteerIndex.token(text, lang), text) == null ? parts : null;
    }

    /**
     * The last token of a listed organisation's name with the legal form or company words that follow it in
     * its sentence ("Pfizer Inc.", "Vodafone Group Plc", "BMW Group"), or, outside German and headlines, with
     * the capitalised Latin words that go on from a one-word Latin name: a subsidiary or unit ("Lufthansa Cargo",
     * "Siemens Energy"). Not a title, a given name or another listed name after it:
     * news sets an organisation before a person's name ("Евросоюз Дэвид Дэвис", the EU's David Davis).
     */
    private int withCompanyEnd(List<Token> tokens, int from, int to, String lang, boolean[] headline, List<int[]> gazetteerSpans) {
        boolean latin = from == to && !BaseForms.isCyrillic(tokens.get(from).text()) && tokens.get(from).text().length() > 2;
        while (to + 1 < tokens.size() && tokens.get(to + 1).sentence() == tokens.get(to).sentence()) {
            String next = tokens.get(to + 1).text();
            boolean companyWord = Cues.isCompanyEnd(next);
            boolean goesOn = latin && !"de".equals(lang) && !headline[to + 1] && isCapitalised(next) && !BaseForms.isCyrillic(next)
                    && !Cues.isTitle(next, lang) && !startsAGazetteerSpan(gazetteerSpans, to + 1) && !gazetteer.isFirstName(next, lang);
            if (!companyWord && !goesOn) {
                break;
            }
            to++;
        }
        return to;
    }

    private static boolean startsAGazetteerSpan(List<int[]> gazetteerSpans, int k) {
        for (int[] g : gazetteerSpans) {
            if (g[0] == k) {
                return true;
            }
        }
        return false;
    }

    /** Whether a year follows token {@code k} in its sentence: an event's name takes it ("Rosenmontag 2020", "Eurovision 2021"). */
    private static boolean yearAfter(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k + 1).sentence() != tokens.get(k).sentence()) {
            return false;
        }
        String t = tokens.get(k + 1).text();
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && Character.isDigit(t.charAt(2)) && Character.isDigit(t.charAt(3));
    }

    /**
     * A function word is no name, though the gazetteer's folded keys match it: "Über die Änderungen" is not
     * Uber. Acronyms stay ("US", "IT").
     */
    private static boolean functionWord(List<Token> tokens, int[] g, String lang) {
        String word = tokens.get(g[0]).text();
        return g[0] == g[1] && !isAcronym(word) && Cues.isStopWord(word.toLowerCase(Locale.ROOT), lang);
    }

    /**
     * Whether token {@code k}, a sentence's first word in Czech news, is an adjective of a gazetteer place before a
     * lower-case word. Czech writes the adjectives of places in lower case, so only a sentence's capital makes one meet
     * the place's stem ("Irský dopravce", "Česká vláda"); its long-vowel endings tell it from the place's own case forms
     * that share the stem ("Irskem", "Ruskem"). Not in the other Slavic languages: there noun and adjective endings meet
     * (Slovene "Irska", "Irski"; Polish "Polską"), and their adjectives seldom share a place's stem ("Brytyjski").
     */
    private boolean placeAdjectiveOpening(List<Token> tokens, int k, String lang) {
        String word = tokens.get(k).text();
        if (!"cs".equals(lang) || !CZECH_ADJECTIVE.matcher(word).find() || k + 1 >= tokens.size() || !sameSentence(tokens, k, k + 1)
                || !isLowerWord(tokens.get(k + 1).text())) {
            return false;
        }
        GazetteerIndex.Name place = gazetteer.byPhrase(GazetteerIndex.token(word, lang), word);
        return place != null && "LOC".equals(place.type());
    }

    private static final Pattern CZECH_ADJECTIVE = Pattern.compile("(ý|á|é|í|ého|ému|ém|ým|ých|ými)$");

    /**
     * A place matched by its stem from a word shorter than its name, before another capitalised word, is a
     * given name: "Dominic Raab", "Доминик Рааб" and "Кени Джейкъбс" share the stems of Dominica and
     * Kenya, but a declined place is no shorter than its name ("Кении", "Лондона Садик Хан").
     */
    private static boolean givenNameLikeAPlace(List<Token> tokens, int[] g, GazetteerIndex.Name name) {
        int next = g[1] + 1;
        return g[0] == g[1] && "LOC".equals(name.type()) && tokens.get(g[0]).text().length() < name.name().length()
                && next < tokens.size() && tokens.get(next).sentence() == tokens.get(g[0]).sentence()
                && isCapitalised(tokens.get(next).text());
    }

    /**
     * A name of two words or more is the same name wherever the document writes the same words: a headline
     * or a sentence's start, where capitals prove less, gets the span the body found ("Michaela Kaniber
     * erwartet ..." in a headline, "Michaela Kaniber, Bayerns Landwirtschaftsministerin" in the text).
     * So is, in German, one word the dictionary lacks, where the part-of-speech model has least to go on
     * ("Anschober lässt Gesetze prüfen" over "..., so Anschober"). Only where the words hold no span that
     * reaches beyond them.
     */
    private static void repeatNames(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        Map<String, List<Span>> byFirstWord = new HashMap<>();
        for (Span s : spans.values()) {
            if (s.to() > s.from() || "de".equals(lang)
                    && ProperNouns.germanClass(tokens.get(s.from()).text()) == ProperNouns.WordClass.OPEN) {
                byFirstWord.computeIfAbsent(tokens.get(s.from()).text(), w -> new ArrayList<>()).add(s);
            }
        }
        if (byFirstWord.isEmpty()) {
            return;
        }
        // Longest first; spans come in document order, so ties keep the first one.
        byFirstWord.values().forEach(l -> l.sort((x, y) -> (y.to() - y.from()) - (x.to() - x.from())));
        for (int i = 0; i < tokens.size(); i++) {
            List<Span> known = byFirstWord.get(tokens.get(i).text());
            if (known == null) {
                continue;
            }
            for (Span model : known) {
                int length = model.to() - model.from();
                int end = i + length;
                if (model.from() == i || end >= tokens.size() || !sameSentence(tokens, i, end) || !sameWords(tokens, model.from(), i, length)
                        || !within(spans, i, end)) {
                    continue;
                }
                Span here = spans.get(i);
                if (here != null && here.to() == end) {
                    break;
                }
                spans.subMap(i, true, end, true).clear();
                spans.put(i, new Span(i, end, model.type(), model.name(), model.basis()));
                i = end;
                break;
            }
        }
    }

    private static boolean sameWords(List<Token> tokens, int a, int b, int length) {
        for (int k = 0; k <= length; k++) {
            if (!tokens.get(a + k).text().equals(tokens.get(b + k).text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether no span reaches into [from, to] from outside it. */
    private static boolean within(TreeMap<Integer, Span> spans, int from, int to) {
        Map.Entry<Integer, Span> before = spans.lowerEntry(from);
        if (before != null && before.getValue().to() >= from) {
            return false;
        }
        for (Span s : spans.subMap(from, true, to, true).values()) {
            if (s.to() > to) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalised word alone, typed by its shape only, that the dictionary knows only as a common word
     * ("the Constitution", "a Special Judge", "tous les États") is no name (English and French): unless the
     * document writes it inside a longer name ("Blanc" after "Laurent Blanc"), or it is an organisation or
     * place noun ("Parliament", "la Cour"), whose capital makes it one.
     */
    private static void dropCommonWords(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        // German text quotes English words its dictionary lacks ("Travel", "Corporate"): English's dictionary decides them.
        // An adjective alone is no name either ("Kaniber, Bayerischer Landwirtschaftsminister").
        boolean german = "de".equals(lang);
        if (!CommonWords.covers(lang) && !german) {
            return;
        }
        Set<String> inLongerNames = new HashSet<>();
        for (Span s : spans.values()) {
            if (s.to() > s.from()) {
                for (int k = s.from(); k <= s.to(); k++) {
                    inLongerNames.add(tokens.get(k).text());
                }
            }
        }
        // In English (not French, which writes a title inside a name with its capital: "Top Chef"), a run of common
        // words is no name once, or before a person's title, whose part it is ("Principal Private Secretary"); a
        // title made of them recurs ("Regular Economic Report").
        if ("en".equals(lang)) {
            List<Span> runs = new ArrayList<>(0);
            for (Span s : spans.values()) {
                if (s.to() > s.from() && s.basis() == Mention.TypeBasis.SHAPE && s.name() == null && commonWordsOnly(tokens, s, lang)
                        && (s.to() + 1 < tokens.size() && Cues.isTitle(tokens.get(s.to() + 1).text(), lang) || !recurs(tokens, s, spans.values()))) {
                    runs.add(s);
                }
            }
            runs.forEach(s -> spans.remove(s.from()));
        }
        spans.values().removeIf(s -> {
            if (s.from() != s.to() || s.basis() != Mention.TypeBasis.SHAPE || s.name() != null) {
                return false;
            }
            String word = tokens.get(s.from()).text();
            boolean shouted = german && shoutedGermanNoun(word);
            return (shouted || !isAcronym(word)) && !inLongerNames.contains(word) && Cues.nameNounType(word, lang) == null
                    && (shouted || (german ? noGermanName(word) : CommonWords.isCommonOnly(word, lang)));
        });
    }

    /** Whether another span of the document has the same words. */
    private static boolean recurs(List<Token> tokens, Span s, java.util.Collection<Span> all) {
        for (Span other : all) {
            if (other.from() != s.from() && other.to() - other.from() == s.to() - s.from() && sameWords(tokens, s.from(), other.from(), s.to() - s.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word of a longer span is only a common word, and none a noun that makes names ("Principal
     * Private" before a title, "Invalid Email"; not "Security Council").
     */
    private static boolean commonWordsOnly(List<Token> tokens, Span s, String lang) {
        for (int k = s.from(); k <= s.to(); k++) {
            String word = tokens.get(k).text();
            if (isWord(word) && (isAcronym(word) || !CommonWords.isCommonOnly(word, lang) || Cues.nameNounType(word, lang) != null)) {
                return false;
            }
        }
        return true;
    }

    /** A German common noun written in capitals, as headlines and kickers shout them ("AKTIE IM FOKUS"). */
    private static boolean shoutedGermanNoun(String word) {
        if (letters(word) < 4 || !word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String titleCase = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        return ProperNouns.germanClass(titleCase) == ProperNouns.WordClass.COMMON;
    }

    /**
     * A word alone that is no name in German text: an adjective or a noun made of one ("Bayerischer", "Vorsitzenden"),
     * or an English common word the German dictionary lacks.
     */
    private static boolean noGermanName(String word) {
        ProperNouns.WordClass kind = ProperNouns.germanClass(word);
        return kind == ProperNouns.WordClass.ADJECTIVE || kind == ProperNouns.WordClass.ADJECTIVE_OR_NOUN
                || kind == ProperNouns.WordClass.OPEN && CommonWords.isCommonOnly(word, "en");
    }

    /**
     * An English medium's name written with a capitalised "The" takes it in ("The Anchorage Daily News
     * reported", "said The Post"): the title is the paper's, as the gazetteer's media are listed ("The
     * Guardian"). Only a medium by its noun (the type MISC that a last word such as "News" or "Times"
     * gave), and not "the" in lower case, which is the sentence's.
     */
    private static void englishMediaTakeTheirArticle(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        if (!"en".equals(lang)) {
            return;
        }
        for (Span s : List.copyOf(spans.values())) {
            int before = s.from() - 1;
            if (s.name() == null && "MISC".equals(s.type()) && before >= 0 && tokens.get(before).text().equals("The")
                    && sameSentence(tokens, before, s.from()) && "MISC".equals(Cues.nameNounType(tokens.get(s.to()).text(), lang))
                    && !covered(spans, before)) {
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
    private static void streets(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
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
                add(spans, new Span(k, s.to(), "LOC", null, Mention.TypeBasis.EVIDENCE));
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
    private static void institutionsOfPlaces(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
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

    /**
     * German "von" joins a person's names ("Richard von Weizsäcker"), not a place or a road's number to what
     * follows ("Nordrhein-Westfalen von ...", "Tr.2225 von Pollenfeld": from where, not of whom).
     */
    private static boolean placeOrCodeBeforeVon(List<Token> tokens, int j, String lang) {
        String word = tokens.get(j).text();
        return "de".equals(lang) && "von".equals(tokens.get(j + 1).text())
                && (longestNumber(word) > 0 || "LOC".equals(ProperNouns.germanNameType(word)));
    }

    private static final Set<String> FUNCTION_WORD_LISTS = Set.of("en", "de", "fr");

    /**
     * English holidays named by a possessive: "New Year's Day", "St. Patrick's Eve", "Valentine's Day".
     * Whether the tokens after {@code j} are the possessive and "Day" or "Eve", in {@code j}'s sentence.
     */
    private static boolean holidayAfter(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && HOLIDAY_WORDS.contains(tokens.get(j + 2).text()) && sameSentence(tokens, j, j + 2)
                && (tokens.get(j + 1).text().equals("'s") || tokens.get(j + 1).text().equals("’s"));
    }

    private static final Set<String> HOLIDAY_WORDS = Set.of("Day", "Eve");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    /**
     * French writes titles in lower case ("le président Macron", "le chef de l'État"): a capitalised
     * title word after a name's word is a word of that name ("Top Chef"). Not abbreviations ("M.", "Me").
     */
    private static boolean frenchCapitalisedTitle(String word, String lang) {
        return "fr".equals(lang) && isCapitalised(word) && letters(word) >= 3 && !word.endsWith(".") && Cues.isTitle(word, lang);
    }

    /** An acronym whose neighbouring words are not in capitals (in a headline in capitals every word looks like one). */
    private static boolean loneAcronym(List<Token> tokens, int k) {
        return isAcronym(tokens.get(k).text()) && !inCapitals(tokens, k, -1) && !inCapitals(tokens, k, 1);
    }

    /** Whether the nearest word from {@code k} in direction {@code step} (over numbers and punctuation) is in capitals. */
    private static boolean inCapitals(List<Token> tokens, int k, int step) {
        for (int i = k + step; i >= 0 && i < tokens.size(); i += step) {
            String t = tokens.get(i).text();
            if (isWord(t)) {
                return t.equals(t.toUpperCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Nouns for a place's people ("британците", "Европейците", Slovene "Britanci"): persons, linked
     * to the place ({@link Demonyms}), before the gazetteer's places, whose stems they share.
     */
    private void demonyms(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        Map<String, GazetteerIndex.Name> byForm = gazetteer.demonyms(lang);
        if (byForm == null) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            GazetteerIndex.Name demonym = word.length() > Demonyms.MIN_STEM ? byForm.get(word.toLowerCase(Locale.ROOT)) : null;
            // "Йорданка" is also a woman's given name.
            if (demonym != null && !gazetteer.isAnyFirstName(word)) {
                add(spans, new Span(i, i, demonym.type(), demonym, Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    /** Adds a span unless it overlaps one already there (earlier evidence is stronger). */
    private static void add(TreeMap<Integer, Span> spans, Span s) {
        Map.Entry<Integer, Span> before = spans.floorEntry(s.to());
        if (before != null && before.getValue().to() >= s.from()) {
            return;
        }
        spans.put(s.from(), s);
    }

    private static void quoted(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
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
                        removeInside(spans, i + 1, j - 1);
                        add(spans, new Span(i + 1, j - 1, before != null ? before : "ORG", null, Mention.TypeBasis.EVIDENCE));
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

    /** A quoted name replaces the dictionary or capitalised spans inside it ("«Исламское государство»"). */
    private static void removeInside(TreeMap<Integer, Span> spans, int from, int to) {
        spans.subMap(from, true, to, true).entrySet().removeIf(e -> e.getValue().to() <= to && e.getValue().name() == null);
    }

    /**
     * Runs of capitalised words. {@code proper} (null for most languages) marks the part-of-speech
     * model's proper nouns where capitals mark every noun: a run keeps only its words from the first
     * proper noun to the last.
     */
    private void capitalised(List<Token> tokens, String lang, boolean[] sentenceStart, boolean[] headline,
                             DocumentWords words, ProperNouns.Tags proper, TreeMap<Integer, Span> spans) {
        Set<String> capitalisedInside = words.capitalisedInside();
        Set<String> lowercase = words.lowercase();
        // In a headline a capitalised word is a name's only if the document's sentences write it so too,
        // the gazetteer knows it, or it is an acronym among words not in capitals ("... After GOP Sen ...").
        java.util.function.IntPredicate nameAt = k -> isNameToken(tokens.get(k).text(), lang) && (!headline[k]
                || capitalisedInside.contains(Stems.withoutEnding(tokens.get(k).text(), lang)) || covered(spans, k) || loneAcronym(tokens, k));
        int i = 0;
        while (i < tokens.size()) {
            if (!nameAt.test(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                String next = tokens.get(j + 1).text();
                // "Benedykt XVI", "Елизавета II", "Спутник V": a Roman number goes on after a word of a name,
                // in Latin letters whatever the name's script.
                if (isRegnalNumber(next) && !isAcronym(tokens.get(j).text()) && letters(tokens.get(j).text()) >= 2
                        && !(j + 2 < tokens.size() && isCentury(tokens.get(j + 2).text()))) {
                    j++;
                    break;
                }
                if (!sameScript(tokens.get(j).text(), next)) {
                    break;
                }
                if (holidayAfter(tokens, j)) {
                    j += 2;
                    break;
                }
                // "Tokyo 2020 Games", "Pick 4 Midday", "Windows 10 Pro": a number between two words of a name;
                // not a score ("Liverpool 2 Chelsea 1"), a code ("FR 1002 Alicante"), nor before a person ("w Polskim
                // Radiu 24 Paweł Sałek").
                if (NUMBER.matcher(next).matches() && !isAcronym(tokens.get(j).text()) && j + 2 < tokens.size() && sameSentence(tokens, j, j + 2) && nameAt.test(j + 2)
                        && !gazetteer.isFirstName(tokens.get(j + 2).text(), lang)
                        && !(j + 3 < tokens.size() && NUMBER.matcher(tokens.get(j + 3).text()).matches())) {
                    j += 2;
                    continue;
                }
                // "КНСБ Димитър Колев": an acronym is a name of its own; not before the rest of an
                // organisation's name ("NPD Group", "GLG Partners LP").
                boolean sameKind = isAcronym(tokens.get(j).text()) == isAcronym(next) || Cues.isLegalForm(next)
                        || isAcronym(tokens.get(j).text()) && organisationFollows(tokens, j + 1, lang);
                // A middle initial follows a given name, another initial, or a word inside a sentence, and is
                // not a Roman numeral ("Douglas J. Bittinger"; not "Sputnik V.", nor "Politika T. May" in a title).
                boolean initialFits = !NameTokens.isInitial(next) || NameTokens.isInitial(tokens.get(j).text())
                        || gazetteer.isFirstName(tokens.get(j).text(), lang)
                        || !sentenceStart[j] && "IVX".indexOf(next.charAt(0)) < 0;
                // "министърът по Брекзит Дейвид Дейвис": a given name and a surname after one word that is no
                // given name open a person's name of their own; not after a name noun ("Letiště Václava Havla").
                String word = tokens.get(j).text();
                boolean personStarts = j == i && gazetteer.isFirstName(next, lang)
                        && j + 2 < tokens.size() && tokens.get(j + 2).sentence() == tokens.get(i).sentence() && nameAt.test(j + 2)
                        && !gazetteer.isFirstName(word, lang) && !NameTokens.isInitial(word)
                        && !Cues.isTitle(word, lang) && Cues.nameNounType(word, lang) == null;
                if (sameKind && initialFits && !personStarts && (nameAt.test(j + 1) || Cues.isLegalForm(next)
                        || frenchCapitalisedTitle(next, lang) && !headline[j + 1])) {
                    j++;
                    continue;
                }
                // "Bank of England", "Côte d'Ivoire", "Organisation des États", "Sommet de l’ASEAN".
                int particles = 0;
                while (particles < 2 && j + 1 + particles < tokens.size() && isParticle(tokens.get(j + 1 + particles).text())) {
                    particles++;
                }
                int after = j + 1 + particles;
                if (particles > 0 && after < tokens.size() && tokens.get(after).sentence() == tokens.get(i).sentence() && nameAt.test(after)
                        && !placeOrCodeBeforeVon(tokens, j, lang)) {
                    j = after;
                    continue;
                }
                break;
            }
            int capitalisedEnd = j;
            j = lowerCaseRest(tokens, lang, i, j, sentenceStart[j]);
            int from = i;
            // Single letters (list markers, a lone "Н.") are not names on their own; an initial opens one
            // before a word that the document does not also write in lower case.
            while (from <= j && letters(tokens.get(from).text()) < 2 && !(from < j && NameTokens.isInitial(tokens.get(from).text())
                    && !lowercase.contains(Stems.withoutEnding(tokens.get(from + 1).text(), lang)))) {
                from++;
            }
            // Nor does a name end with a function word in a language whose list holds only those ("Ask Him",
            // "Invalid Email We've"; Czech lists "zprávy", and "V" ends "Sputnik V").
            while (j >= from && (noNameEnd(tokens, from, j) || j > from && FUNCTION_WORD_LISTS.contains(lang)
                    && !isAcronym(tokens.get(j).text()) && Cues.isStopWord(tokens.get(j).text().toLowerCase(Locale.ROOT), lang))) {
                j--;
            }
            if (from > j) {
                i = Math.max(i + 1, j + 1);
                continue;
            }
            if (sentenceStart[from]) {
                String first = tokens.get(from).text();
                boolean recurs = capitalisedInside.contains(Stems.withoutEnding(first, lang));
                String lower = first.toLowerCase(Locale.ROOT);
                boolean common = lowercase.contains(Stems.withoutEnding(first, lang));
                // A sentence's first word is a name unless the document also writes it in lower case
                // (or it is a function word or title); a known first name or a capitalised recurrence
                // inside a sentence overrides the lower-case evidence only when it is not a function word.
                boolean function = Cues.NOT_NAMES.contains(lower) || Cues.isTitle(first, lang) || Cues.isStopWord(lower, lang)
                        || Cues.isCalendarWord(lower, lang) || from == j && placeAdjectiveOpening(tokens, from, lang);
                // A German word the dictionary lists only as a name counts as a known first name does ("Kiel - Wie ...").
                boolean knownName = gazetteer.isFirstName(first, lang) || ProperNouns.listedName(first, lang);
                // A run whose next word the gazetteer already took is a single word here.
                // So is one before a particle, unless it is a name noun ("Shares of Volkswagen", "Bank of England").
                // So is one before a word that opens a capitalised run inside a sentence elsewhere in the document
                // ("Aerolinky Ryanair" where "... společnosti Ryanair" is written too; not "Zjednoczeni Demokraci" of
                // "... Zjednoczonych Demokratów"), unless it is a name itself: a gazetteer name, or a given name of
                // another configured language's list ("Amanda Spielmanová" in Czech news, whose list lacks "Amanda").
                // Not in German, which capitalises every noun; its part-of-speech model says where a run begins.
                boolean single = from == j || covered(spans, from + 1)
                        || isParticle(tokens.get(from + 1).text()) && Cues.nameNounType(first, lang) == null
                        || !"de".equals(lang) && words.nameStarts().contains(Stems.withoutEnding(tokens.get(from + 1).text(), lang))
                        && !covered(spans, from) && !gazetteer.isAnyFirstName(first);
                // Or a common noun or verb by the language's dictionary ("Sprawa Asi Bibi", "Mąż Asi Bibi"), not
                // a noun that heads names ("Partia Pracy"), and not a word it lists only as a name ("Polacy"):
                // the dictionary is asked last.
                if (!isAcronym(first) && (function || !recurs && !knownName && (common || single
                        || (NounLemmas.isCapitalisedCommonWord(first, lang) || CommonWords.isCommonOnly(first, lang))
                                && Cues.nameNounType(first, lang) == null)
                        && !NounLemmas.isListedName(first, lang))) {
                    from++;
                    while (from <= j && isParticle(tokens.get(from).text())) {
                        from++;
                    }
                }
            }
            // A name's lower-case rest is no name without its capitalised start.
            if (from <= j && from <= capitalisedEnd) {
                extendGazetteerPerson(tokens, lang, proper, spans, from, j);
                absorbPlaceWord(tokens, lang, spans, from, j);
                int k = from;
                while (k <= j) {
                    if (covered(spans, k)) {
                        k++;
                        continue;
                    }
                    int end = k;
                    while (end + 1 <= j && !covered(spans, end + 1)) {
                        end++;
                    }
                    int first = k;
                    int last = end;
                    // An initial beside a gazetteer name was taken into it; one left alone is no name. Nor do the particles
                    // before a gazetteer name end the words before it ("Juegos Olímpicos de" of "... de Pekín").
                    while (last >= first && (noNameEnd(tokens, first, last) || last > first && isParticle(tokens.get(last).text()))) {
                        last--;
                    }
                    if (proper != null) {
                        while (first <= last && !nameWord(tokens, proper, first, lang)) {
                            first++;
                        }
                        while (last >= first && !nameWord(tokens, proper, last, lang) && !companyEnd(tokens, proper, first, last, lang)) {
                            last--;
                        }
                    }
                    // A function word alone is no name, in capitals either ("Ne", "DE", "ALORS"); nor, in English, a
                    // demonym alone ("Americans", "Turkish"), an adjective or a people, not the place's name; nor a
                    // Roman number without the name it counts (a file number's "417 VI 1875/18", "Episode VIII").
                    // Nor the lower-case rest of a run alone, beside a gazetteer name ("… парламент за защитата").
                    boolean noName = first > capitalisedEnd || first == last && (Cues.isStopWord(tokens.get(first).text().toLowerCase(Locale.ROOT), lang)
                            || "en".equals(lang) && gazetteer.isEnglishDemonym(tokens.get(first).text())
                            || isRegnalNumber(tokens.get(first).text()));
                    if (first <= last && !noName) {
                        Guess guess = guessType(tokens, first, last, lang);
                        add(spans, new Span(first, last, guess.type(), null, guess.basis()));
                    }
                    k = end + 1;
                }
            }
            i = j + 1;
        }
    }

    // French adjectives that follow the noun they qualify ("Cour constitutionnelle", "Commission
    // électorale indépendante").
    private static final Pattern FRENCH_ADJECTIVE = Pattern.compile(
            "(al|ale|ales|aux|el|elle|elles|els|ien|ienne|iennes|iens|ais|aise|aises|ique|iques|aire|aires|if|ive|ives|ifs"
                    + "|ant|ante|antes|ants|ent|ente|entes|ents|ain|aine|aines|ains|in|ine|ines|ins|iste|istes|é|ée|ées|és)$");

    /** The adjectives that name a part of a continent or country after it ("Amérique latine", "Europe centrale"). */
    private static final Set<String> FRENCH_REGION_ADJECTIVES = Set.of("latine", "centrale", "central", "orientale", "oriental",
            "occidentale", "occidental", "australe", "austral", "septentrionale", "septentrional", "méridionale", "méridional");

    private static final Set<String> SLAVIC = Set.of("ru", "uk", "bg", "pl", "cs", "sl");
    private static final Pattern FEMININE_SURNAME = Pattern.compile("\\p{L}{2}ov(á|é|ou)$");
    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "bg", "be", "sr", "mk", "kk");
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
    private static int lowerCaseRest(List<Token> tokens, String lang, int i, int j, boolean opensSentence) {
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

    static boolean sameSentence(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    private static boolean isLowerWord(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && isWord(t);
    }

    /**
     * A one-word place of the gazetteer inside a longer capitalised name is a word of that name, not
     * the place: when it is written as one of the gazetteer's names ("Азия Биби", "Техрик-э-Лабаик
     * Пакистан"), or, in any case form, when its neighbour is an organisation or place noun ("Bank
     * Anglii", "Republika Irlandii") or an adjective that is not a surname ("Irlandii Północnej", "Irlandią Płn.").
     */
    private void absorbPlaceWord(List<Token> tokens, String lang, TreeMap<Integer, Span> spans, int from, int to) {
        for (Span g : new ArrayList<>(spans.subMap(from, true, to, true).values())) {
            if (g.name() == null || g.from() != g.to() || !"LOC".equals(g.type())) {
                continue;
            }
            // Written as some language's gazetteer name writes it ("Asia" in a Czech text, whose name is "Asie").
            boolean asWritten = gazetteer.isNameWord(tokens.get(g.from()).text());
            // Over particles, only a name noun takes the place in ("Bank of England"; "Sars-CoV-2 von China" are two).
            int b = g.from() - 1;
            while (b > from && isParticle(tokens.get(b).text())) {
                b--;
            }
            int a = g.to() + 1;
            while (a < to && isParticle(tokens.get(a).text())) {
                a++;
            }
            boolean before = g.from() > from && partOfName(tokens, lang, spans, b, asWritten && b == g.from() - 1);
            boolean after = g.to() < to && partOfName(tokens, lang, spans, a, asWritten && a == g.to() + 1)
                    && !(g.from() == from && isFullPersonName(tokens, lang, g.to() + 1, to));
            if (before || after) {
                spans.remove(g.from());
            }
        }
    }

    /**
     * Whether tokens [from, to] are a person's full name of their own, two or three words none of which heads or
     * qualifies a name: news set a place before the name of someone there ("посланик в Париж Питър Рикетс",
     * "Ирландия Лео Варадкар"), while a place that opens a person's name has one word after it ("Азия Биби").
     */
    private static boolean isFullPersonName(List<Token> tokens, String lang, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            String word = tokens.get(k).text();
            if (!isCapitalised(word) || isAcronym(word) || Cues.nameNounType(word, lang) != null || Cues.isLegalForm(word)
                    || adjectiveNotSurname(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean partOfName(List<Token> tokens, String lang, TreeMap<Integer, Span> spans, int neighbour, boolean asWritten) {
        String word = tokens.get(neighbour).text();
        if (covered(spans, neighbour) || gazetteer.isFirstName(word, lang)) {
            return false;
        }
        return asWritten || Cues.nameNounType(word, lang) != null || adjectiveNotSurname(word) || Cues.isCompassAdjective(word, lang);
    }

    /** An adjective by its ending that no surname's ending explains ("Północnej"; not "Kowalski", "Жириновский"). */
    private static boolean adjectiveNotSurname(String word) {
        return BaseForms.isAdjective(word) && !Cues.hasLatinSurnameEnding(word)
                && !(BaseForms.isCyrillic(word) && SURNAME.matcher(word.toLowerCase(Locale.ROOT)).find());
    }

    private static boolean covered(TreeMap<Integer, Span> spans, int token) {
        Map.Entry<Integer, Span> e = spans.floorEntry(token);
        return e != null && e.getValue().to() >= token;
    }

    /**
     * "Франсуа Олландом": a person found in the gazetteer by surname widens over the known first
     * names right before it (not over any capitalised word: "в Египте Путин" are two entities); any
     * gazetteer name widens over an initial right before it ("W. Brytanii", "В. Путин"). In German, where the
     * dictionary tells names from nouns, it also widens over a given name or a word unknown to it ("Rian Johnson").
     */
    private void extendGazetteerPerson(List<Token> tokens, String lang, ProperNouns.Tags proper, TreeMap<Integer, Span> spans, int from, int to) {
        for (Span g : new ArrayList<>(spans.subMap(from, true, to, true).values())) {
            if (g.name() == null || g.to() > to) {
                continue;
            }
            int start = g.from();
            while (start - 1 >= from && (NameTokens.isInitial(tokens.get(start - 1).text())
                    || "PER".equals(g.type()) && (gazetteer.isFirstName(tokens.get(start - 1).text(), lang)
                            || proper != null && proper.personNameAt(start - 1)))) {
                start--;
            }
            if (start < g.from()) {
                spans.remove(g.from());
                spans.put(start, new Span(start, g.to(), g.type(), g.name(), Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    // Endings of Slavic surnames in any case, and of a surname alone (base or oblique form).
    private static final Pattern SURNAME_FORM = Pattern.compile("(ов|ев|ин|ова|ева|ина|ский|ская|ски|ска|енко|чук|ук|юк|ич|ович|евич|ого|ому|ым|ой|у|а)$");
    private static final Pattern SURNAME = Pattern.compile("(ов|ев|ин|ский|ски|енко|чук|юк|ович|евич)(а|у|ым|ом|е|ой|ого|ому|им)?$");

    /**
     * The type of a capitalised span the gazetteer does not know. Evidence first: a title before it, an
     * organisation or place noun before or inside it, a legal form, a given name first, a surname's
     * ending, and for a longer name no given name opens, its head noun, a word that opens names of a kind
     * or a number. Then shape alone: an acronym is an organisation, a name with an adjective in it (in
     * Slavic news) is an organisation ("Rada Europejska") unless a known place is in it ("Северная Сирия"),
     * other multi-word names are persons, and a single word is a place.
     */
    private Guess guessType(List<Token> tokens, int from, int to, String lang) {
        String first = tokens.get(from).text();
        // "rzecznik MSZ", "говорител на МВнР": an acronym after a title is the title holder's organisation.
        if (!titled(tokens, from, lang) || from == to && isAcronym(first)) {
            return guessUntitled(tokens, from, to, lang);
        }
        if (from < to) {
            return new Guess("PER", Mention.TypeBasis.EVIDENCE);
        }
        // A word alone after a title may be the title holder's office ("šéf Ryanairu", "mluvčí Ryanair"). Where "of"
        // is said by the genitive, the word's own evidence of any type decides ("minister Kowalski", "министр Лавров",
        // "prezes PiS"), and without it the title does; elsewhere only a person's evidence counts, and the word is a
        // person ("President Macron"). Either on a weaker basis, which the day's other evidence outvotes.
        boolean genitive = GENITIVE_AFTER_TITLE.contains(lang);
        Guess own = guessUntitled(tokens, from, to, lang);
        if (own.basis() == Mention.TypeBasis.EVIDENCE && (genitive || "PER".equals(own.type()))) {
            return own;
        }
        return new Guess(genitive ? Cues.afterTitleType(wordBefore(tokens, from)) : "PER", Mention.TypeBasis.TITLE);
    }

    private static final Set<String> GENITIVE_AFTER_TITLE = Set.of("ru", "uk", "pl", "cs", "sl");

    /** {@link #guessType} for a span no title precedes. */
    private Guess guessUntitled(List<Token> tokens, int from, int to, String lang) {
        String first = tokens.get(from).text();
        if (to - from >= 2 && holidayAfter(tokens, to - 2)) {
            return new Guess("MISC", Mention.TypeBasis.EVIDENCE);
        }
        if (from > 0 && !isCapitalised(tokens.get(from - 1).text())) {
            String before = Cues.nameNounType(tokens.get(from - 1).text(), lang);
            if (before != null) {
                return new Guess(before, Mention.TypeBasis.EVIDENCE);
            }
        }
        // An organisation noun or legal form anywhere in the name outranks a place noun ("Bank Anglii"),
        // which outranks a medium's ("Times Square").
        boolean place = false;
        boolean medium = false;
        for (int k = from; k <= to; k++) {
            String word = tokens.get(k).text();
            String noun = Cues.isLegalForm(word) ? "ORG" : Cues.nameNounType(word, lang);
            if ("ORG".equals(noun)) {
                return new Guess("ORG", Mention.TypeBasis.EVIDENCE);
            }
            place |= "LOC".equals(noun);
            medium |= "MISC".equals(noun);
        }
        if (place || medium) {
            return new Guess(place ? "LOC" : "MISC", Mention.TypeBasis.EVIDENCE);
        }
        // A word of letters and a number of three digits or more is a model, a flight or a code: a product or an
        // event ("BNT162b2", "Boeing-737-800", "A320neo", "FR1058"), while groups and companies take one or
        // two ("G20", "EU27", "Jet2", "MI6").
        for (int k = from; k <= to; k++) {
            String word = tokens.get(k).text();
            if (longestNumber(word) >= 3 && letters(word) > 0) {
                return new Guess("MISC", Mention.TypeBasis.EVIDENCE);
            }
        }
        if (to > from && NameTokens.isInitial(first) || gazetteer.isFirstName(first, lang) && (to > from || !isAcronym(first))) {
            return new Guess("PER", Mention.TypeBasis.EVIDENCE);
        }
        // The German dictionary's kind of a name outranks the endings below ("Mönchengladbach" is a city).
        String listed = from == to && "de".equals(lang) ? ProperNouns.germanNameType(first) : null;
        if (listed != null) {
            return new Guess(listed, Mention.TypeBasis.EVIDENCE);
        }
        if (to > from) {
            for (int k = from; k <= to; k++) {
                if (Cues.isCompassAdjective(tokens.get(k).text(), lang)) {
                    // Before the endings below: "Европа" ends like a surname's genitive.
                    return new Guess("LOC", Mention.TypeBasis.EVIDENCE);
                }
            }
        }
        String last = tokens.get(to).text().toLowerCase(Locale.ROOT);
        // In Latin script, -ska and -ski also end the adjectives of longer names ("Unia Europejska"):
        // only a word alone is taken for a surname by its ending, or a longer name's last word by the
        // Czech feminine surname's -ová, which names put no adjective after ("Asia Bibiová").
        if (BaseForms.isCyrillic(last) ? SURNAME_FORM.matcher(last).find() && (to > from || SURNAME.matcher(last).find())
                : from == to ? Cues.isSurnameByEnding(last, lang) : FEMININE_SURNAME.matcher(last).find()) {
            return new Guess("PER", Mention.TypeBasis.EVIDENCE);
        }
        // A name no given name opens: its head noun ("Spring Hollow Lodge", "Gare du Nord"), a word that opens
        // names of a kind ("Central Ohio", "Mount Kenya", "San Francisco", "Hurricane Maria") or a number ("Tokyo
        // 2020 Games": an event or a product, never a person).
        if (to > from) {
            String head = Cues.headNounType(first, tokens.get(to).text(), lang);
            if (head != null) {
                return new Guess(head, Mention.TypeBasis.EVIDENCE);
            }
            String opened = Cues.openerType(first, lang);
            if (opened != null) {
                return new Guess(opened, Mention.TypeBasis.EVIDENCE);
            }
            for (int k = from + 1; k <= to; k++) {
                if (tokens.get(k).text().chars().allMatch(Character::isDigit)) {
                    return new Guess("MISC", Mention.TypeBasis.EVIDENCE);
                }
            }
        }
        // A single word after a preposition of time is an event ("след Брекзит", "podczas Euro").
        if (from == to && from > 0 && Cues.isTimePreposition(from > 1 ? tokens.get(from - 2).text() : null,
                tokens.get(from - 1).text(), lang)) {
            return new Guess("MISC", Mention.TypeBasis.EVIDENCE);
        }
        // Cyrillic-script news transliterates places and persons ("Лондон", "Борис Джонсон") and keeps
        // the Latin spelling of brands, companies and media ("Ryanair", "Pfizer", "Deutsche Welle").
        if (CYRILLIC_LANGUAGES.contains(lang) && Character.UnicodeScript.of(first.codePointAt(0)) == Character.UnicodeScript.LATIN) {
            return new Guess("ORG", Mention.TypeBasis.SHAPE);
        }
        if (from == to && NounLemmas.isPersonNoun(first, lang)) {
            return new Guess("PER", Mention.TypeBasis.EVIDENCE);
        }
        if (from == to) {
            return new Guess(isAcronym(first) ? "ORG" : "LOC", Mention.TypeBasis.SHAPE);
        }
        boolean adjective = false;
        boolean knownPlace = false;
        for (int k = from; k <= to; k++) {
            String word = tokens.get(k).text();
            // Slavic adjective endings, read only in the news of languages that decline: elsewhere they end given
            // names and words of every kind ("Karoline", "Bunny", "Verona").
            adjective |= Cues.declinesNames(lang) && BaseForms.isAdjective(word);
            knownPlace |= gazetteer.isPlaceWord(Stems.of(word, lang));
        }
        // "Азия Биби" has a place's word in it and is a person: only an adjective makes it a place.
        return new Guess(adjective ? knownPlace ? "LOC" : "ORG" : "PER", Mention.TypeBasis.SHAPE);
    }

    /**
     * One name, one type in a document: spans with the same words (by match stem) whose types were
     * guessed from shape alone, or from a title alone, take the type that evidence gave the others; where
     * only titles gave one, shape-typed spans take it on the titles' weaker basis. A single word that
     * opens a known organisation's name in the document ("Unia" after "Unia Europejska") is that
     * organisation.
     */
    private static void agreeTypes(List<Token> tokens, String lang, TreeMap<Integer, Span> spans) {
        // Per phrase, the types the document's evidence gave it, and those only titles gave it.
        Map<String, Map<String, Integer>> evidenced = new HashMap<>();
        Map<String, Map<String, Integer>> titled = new HashMap<>();
        Set<String> organisationHeads = new HashSet<>();
        for (Span s : spans.values()) {
            if (!s.cued()) {
                continue;
            }
            (s.basis() == Mention.TypeBasis.TITLE ? titled : evidenced)
                    .computeIfAbsent(phraseKey(tokens, s.from(), s.to(), lang), k -> new TreeMap<>()).merge(s.type(), 1, Integer::sum);
            // Not in Turkish, whose names end in their noun and open with what it belongs to ("Van Belediyesi", Van's town hall).
            if ("ORG".equals(s.type()) && s.to() > s.from() && !"tr".equals(lang)) {
                organisationHeads.add(phraseKey(tokens, s.from(), s.from(), lang));
            }
        }
        for (Map.Entry<Integer, Span> e : spans.entrySet()) {
            Span s = e.getValue();
            String key = phraseKey(tokens, s.from(), s.to(), lang);
            if (s.basis() == Mention.TypeBasis.EVIDENCE || s.basis() == Mention.TypeBasis.TITLE && !evidenced.containsKey(key)) {
                continue;
            }
            Map<String, Integer> types = evidenced.getOrDefault(key, titled.get(key));
            if (types != null) {
                // The most frequent type; ties go to the first in name order (TreeMap). A type only titles
                // gave stays as weak as theirs.
                String best = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                e.setValue(s.withTypeOf(best, evidenced.containsKey(key) ? Mention.TypeBasis.EVIDENCE : Mention.TypeBasis.TITLE));
            } else if (s.from() == s.to() && organisationHeads.contains(key)) {
                e.setValue(s.withTypeOf("ORG", Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    /**
     * Whether the capitalised words from {@code from} (up to two, in one sentence, no function word)
     * end an organisation's name: an organisation noun or a legal form among them ("Group", "Partners LP").
     */
    private static boolean organisationFollows(List<Token> tokens, int from, String lang) {
        for (int k = from; k < tokens.size() && k < from + 2 && sameSentence(tokens, from, k) && isCapitalised(tokens.get(k).text())
                && !Cues.isStopWord(tokens.get(k).text().toLowerCase(Locale.ROOT), lang); k++) {
            String word = tokens.get(k).text();
            if (Cues.isLegalForm(word) || "ORG".equals(Cues.nameNounType(word, lang))) {
                return true;
            }
        }
        return false;
    }

    /** A proper noun by the model, an acronym, a word after a title ("Herr Müller"), or a ministry ("Innenministerium"). */
    private static boolean nameWord(List<Token> tokens, ProperNouns.Tags proper, int i, String lang) {
        return proper.at(i) || isAcronym(tokens.get(i).text()) || titled(tokens, i, lang) || Cues.isGermanMinistry(tokens.get(i).text(), lang);
    }

    /**
     * A German company's name ends in a legal form ("Wirecard GmbH") or an English word for a company ("GLG
     * Partners", "Lufthansa Group", "Deutsche Bank"), after a word of the name: part of it, though no proper
     * noun. Nouns only German has ("Konzern", "Gruppe") are left to the part-of-speech model.
     */
    private static boolean companyEnd(List<Token> tokens, ProperNouns.Tags proper, int first, int last, String lang) {
        String word = tokens.get(last).text();
        return last > first && nameWord(tokens, proper, last - 1, lang) && Cues.isCompanyEnd(word);
    }

    private static boolean titled(List<Token> tokens, int from, String lang) {
        return from > 0 && Cues.isTitle(wordBefore(tokens, from), lang);
    }

    /** The word before token {@code from} without its points ("Dr." is "Dr"), as titles are listed. */
    private static String wordBefore(List<Token> tokens, int from) {
        return tokens.get(from - 1).text().replace(".", "");
    }

    private Mention mention(String text, String lang, List<Token> tokens, Span s, Set<String> surfaces) {
        int start = tokens.get(s.from()).begin();
        int end = tokens.get(s.to()).end();
        List<String> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int k = s.from(); k <= s.to(); k++) {
            words.add(tokens.get(k).text());
            if (k > s.from()) {
                gaps.add(text.substring(tokens.get(k - 1).end(), tokens.get(k).begin()));
            }
        }
        String surface = text.substring(start, end);
        List<List<String>> candidates;
        // Initials the gazetteer name was widened over stay as written ("W. Brytanii" → "W. Brytania").
        int lead = 0;
        while (s.name() != null && lead < words.size() - 1 && NameTokens.isInitial(words.get(lead))) {
            lead++;
        }
        if (s.name() != null && Words.split(s.name().name()).size() == words.size() - lead) {
            // A gazetteer name is the base form of the words it matched.
            candidates = new ArrayList<>();
            words.subList(0, lead).forEach(w -> candidates.add(List.of(w)));
            List<String> nameWords = List.of(s.name().name().split(" "));
            if (nameWords.size() == words.size() - lead) {
                // A word that differs from the name's only by case is kept as written ("Covid-19", "LONDÝN"):
                // the base form undoes inflection, not the writer's spelling. Not in Bulgarian, whose
                // annotators write the name's own spelling (chosen on entities-dev's brexit and covid-19 topics).
                for (int i = 0; i < nameWords.size(); i++) {
                    String written = words.get(lead + i);
                    boolean asWritten = !"bg".equals(lang) && written.equalsIgnoreCase(nameWords.get(i));
                    candidates.add(List.of(asWritten ? written : nameWords.get(i)));
                }
            } else {
                candidates.add(List.of(s.name().name()));
                for (int i = lead + 1; i < words.size(); i++) {
                    candidates.add(List.of(""));
                }
                List<String> joined = new ArrayList<>(gaps);
                for (int i = lead; i < joined.size(); i++) {
                    joined.set(i, "");
                }
                gaps = joined;
            }
        } else {
            candidates = BaseForms.of(words, lang, s.type(), w -> surfaces.contains(w) || gazetteer.isNameWord(w));
        }
        String key = null;
        if (s.name() != null) {
            key = "g:" + s.name().id();
        } else {
            String docBase = new Mention(start, end, s.type(), surface, null, words, gaps, candidates, Mention.TypeBasis.SHAPE).baseForm(w -> false);
            // An acronym is spelled letter by letter: it meets the gazetteer's acronyms by its letters ("U.S." is "US"),
            // before any name by the phonetic key.
            GazetteerIndex.Name known = GazetteerIndex.spelledOut(docBase) ? gazetteer.byLetters(EntityKeys.letters(docBase, lang), lang) : null;
            if (known == null) {
                known = gazetteer.byPhonetic(EntityKeys.phonetic(docBase, lang));
            }
            key = known != null ? "g:" + known.id() : null;
            // Met by its key, a name the document gave no evidence of a type is of the entry's type ("Côte d'Ivoire").
            if (known != null && s.basis() != Mention.TypeBasis.EVIDENCE) {
                return new Mention(start, end, known.type(), surface, key, words, gaps, candidates, Mention.TypeBasis.EVIDENCE);
            }
        }
        String type = s.name() != null ? s.name().type() : s.type();
        return new Mention(start, end, type, surface, key, words, gaps, candidates, s.basis());
    }

    /**
     * A one-word mention that is the surname of a person named in full in the document (same match
     * stem: "Шойгу", "Джонсона"), or that surname's possessive adjective in a West Slavic language
     * ("Mayeva", "Johnsonov", "Trumpova": the person is meant), is that person: it takes the person's
     * type, the surname's base-form candidates, and the person's gazetteer key if there is one.
     */
    private static List<Mention> personsBySurname(List<Mention> mentions, String lang) {
        Map<String, Mention> surnames = new HashMap<>();
        for (Mention m : mentions) {
            if ("PER".equals(m.type()) && m.words().size() > 1) {
                surnames.putIfAbsent(Stems.of(m.words().get(m.words().size() - 1), lang), m);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention person = m.words().size() == 1 ? surnameOf(m.words().get(0), lang, surnames) : null;
            // A word the German dictionary lists only as a place stays one ("Mönchengladbach" after a run that ended on it).
            boolean place = person != null && "de".equals(lang) && "LOC".equals(ProperNouns.germanNameType(m.words().get(0)));
            if (person == null || place || m.key() != null && !"PER".equals(m.type())) {
                out.add(m);
                continue;
            }
            out.add(new Mention(m.start(), m.end(), "PER", m.surface(), m.key() != null ? m.key() : person.key(),
                    m.words(), m.gaps(), List.of(person.candidates().get(person.candidates().size() - 1)),
                    person.typeBasis() == Mention.TypeBasis.EVIDENCE ? Mention.TypeBasis.EVIDENCE : Mention.TypeBasis.DOCUMENT));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    // Possessive adjectives of surnames, longest first: Slovene -ov/-ev, Czech -ův/-ova, Polish -owa/-owej.
    private static final Pattern SURNAME_POSSESSIVE = Pattern.compile(
            "(ovega|ovemu|ovimi|ovih|ovem|ovim|ovo|ova|ove|ovi|ov|evega|evemu|evih|evem|evim|evo|eva|eve|evi|ev|ův|ovou|ovy|owej|owa|owy)$");

    /** The person a one-word mention names: by its match stem, or as a West Slavic possessive of the surname. */
    private static Mention surnameOf(String word, String lang, Map<String, Mention> surnames) {
        Mention person = surnames.get(Stems.of(word, lang));
        if (person != null || !("sl".equals(lang) || "cs".equals(lang) || "pl".equals(lang))) {
            return person;
        }
        Matcher possessive = SURNAME_POSSESSIVE.matcher(word);
        return possessive.find() && possessive.start() >= 3 ? surnames.get(Stems.of(word.substring(0, possessive.start()), lang)) : null;
    }

    private static String phraseKey(List<Token> tokens, int from, int to, String lang) {
        List<String> words = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            words.add(tokens.get(k).text());
        }
        return GazetteerIndex.phrase(words, lang);
    }

    private static boolean isNameToken(String t, String lang) {
        // Titles ("President Hollande", "EZB-Direktor Vogler") are cues, not names; nor are codes with a number
        // of six digits or more ("DE0007856023", an ISIN), though products are named with shorter ones
        // ("BNT162b2", "Boeing-737-800", "ЧМ-2018").
        String lower = t.toLowerCase(Locale.ROOT);
        return isCapitalised(t) && !Cues.NOT_NAMES.contains(lower) && !Cues.isCalendarWord(lower, lang) && !Cues.isTitle(t, lang)
                && longestNumber(t) < 6;
    }

    private static int longestNumber(String t) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = Character.isDigit(t.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    static boolean isCapitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && isWord(t);
    }

    static boolean isWord(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A single letter does not end a name (a list marker, a lone initial), unless it is a Roman number after one. */
    private static boolean noNameEnd(List<Token> tokens, int first, int last) {
        String t = tokens.get(last).text();
        return letters(t) < 2 && !(last > first && isRegnalNumber(t));
    }

    static int letters(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Roman numbers of rulers, popes and models; not "I", which is an English word. */
    static boolean isRegnalNumber(String t) {
        return !t.isEmpty() && "IVX".indexOf(t.charAt(0)) >= 0 && REGNAL_NUMBER.matcher(t).matches();
    }

    /** "Europy XXI wieku": the number counts the century that follows. */
    private static boolean isCentury(String t) {
        return CENTURY.matcher(t.toLowerCase(Locale.ROOT)).lookingAt();
    }

    private static final Pattern CENTURY = Pattern.compile("centur|jahrhundert|siècle|wiek|stolet|век|столі");
    private static final Pattern REGNAL_NUMBER = Pattern.compile("(?!I$)(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})");

    /** "Brexit Дэвид Дэвис": a name does not change script in the middle. */
    private static boolean sameScript(String a, String b) {
        return BaseForms.isCyrillic(a) == BaseForms.isCyrillic(b);
    }

    static boolean isAcronym(String t) {
        return t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT)) && isWord(t) && !NameTokens.isInitial(t);
    }

    /** Lower-case words inside names: name particles, and the prepositions and articles of names of things. */
    private static boolean isParticle(String t) {
        return switch (t) {
            case "de", "von", "van", "al", "bin", "ibn", "фон", "де", "ван", "бин", "ал",
                 "of", "du", "des", "la", "d'", "d’", "l'", "l’", "di", "del", "della", "da", "dos" -> true;
            default -> false;
        };
    }
}
