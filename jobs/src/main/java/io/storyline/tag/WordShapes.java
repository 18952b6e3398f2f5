package io.storyline.tag;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What name finding reads off a token's word (capitals, letters, acronyms, particles, Roman numbers) and off its place (its sentence). */
final class WordShapes {
    private WordShapes() {}

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

    static boolean isLowerWord(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && isWord(t);
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

    static boolean isAcronym(String t) {
        return t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT)) && isWord(t) && !NameTokens.isInitial(t);
    }

    /** Lower-case words inside names: name particles, and the prepositions and articles of names of things. */
    static boolean isParticle(String t) {
        return switch (t) {
            case "de", "von", "van", "al", "bin", "ibn", "фон", "де", "ван", "бин", "ал",
                 "of", "du", "des", "la", "d'", "d’", "l'", "l’", "di", "del", "della", "da", "dos" -> true;
            default -> false;
        };
    }

    /** Whether the tokens from {@code a} and from {@code b} are the same {@code length + 1} words. */
    static boolean sameWords(List<Token> tokens, int a, int b, int length) {
        for (int k = 0; k <= length; k++) {
            if (!tokens.get(a + k).text().equals(tokens.get(b + k).text())) {
                return false;
            }
        }
        return true;
    }

    /** Roman numbers of rulers, popes and models; not "I", which is an English word. */
    static boolean isRegnalNumber(String t) {
        return !t.isEmpty() && "IVX".indexOf(t.charAt(0)) >= 0 && REGNAL_NUMBER.matcher(t).matches();
    }

    private static final Pattern REGNAL_NUMBER = Pattern.compile("(?!I$)(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})");

    static int longestNumber(String t) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = Character.isDigit(t.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    static boolean sameSentence(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }
}
