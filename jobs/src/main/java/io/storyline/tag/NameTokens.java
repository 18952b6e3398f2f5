package io.storyline.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Re-cuts Spark NLP's tokens where names begin or end inside a token or a point. Spark NLP's rule-based
 * tokenizer has no language's clitics (its default infixes would split "Trump's" but only with ASCII
 * quotes and not with our quote characters as context characters), and it cuts the point off every
 * abbreviation; a name finder needs both the other way round:
 * <ul>
 *   <li>"Trump's", "Japan’s": the possessive is not part of the name;</li>
 *   <li>French and Italian elisions, "d'Ivoire", "l’ASEAN", "dell'Europa": the article is not either;</li>
 *   <li>Turkish case endings, which the language's spelling rule writes after an apostrophe on a proper noun
 *       ("Türkiye'de", "İstanbul’a", "ABD'den", "Erdoğan'ın"): the ending is not part of the name, and the
 *       name ends there;</li>
 *   <li>"J." "U.N." "Corp." "Płn.": the point of an initial, of dotted capitals, and of the short
 *       words that names abbreviate, is;</li>
 *   <li>"Т.Мей", "W.Brytania": an initial glued to the next word (Slavic press writes "Т.Мей" for
 *       Theresa May) is a token of its own, as in "Т. Мей";</li>
 *   <li>"Pfizer/BioNTech", "dpa/Thomas": a slash before a capitalised word joins two names, or a source
 *       and a name; each is a token of its own ("km/h", "и/или" stay one);</li>
 *   <li>"Trump.Russia", "Walldürn.Die": a page that lost the space after a sentence's point; a capitalised
 *       word after the point begins a new word, also after a closing quote or an acronym («Reuters».Asked,
 *       "БТА.Вчера"). Domain names ("Merkur.de", "LB.ua", "ZN.UA") go on in lower case or capitals and stay one token;</li>
 *   <li>German compounds of a name and a common noun, "ÖVP-Chef", "IOC-Boss", "ElringKlinger-Aktien":
 *       the name is the part before the hyphen. Not where the noun names an organisation or a place
 *       ("NRW-Polizei"): that compound is a name.</li>
 * </ul>
 */
