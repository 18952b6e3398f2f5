package io.storyline.tag;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.bg.BulgarianStemmer;
import org.apache.lucene.analysis.cz.CzechStemmer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * Match stems of words: lower case, then Lucene's light stemmer for the language, so that the
 * inflected forms of a name ("Путина", "Путиным") meet its dictionary form ("Путин"). Lucene has
 * no Ukrainian, Polish or Slovene light stemmer in analysis-common, so those get a short list of
 * case endings here. Stateless and thread-safe.
 */
final class Stems {
    // Ukrainian, Polish and Slovene case endings of nouns and adjectives, longest first; only stripped
    // from words of 5+ letters (one-letter endings from 4). The adjective endings let "Wielkiej Brytanii" meet "Wielka Brytania".
    private static final String[] UK = {"ами", "ями", "ові", "еві", "ого", "ому", "ою", "ею", "ом", "ем", "ів", "ах", "ях",
            "ої", "ій", "ий", "ії", "ію", "ія", "а", "я", "у", "ю", "і", "ї", "е", "и", "о"};
    private static final String[] WEST_SLAVIC = {"ami", "ach", "owi", "ów", "iej", "ego", "emu", "ych", "ich", "ymi",
            "imi", "ega", "ej", "em", "om", "ym", "im", "ih", "ie", "ą", "ę", "a", "u", "y", "i", "e", "o"};

    private static final WordMemo<String> MEMO = new WordMemo<>(Stems::stem);
    private static final WordMemo<String> WITHOUT_ENDING = new WordMemo<>(Stems::stripped);

    private Stems() {}

    /**
     * The match stem of one word in a language (ISO 639-1). A word joined to a number by a hyphen
     * ("COVID-19", "covidu-19", "Covidem-19") is stemmed in its letters, which carry the case ending.
     */
    static String of(String word, String lang) {
        return MEMO.get(word, lang);
    }

    /**
     * A word less its case ending, without the consonant alternations of {@link #of}: what given names are
     * matched by (the bundled lists are stemmed in their own languages and a Polish text writes a German
     * "Sigmar" as it is, so Polish's r/rz would part them; a given name is seldom in the locative anyway), and
     * what a document's words are compared with each other by (the alternations would make the verb "radzi" the
     * noun "Rada").
     */
    static String withoutEnding(String word, String lang) {
        return WITHOUT_ENDING.get(word, lang);
    }

    private static String stem(String word, String lang) {
        int digits = numberSuffix(word);
        if (digits > 0) {
            return of(word.substring(0, digits - 1), lang) + word.substring(digits - 1);
        }
        return alternation(withoutEnding(word, lang), lang);
    }

    private static String stripped(String word, String lang) {
        int digits = numberSuffix(word);
        if (digits > 0) {
            return withoutEnding(word.substring(0, digits - 1), lang) + word.substring(digits - 1);
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        // A possessive 's never belongs to the stem (stripped first: the English stemmer would take the s alone).
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        char[] c = lower.toCharArray();
        int n = c.length;
        switch (lang == null ? "" : lang) {
            case "ru" -> n = new RussianLightStemmer().stem(c, n);
            case "bg" -> n = new BulgarianStemmer().stem(c, n);
            case "de" -> n = new GermanLightStemmer().stem(c, n);
            case "fr" -> n = new FrenchLightStemmer().stem(c, n);
            case "en" -> n = new EnglishMinimalStemmer().stem(c, n);
            case "cs" -> n = new CzechStemmer().stem(c, n);
            case "ar" -> n = arabicClitics(c, new ArabicNormalizer().normalize(c, n));
            case "uk" -> n = stripEnding(c, n, UK);
            case "pl", "sl" -> n = stripEnding(c, n, WEST_SLAVIC);
            default -> { }
        }
        return new String(c, 0, n);
    }

    /**
     * Polish softens a stem's last consonant before the -e of the locative and dative ("brexit", "o brexicie";
     * "Kanada", "w Kanadzie"; "Praga", "w Pradze"; "Ameryka", "w Ameryce"; "Kair", "w Kairze"; "Belfast", "w
     * Belfaście"), and Ukrainian before the -і ("Америка", "в Америці"; "Прага", "у Празі"); so after the ending comes
     * off each pair is written as one: Polish t and k as c, d and g as dz, r as rz, śc as sc; Ukrainian к as ц, г as
     * з, х as с. Both sides of a comparison go through this, so forms that met before still meet ("Katowice",
     * "Katowicach"); lemmas that differ only in such a consonant meet too, which among names is rare.
     */
    private static final Map<String, Map<String, String>> ALTERNATIONS = Map.of(
            "pl", Map.of("śc", "sc", "t", "c", "k", "c", "d", "dz", "g", "dz", "r", "rz"),
            "uk", Map.of("к", "ц", "г", "з", "х", "с"));

    private static String alternation(String stem, String lang) {
        Map<String, String> pairs = lang == null ? null : ALTERNATIONS.get(lang);
        if (pairs == null || stem.length() < 3) {
            return stem;
        }
        // Two letters first: "śc" ends in "c", which is left as it is.
        for (int n = 2; n >= 1; n--) {
            String written = pairs.get(stem.substring(stem.length() - n));
            if (written != null) {
                return stem.substring(0, stem.length() - n) + written;
            }
        }
        return stem;
    }

    /**
     * Arabic writes "and" and a preposition onto the word ("والصين", "بالصين", "للصين", "وروسيا"): they come off, after
     * Lucene's normaliser has unified the alef, yeh and teh marbuta forms. The article stays, for a name has it or not
     * ("الصين" is China, "مالي" Mali, but "المالي" the adjective "financial"); Lucene's light stemmer takes it off with
     * the clitics, and its suffixes off names that end in them ("إيران", "لبنان"), so this rule is ours.
     */
    private static int arabicClitics(char[] c, int n) {
        if (n >= 4 && c[0] == 'ل' && c[1] == 'ل') {
            c[0] = 'ا'; // "للصين": the preposition's lam over the article's elided alef
            return n;
        }
        boolean article = n >= 5 && c[1] == 'ا' && c[2] == 'ل';
        if (article && (c[0] == 'و' || c[0] == 'ف' || c[0] == 'ب' || c[0] == 'ك') || n >= 4 && c[0] == 'و') {
            System.arraycopy(c, 1, c, 0, n - 1);
            return n - 1;
        }
        return n;
    }

    /** Where the number of a word joined to one by a hyphen starts ("covidu-19": 7), else 0. */
    private static int numberSuffix(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 && isDigits(word, hyphen + 1) && Character.isLetter(word.charAt(hyphen - 1))
                ? hyphen + 1 : 0;
    }

    private static boolean isDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int stripEnding(char[] c, int n, String[] endings) {
        if (n < 4) {
            return n;
        }
        String word = new String(c, 0, n);
        for (String ending : endings) {
            // A four-letter word loses a one-letter ending only ("Unii" and "Unia" meet at "uni").
            if (word.endsWith(ending) && (n >= 5 || ending.length() == 1)) {
                return n - ending.length();
            }
        }
        return n;
    }
}
