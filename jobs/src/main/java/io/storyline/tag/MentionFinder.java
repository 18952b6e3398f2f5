package io.storyline.tag;

import static io.storyline.tag.WordShapes.isAcronym;
import static io.storyline.tag.WordShapes.isCapitalised;
import static io.storyline.tag.WordShapes.isLowerWord;
import static io.storyline.tag.WordShapes.isParticle;
import static io.storyline.tag.WordShapes.isRegnalNumber;
import static io.storyline.tag.WordShapes.isWord;
import static io.storyline.tag.WordShapes.letters;
import static io.storyline.tag.WordShapes.longestNumber;
import static io.storyline.tag.WordShapes.sameSentence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    private final GazetteerIndex gazetteer;
    private final TypeGuesser typeGuesser;
    private final MentionBuilder mentionBuilder;

    public MentionFinder(GazetteerIndex gazetteer) {
        this.gazetteer = gazetteer;
        this.typeGuesser = new TypeGuesser(gazetteer);
        this.mentionBuilder = new MentionBuilder(gazetteer);
    }

    /**
     * A document's words by their stems: those written capitalised inside a sentence, those that open a capitalised run
     * there, and those written in lower case.
     */
    private record DocumentWords(Set<String> capitalisedInside, Set<String> nameStarts, Set<String> lowercase) {}

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
            GazetteerIndex.Name name = gazetteer.byPhrase(GazetteerIndex.phrase(tokens, g[0], g[1], lang), tokens.get(g[0]).text());
            if (name != null && !givenNameLikeAPlace(tokens, g, name) && !functionWord(tokens, g, lang)
                    && !(sentenceStart[g[0]] && g[0] == g[1] && placeAdjectiveOpening(tokens, g[0], lang))) {
                int to = "MISC".equals(name.type()) && yearAfter(tokens, g[1]) ? g[1] + 1
                        : "ORG".equals(name.type()) ? withCompanyEnd(tokens, g[0], g[1], lang, headline, gazetteerSpans) : g[1];
                Span.add(spans, new Span(g[0], to, name.type(), name, Mention.TypeBasis.EVIDENCE));
            }
        }
        QuotedNames.find(tokens, lang, spans);
        capitalised(tokens, lang, sentenceStart, headline, words, ProperNouns.of(tokens, lang), spans);
        NameWidening.streets(tokens, lang, spans);
        if ("de".equals(lang)) {
            GermanNames.apply(tokens, spans);
        }
        NameWidening.institutionsOfPlaces(tokens, lang, spans);
        DocumentAgreement.agreeTypes(tokens, lang, spans);
        CommonWordSpans.drop(tokens, lang, spans);
        NameWidening.englishMediaTakeTheirArticle(tokens, lang, spans);
        DocumentAgreement.repeatNames(tokens, lang, spans);
        for (Span s : spans.values()) {
            for (int k = s.from(); k <= s.to(); k++) {
                surfaces.add(tokens.get(k).text());
            }
        }

        List<Mention> mentions = new ArrayList<>();
        for (Span s : spans.values()) {
            mentions.add(mentionBuilder.build(text, lang, tokens, s, surfaces));
        }
        return new Tagged(MentionBuilder.personsBySurname(mentions, lang), surfaces);
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
     * German "von" joins a person's names ("Richard von Weizsäcker"), not a place or a road's number to what
     * follows ("Nordrhein-Westfalen von ...", "Tr.2225 von Pollenfeld": from where, not of whom).
     */
    private static boolean placeOrCodeBeforeVon(List<Token> tokens, int j, String lang) {
        String word = tokens.get(j).text();
        return "de".equals(lang) && "von".equals(tokens.get(j + 1).text())
                && (longestNumber(word) > 0 || "LOC".equals(ProperNouns.germanNameType(word)));
    }

    private static final Set<String> FUNCTION_WORD_LISTS = Set.of("en", "de", "fr");

    /** Particles that open a surname with a capital ("Le Pen", "Di Caprio", "Van Gaal", "Bin Salman"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of("Le", "La", "De", "Du", "Des", "Di", "Da", "Del", "Della", "Dos",
            "Van", "Von", "Ter", "Ten", "Bin", "Ben", "El", "Al");

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
                Span.add(spans, new Span(i, i, demonym.type(), demonym, Mention.TypeBasis.EVIDENCE));
            }
        }
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
                || capitalisedInside.contains(Stems.withoutEnding(tokens.get(k).text(), lang)) || Span.covered(spans, k) || loneAcronym(tokens, k));
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
                if (TypeGuesser.holidayAfter(tokens, j)) {
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
                // A legal form or a club's abbreviation opening the run goes on into the name ("FC Bayern", "ООО Ромашка").
                boolean sameKind = isAcronym(tokens.get(j).text()) == isAcronym(next) || Cues.isLegalForm(next)
                        || j == i && Cues.isLegalForm(tokens.get(j).text())
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
                // Not into a name that a legal form or a club's abbreviation opens ("Philippe Coutinho of FC Bayern").
                if (particles > 0 && after < tokens.size() && tokens.get(after).sentence() == tokens.get(i).sentence() && nameAt.test(after)
                        && !placeOrCodeBeforeVon(tokens, j, lang) && !Cues.isLegalForm(tokens.get(after).text())) {
                    j = after;
                    continue;
                }
                // "Marine Le Pen", "Bruno Le Maire", "Leonardo Di Caprio": after a given name a capitalised particle opens
                // the surname, which may also be a common word or a title ("maire").
                if (j + 2 < tokens.size() && SURNAME_PARTICLES.contains(next) && sameSentence(tokens, j, j + 2)
                        && gazetteer.isFirstName(tokens.get(j).text(), lang) && isCapitalised(tokens.get(j + 2).text())
                        && !Cues.isStopWord(tokens.get(j + 2).text().toLowerCase(Locale.ROOT), lang)) {
                    j += 2;
                    continue;
                }
                break;
            }
            int capitalisedEnd = j;
            j = LowerCaseRest.end(tokens, lang, i, j, sentenceStart[j]);
            int from = i;
            // Single letters (list markers, a lone "Н.") are not names on their own; an initial opens one
            // before a word that the document does not also write in lower case.
            while (from <= j && letters(tokens.get(from).text()) < 2 && !(from < j && NameTokens.isInitial(tokens.get(from).text())
                    && !lowercase.contains(Stems.withoutEnding(tokens.get(from + 1).text(), lang)))) {
                from++;
            }
            // "Secretary of State Rex Tillerson", "Minister of Foreign Affairs Sergei Lavrov": after an English title and
            // "of", a government portfolio's words are the title's, and so are particles after them ("Minister of Finance of
            // Hesse"). What else follows is a name: a place, an organisation ("Mayor of London", "Chairman of the Consumer
            // Data Industry Association"), also one a portfolio opens ("Chairman of the Foreign Affairs Committee").
            if ("en".equals(lang) && titleAndOfBefore(tokens, from, lang) && !organisationNamed(tokens, from, j, lang)) {
                int start = from;
                while (from <= j && !Span.covered(spans, from) && Cues.isEnglishPortfolio(tokens.get(from).text())) {
                    from++;
                }
                while (from > start && from <= j && isParticle(tokens.get(from).text())) {
                    from++;
                }
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
                boolean single = from == j || Span.covered(spans, from + 1)
                        || isParticle(tokens.get(from + 1).text()) && Cues.nameNounType(first, lang) == null
                        || !"de".equals(lang) && words.nameStarts().contains(Stems.withoutEnding(tokens.get(from + 1).text(), lang))
                        && !Span.covered(spans, from) && !gazetteer.isAnyFirstName(first);
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
                    if (Span.covered(spans, k)) {
                        k++;
                        continue;
                    }
                    int end = k;
                    while (end + 1 <= j && !Span.covered(spans, end + 1)) {
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
                        TypeGuesser.Guess guess = typeGuesser.guess(tokens, first, last, lang);
                        Span.add(spans, new Span(first, last, guess.type(), null, guess.basis()));
                    }
                    k = end + 1;
                }
            }
            i = j + 1;
        }
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
                    || TypeGuesser.adjectiveNotSurname(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean partOfName(List<Token> tokens, String lang, TreeMap<Integer, Span> spans, int neighbour, boolean asWritten) {
        String word = tokens.get(neighbour).text();
        if (Span.covered(spans, neighbour) || gazetteer.isFirstName(word, lang)) {
            return false;
        }
        return asWritten || Cues.nameNounType(word, lang) != null || TypeGuesser.adjectiveNotSurname(word) || Cues.isCompassAdjective(word, lang);
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

    /**
     * Whether the capitalised words from {@code from} (up to two, in one sentence, no function word)
     * end an organisation's name: an organisation noun or a legal form among them ("Group", "Partners LP").
     */
    private static boolean organisationFollows(List<Token> tokens, int from, String lang) {
        int to = from;
        while (to < tokens.size() && to < from + 2 && sameSentence(tokens, from, to) && isCapitalised(tokens.get(to).text())
                && !Cues.isStopWord(tokens.get(to).text().toLowerCase(Locale.ROOT), lang)) {
            to++;
        }
        return organisationNamed(tokens, from, to - 1, lang);
    }

    /** Whether an organisation noun or a legal form is among tokens [from, to] ("Foreign Affairs Committee"). */
    private static boolean organisationNamed(List<Token> tokens, int from, int to, String lang) {
        for (int k = from; k <= to; k++) {
            String word = tokens.get(k).text();
            if (Cues.isLegalForm(word) || "ORG".equals(Cues.nameNounType(word, lang))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title and "of" (and "the") come right before token {@code from} in its sentence. */
    private static boolean titleAndOfBefore(List<Token> tokens, int from, String lang) {
        int of = from - 1 > 0 && tokens.get(from - 1).text().equalsIgnoreCase("the") ? from - 2 : from - 1;
        return of > 0 && tokens.get(of).text().equalsIgnoreCase("of") && sameSentence(tokens, of - 1, from)
                && TypeGuesser.titled(tokens, of, lang);
    }

    /** A proper noun by the model, an acronym, a word after a title ("Herr Müller"), or a ministry ("Innenministerium"). */
    private static boolean nameWord(List<Token> tokens, ProperNouns.Tags proper, int i, String lang) {
        return proper.at(i) || isAcronym(tokens.get(i).text()) || TypeGuesser.titled(tokens, i, lang) || Cues.isGermanMinistry(tokens.get(i).text(), lang);
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

    private static boolean isNameToken(String t, String lang) {
        // Titles ("President Hollande", "EZB-Direktor Vogler") are cues, not names; nor are codes with a number
        // of six digits or more ("DE0007856023", an ISIN), though products are named with shorter ones
        // ("BNT162b2", "Boeing-737-800", "ЧМ-2018").
        String lower = t.toLowerCase(Locale.ROOT);
        return isCapitalised(t) && !Cues.NOT_NAMES.contains(lower) && !Cues.isCalendarWord(lower, lang) && !Cues.isTitle(t, lang)
                && longestNumber(t) < 6;
    }

    /** A single letter does not end a name (a list marker, a lone initial), unless it is a Roman number after one. */
    private static boolean noNameEnd(List<Token> tokens, int first, int last) {
        String t = tokens.get(last).text();
        return letters(t) < 2 && !(last > first && isRegnalNumber(t));
    }

    /** "Europy XXI wieku": the number counts the century that follows. */
    private static boolean isCentury(String t) {
        return CENTURY.matcher(t.toLowerCase(Locale.ROOT)).lookingAt();
    }

    private static final Pattern CENTURY = Pattern.compile("centur|jahrhundert|siècle|wiek|stolet|век|столі");
    /** "Brexit Дэвид Дэвис": a name does not change script in the middle. */
    private static boolean sameScript(String a, String b) {
        return BaseForms.isCyrillic(a) == BaseForms.isCyrillic(b);
    }

}