final class NameTokens {
    private NameTokens() {}

    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}[\\p{L}\\p{N}.]*['’]s");
    private static final Pattern ELISION = Pattern.compile("(?i)(?:d|l|qu|j|n|s|c|m|t|dell|dall|nell|sull|all|un)['’]\\p{L}.*");
    private static final Pattern LOST_SPACE = Pattern.compile("(?:\\p{L}*\\p{Ll}|\\p{Lu}{2,})[\"”»“]?\\.\\p{Lu}\\p{Ll}+(?:-\\p{L}+)*");
    private static final Pattern GLUED_INITIAL = Pattern.compile("\\p{Lu}\\.\\p{Lu}\\p{Ll}+(?:-\\p{L}+)*");
    private static final Pattern DOTTED_CAPITALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
    /**
     * "Pfizer/BioNTech", "ČTK/Vostárek", "Лондон/Брюксел": words joined by slashes, each after the first capitalised
     * or a news agency's short name, which credits write in lower case ("Rumpenhorst/dpa", "sda/dpa").
     */
    private static final Pattern SLASHED_NAMES = Pattern.compile(
            "[\\p{L}\\p{N}-]*\\p{L}[\\p{L}\\p{N}-]*(?:/(?:\\p{Lu}[\\p{L}\\p{N}-]*|(?:dpa|sda|apa|afp|ap|epa|ddp|kna|epd|dts|ots)(?![\\p{L}\\p{N}])))+");
    private static final Set<String> ELIDING_LANGUAGES = Set.of("fr", "it");
    /**
     * A capitalised word, an apostrophe and a lower-case ending: "Türkiye'de", "ABD’den", "Kovid-19'un"; in a headline in
     * capitals, a short ending in capitals: "İSTANBUL'DA", "KOVID-19'DAN".
     */
    private static final Pattern TURKISH_ENDING = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}.-]*['’]\\p{Ll}+|\\p{Lu}[\\p{Lu}\\p{N}.-]*['’]\\p{Lu}{1,5}");
    /** Short words that names write with a point (lower case): legal forms, "Jr.", "St.", "Bros.", "Płn.", "Wlk.". */
    private static final Set<String> ABBREVIATIONS = Set.of("corp", "inc", "ltd", "co", "bros", "jr", "sr", "st", "mt",
            "ste", "ave", "rd", "blvd", "dept", "płn", "płd", "pd", "wsch", "zach", "wlk");

    static List<Token> of(List<Token> tokens, String lang) {
        boolean elides = ELIDING_LANGUAGES.contains(lang);
        boolean german = "de".equals(lang);
        boolean turkish = "tr".equals(lang);
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        // Sentences opened at a lost space: every later sentence number moves up by as many.
        int opened = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = opened == 0 ? tokens.get(i) : shifted(tokens.get(i), opened);
            String text = t.text();
            // Cheap character tests first: this runs on every token of every document.
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next != null && next.begin() == t.end() && next.text().startsWith(".") && next.sentence() + opened == t.sentence()
                    && (takesPoint(text) && pointAndPunctuation(next.text()) || pluralAbbreviation(tokens, i))) {
                out.add(new Token(t.begin(), t.end() + 1, text + ".", t.sentence()));
                // The tokenizer keeps a closing bracket or quote with the point ("UU.)"): the rest is a token of its own.
                if (next.text().length() > 1) {
                    out.add(new Token(next.begin() + 1, next.end(), next.text().substring(1), t.sentence()));
                }
                i++;
            } else if (text.length() > 3 && text.charAt(text.length() - 1) == 's' && isApostrophe(text.charAt(text.length() - 2))
                    && POSSESSIVE.matcher(text).matches()) {
                int cut = text.length() - 2;
                out.add(new Token(t.begin(), t.begin() + cut, text.substring(0, cut), t.sentence()));
                out.add(new Token(t.begin() + cut, t.end(), text.substring(cut), t.sentence()));
            } else if (turkish && text.length() > 2 && (text.indexOf('\'') > 0 || text.indexOf('’') > 0)
                    && TURKISH_ENDING.matcher(text).matches()) {
                int cut = Math.max(text.lastIndexOf('\''), text.lastIndexOf('’'));
                out.add(new Token(t.begin(), t.begin() + cut, text.substring(0, cut), t.sentence()));
                out.add(new Token(t.begin() + cut, t.end(), text.substring(cut), t.sentence()));
            } else if (elides && text.length() > 2 && (text.indexOf('\'') > 0 || text.indexOf('’') > 0) && ELISION.matcher(text).matches()) {
                int cut = Math.max(text.indexOf('\''), text.indexOf('’')) + 1;
                out.add(new Token(t.begin(), t.begin() + cut, text.substring(0, cut), t.sentence()));
                out.add(new Token(t.begin() + cut, t.end(), text.substring(cut), t.sentence()));
            } else if (text.indexOf('.') > 1 && LOST_SPACE.matcher(text).matches()) {
                int point = text.indexOf('.');
                int cut = Character.isLetter(text.charAt(point - 1)) ? point : point - 1;
                out.add(new Token(t.begin(), t.begin() + cut, text.substring(0, cut), t.sentence()));
                out.add(new Token(t.begin() + cut, t.begin() + point + 1, text.substring(cut, point + 1), t.sentence()));
                opened++;
                out.add(new Token(t.begin() + point + 1, t.end(), text.substring(point + 1), t.sentence() + 1));
            } else if (text.length() > 3 && text.charAt(1) == '.' && GLUED_INITIAL.matcher(text).matches()) {
                out.add(new Token(t.begin(), t.begin() + 2, text.substring(0, 2), t.sentence()));
                out.add(new Token(t.begin() + 2, t.end(), text.substring(2), t.sentence()));
            } else if (text.indexOf('/') > 0 && SLASHED_NAMES.matcher(text).matches()) {
                int from = 0;
                for (int slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', from)) {
                    out.add(new Token(t.begin() + from, t.begin() + slash, text.substring(from, slash), t.sentence()));
                    out.add(new Token(t.begin() + slash, t.begin() + slash + 1, "/", t.sentence()));
                    from = slash + 1;
                }
                out.add(new Token(t.begin() + from, t.end(), text.substring(from), t.sentence()));
            } else if (german && text.indexOf('-') > 0) {
                splitCompound(t, out);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static Token shifted(Token t, int by) {
        return new Token(t.begin(), t.end(), t.text(), t.sentence() + by);
    }

    /**
     * The last part of a name-noun compound: a common noun, or a compound of one after an acronym or a name
     * the dictionary lists ("RTL-Tanzshow", "US-Rockstars"; not "Netto-Leerverkaufsposition").
     */
    private static boolean commonHead(String head, String name) {
        ProperNouns.WordClass c = ProperNouns.germanClass(head);
        return c == ProperNouns.WordClass.COMMON || c == ProperNouns.WordClass.COMPOUND
                && (WordShapes.isAcronym(name) || ProperNouns.germanNameType(name) != null);
    }

    /** A common noun or adjective by the German dictionary. */
    private static boolean isCommon(String word) {
        ProperNouns.WordClass c = ProperNouns.germanClass(word);
        return c == ProperNouns.WordClass.COMMON || c == ProperNouns.WordClass.ADJECTIVE || c == ProperNouns.WordClass.ADJECTIVE_OR_NOUN;
    }

    /**
     * "ÖVP-Chef" as "ÖVP", "-", "Chef" when the last part is only a common noun by the German dictionary (or
     * {@link #commonHead}), and the first is not a common noun, nor one with a linking "s" ("Hochzeits-Korso"). The dictionary
     * lists acronyms of organisations as nouns ("SPD", "IOC") beside those of things ("OP", "KI", "TV"):
     * one of three letters or more counts as a name; of two, only one it does not list ("US").
     */
    private static void splitCompound(Token t, List<Token> out) {
        String text = t.text();
        int hyphen = text.lastIndexOf('-');
        String head = text.substring(hyphen + 1);
        String name = text.substring(0, hyphen);
        if (head.length() < 2 || !Character.isUpperCase(head.charAt(0)) || name.isEmpty() || !Character.isUpperCase(name.charAt(0))
                || !commonHead(head, name) || Cues.nameNounType(head, "de") != null
                || !(WordShapes.isAcronym(name) && name.length() > 2)
                        && (isCommon(name) || name.endsWith("s") && isCommon(name.substring(0, name.length() - 1)))) {
            out.add(t);
            return;
        }
        out.add(new Token(t.begin(), t.begin() + hyphen, name, t.sentence()));
        out.add(new Token(t.begin() + hyphen, t.begin() + hyphen + 1, "-", t.sentence()));
        out.add(new Token(t.begin() + hyphen + 1, t.end(), head, t.sentence()));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** An initial ("J", "Н"), dotted capitals ("U.N", "H.D") or an abbreviation names write with a point. */
    private static boolean takesPoint(String text) {
        return DOTTED_CAPITALS.matcher(text).matches()
                || Character.isUpperCase(text.codePointAt(0)) && ABBREVIATIONS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** A point alone, or with the punctuation after it that the tokenizer keeps with it ("Płn.,", "Corp.)"). */
    private static boolean pointAndPunctuation(String text) {
        return text.codePoints().skip(1).noneMatch(Character::isLetterOrDigit);
    }

    /** One of a pair of doubled capitals with points, the Spanish abbreviation of a plural ("EE. UU.", "FF. AA."). */
    private static boolean pluralAbbreviation(List<Token> tokens, int i) {
        return doubledCapitals(tokens, i) && (doubledCapitals(tokens, i + 2) && isPoint(tokens, i + 3)
                || doubledCapitals(tokens, i - 2) && isPoint(tokens, i - 1));
    }

    private static boolean doubledCapitals(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String t = tokens.get(i).text();
        return t.length() == 2 && t.charAt(0) == t.charAt(1) && Character.isUpperCase(t.charAt(0));
    }

    /** A point, or a point with the brackets and quotes the tokenizer keeps with it (".)", ".\""). */
    private static boolean isPoint(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).text().startsWith(".");
    }

    /** A single letter with its point, "J.": an initial, which opens a name but does not end one. */
    static boolean isInitial(String text) {
        return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
    }
}
