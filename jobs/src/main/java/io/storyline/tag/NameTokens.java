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
 *   <li>"J." "U.N." "Corp." "Płn.": the point of an initial, of dotted capitals, and of the short
 *       words that names abbreviate, is.</li>
 * </ul>
 */
final class NameTokens {
    private NameTokens() {}

    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}[\\p{L}\\p{N}.]*['’]s");
    private static final Pattern ELISION = Pattern.compile("(?i)(?:d|l|qu|j|n|s|c|m|t|dell|dall|nell|sull|all|un)['’]\\p{L}.*");
    private static final Pattern DOTTED_CAPITALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
    private static final Set<String> ELIDING_LANGUAGES = Set.of("fr", "it");
    /** Short words that names write with a point (lower case): legal forms, "Jr.", "St.", "Bros.", "Płn.". */
    private static final Set<String> ABBREVIATIONS = Set.of("corp", "inc", "ltd", "co", "bros", "jr", "sr", "st", "mt",
            "ste", "płn", "płd", "wsch", "zach");

    static List<Token> of(List<Token> tokens, String lang) {
        boolean elides = ELIDING_LANGUAGES.contains(lang);
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = t.text();
            // Cheap character tests first: this runs on every token of every document.
            if (i + 1 < tokens.size() && tokens.get(i + 1).begin() == t.end() && tokens.get(i + 1).text().equals(".")
                    && tokens.get(i + 1).sentence() == t.sentence() && takesPoint(text)) {
                out.add(new Token(t.begin(), t.end() + 1, text + ".", t.sentence()));
                i++;
            } else if (text.length() > 3 && text.charAt(text.length() - 1) == 's' && isApostrophe(text.charAt(text.length() - 2))
                    && POSSESSIVE.matcher(text).matches()) {
                int cut = text.length() - 2;
                out.add(new Token(t.begin(), t.begin() + cut, text.substring(0, cut), t.sentence()));
                out.add(new Token(t.begin() + cut, t.end(), text.substring(cut), t.sentence()));
            } else if (elides && text.length() > 2 && (text.indexOf('\'') > 0 || text.indexOf('’') > 0) && ELISION.matcher(text).matches()) {
                int cut = Math.max(text.indexOf('\''), text.indexOf('’')) + 1;
                out.add(new Token(t.begin(), t.begin() + cut, text.substring(0, cut), t.sentence()));
                out.add(new Token(t.begin() + cut, t.end(), text.substring(cut), t.sentence()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** An initial ("J", "Н"), dotted capitals ("U.N", "H.D") or an abbreviation names write with a point. */
    private static boolean takesPoint(String text) {
        return DOTTED_CAPITALS.matcher(text).matches()
                || Character.isUpperCase(text.codePointAt(0)) && ABBREVIATIONS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** A single letter with its point, "J.": an initial, which opens a name but does not end one. */
    static boolean isInitial(String text) {
        return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
    }
}
