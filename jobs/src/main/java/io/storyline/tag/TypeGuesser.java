package io.storyline.tag;

import static io.storyline.tag.WordShapes.isAcronym;
import static io.storyline.tag.WordShapes.isCapitalised;
import static io.storyline.tag.WordShapes.letters;
import static io.storyline.tag.WordShapes.longestNumber;
import static io.storyline.tag.WordShapes.sameSentence;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The type of a capitalised span that the gazetteer does not know, and what the type rests on: evidence (a title, a
 * name noun, a legal form, a given name, a surname's ending, a head noun), or the span's shape alone.
 */
final class TypeGuesser implements Serializable {
    private final GazetteerIndex gazetteer;

    TypeGuesser(GazetteerIndex gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A type guessed for a capitalised span, and what it rests on. */
    record Guess(String type, Mention.TypeBasis basis) {}

    /**
     * The type of a capitalised span the gazetteer does not know. Evidence first: a title before it, an
     * organisation or place noun before or inside it, a legal form, a given name first, a surname's
     * ending, and for a longer name no given name opens, its head noun, a word that opens names of a kind
     * or a number. Then shape alone: an acronym is an organisation, a name with an adjective in it (in
     * Slavic news) is an organisation ("Rada Europejska") unless a known place is in it ("Северная Сирия"),
     * a longer name right after the definite article is an organisation where the language sets none before
     * persons ("the Pittsburgh Penguins"), other multi-word names are persons, and a single word is a place.
     */
    Guess guess(List<Token> tokens, int from, int to, String lang) {
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

    /**
     * The definite articles of the languages that set none before a person's name (not Portuguese or Catalan, which do:
     * "o João", "en Joan"; nor German, whose capitalised nouns its part-of-speech model sorts out).
     */
    private static final Map<String, Set<String>> DEFINITE_ARTICLES = Map.of(
            "en", Set.of("the"),
            "fr", Set.of("le", "la", "les", "l'", "l’"),
            "es", Set.of("el", "la", "los", "las"),
            "it", Set.of("il", "lo", "la", "i", "gli", "le", "l'", "l’"));

    /** {@link #guess} for a span no title precedes. */
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
        // A longer name right after the definite article is no person's where the language sets none before a person's
        // name ("the Pittsburgh Penguins", "the Falcon Heavy", "la Banque mondiale"): an organisation, the likeliest of
        // the rest, but a guess: its first word is no organisation's short name ("the Chicago Cubs", "the Jesus Christ statue").
        if (from > 0 && sameSentence(tokens, from - 1, from) && DEFINITE_ARTICLES.getOrDefault(lang, Set.of())
                .contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
            return new Guess("ORG", Mention.TypeBasis.SHAPE);
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

    // Endings of Slavic surnames in any case, and of a surname alone (base or oblique form).
    private static final Pattern SURNAME_FORM = Pattern.compile("(ов|ев|ин|ова|ева|ина|ский|ская|ски|ска|енко|чук|ук|юк|ич|ович|евич|ого|ому|ым|ой|у|а)$");

    private static final Pattern SURNAME = Pattern.compile("(ов|ев|ин|ский|ски|енко|чук|юк|ович|евич)(а|у|ым|ом|е|ой|ого|ому|им)?$");

    private static final Pattern FEMININE_SURNAME = Pattern.compile("\\p{L}{2}ov(á|é|ou)$");

    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "bg", "be", "sr", "mk", "kk");

    /** An adjective by its ending that no surname's ending explains ("Północnej"; not "Kowalski", "Жириновский"). */
    static boolean adjectiveNotSurname(String word) {
        return BaseForms.isAdjective(word) && !Cues.hasLatinSurnameEnding(word)
                && !(BaseForms.isCyrillic(word) && SURNAME.matcher(word.toLowerCase(Locale.ROOT)).find());
    }

    static boolean titled(List<Token> tokens, int from, String lang) {
        return from > 0 && Cues.isTitle(wordBefore(tokens, from), lang);
    }

    /** The word before token {@code from} without its points ("Dr." is "Dr"), as titles are listed. */
    private static String wordBefore(List<Token> tokens, int from) {
        return tokens.get(from - 1).text().replace(".", "");
    }

    /**
     * English holidays named by a possessive: "New Year's Day", "St. Patrick's Eve", "Valentine's Day".
     * Whether the tokens after {@code j} are the possessive and "Day" or "Eve", in {@code j}'s sentence.
     */
    static boolean holidayAfter(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && HOLIDAY_WORDS.contains(tokens.get(j + 2).text()) && sameSentence(tokens, j, j + 2)
                && (tokens.get(j + 1).text().equals("'s") || tokens.get(j + 1).text().equals("’s"));
    }

    private static final Set<String> HOLIDAY_WORDS = Set.of("Day", "Eve");
}
