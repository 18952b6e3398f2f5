package io.storyline.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Base forms of names: the nominative of inflected Russian and Ukrainian names and the article-less
 * form of Bulgarian ones, word by word (so "Владимира Путина" → "Владимир Путин").
 *
 * <p>Case endings are ambiguous on their own ("Путина" is a genitive, "Москва" a nominative), so
 * each word gets candidate nominatives in a default order, and the first candidate that is
 * <em>attested</em> (seen as a word elsewhere, or a gazetteer name) wins; with no evidence the
 * default order decides. Lucene's stemmers give match stems, not words, which is why this is
 * rules: a base form must be a word a reader recognises.
 */
public final class BaseForms {
    private BaseForms() {}

    /** A word's role in a mention: the name's head, a modifier before it, or one of a person's names. */
    enum Role { HEAD, MODIFIER, PERSON }

    /**
     * Candidate base forms of each word of a mention, default first. A word whose candidate is
     * {@code attested} in the document gets that candidate alone (the document settled it).
     *
     * @param attested whether a word form is seen in the document (exact, case-sensitive)
     */
    public static List<List<String>> of(List<String> words, String lang, String type, Predicate<String> attested) {
        List<List<String>> out = new ArrayList<>(words.size());
        boolean genitivePerson = "PER".equals(type) && words.size() > 1 && "ru".equals(lang)
                && endsGenitiveA(words.get(0)) && endsGenitiveA(words.get(words.size() - 1));
        int head = headOf(words, type);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // A Turkish name ends in its noun, which takes the case ("Sağlık Bakanlığından", from the health ministry).
            String caseless = "tr".equals(lang) && !"PER".equals(type) && i == words.size() - 1 ? Cues.turkishNameNounWithoutCase(word) : null;
            if (caseless != null) {
                out.add(List.of(caseless));
                continue;
            }
            Role role = "PER".equals(type) ? Role.PERSON : i < head ? Role.MODIFIER : Role.HEAD;
            // Polish, Czech and Slovene put adjectives after the head too ("Unii Europejskiej"): the
            // one right after the head agrees with it.
            if (i == head + 1 && isAdjective(word) && ("pl".equals(lang) || "cs".equals(lang) || "sl".equals(lang))) {
                role = Role.MODIFIER;
            } else if (i > head || "PER".equals(type) && i > 0 && isParticle(words.get(i))) {
                // After the head come genitive complements ("Совета Безопасности ООН"): they stay as they are.
                out.add(List.of(word));
                continue;
            }
            String withoutArticle = "bg".equals(lang) ? bulgarianShortArticle(word, role, attested) : null;
            if (withoutArticle != null) {
                out.add(List.of(withoutArticle));
                continue;
            }
            List<String> candidates = candidates(word, lang, role, type);
            if (genitivePerson && endsGenitiveA(word)) {
                candidates.add(0, word.substring(0, word.length() - 1));
            }
            String settled = null;
            for (String c : candidates) {
                if (!c.equals(word) && attested.test(c)) {
                    settled = c;
                    break;
                }
            }
            out.add(settled != null ? List.of(settled) : List.copyOf(candidates));
        }
        return out;
    }

    /** Candidate nominatives, default first; the word itself is among them where it may be one. */
    static List<String> candidates(String word, String lang, Role role, String type) {
        List<String> out = new ArrayList<>();
        String l = lang == null ? "" : lang;
        boolean westSlavic = l.equals("pl") || l.equals("cs") || l.equals("sl");
        if (word.length() < 3 || isUpper(word) || isCyrillic(word) == westSlavic) {
            out.add(word);
            return out;
        }
        List<String> listed = role == Role.MODIFIER ? List.of() : NounLemmas.candidates(word, l, role == Role.HEAD, role == Role.PERSON);
        if (!listed.isEmpty() && NounLemmas.settles(l, role == Role.PERSON)) {
            out.addAll(listed);
        } else {
            switch (l) {
                case "ru" -> russian(word, role, type, out);
                case "uk" -> ukrainian(word, role, type, out);
                case "bg" -> bulgarian(word, role, out);
                case "pl" -> polish(word, role, type, out);
                case "cs" -> czech(word, role, type, out);
                case "sl" -> slovene(word, role, type, out);
                default -> { }
            }
            if (!listed.isEmpty()) {
                List<String> byRules = new ArrayList<>(out);
                byRules.add(word);
                out.clear();
                if (role == Role.PERSON) {
                    // A dictionary's given names meet other names ("Асии" is a form of "Асий" too): in a
                    // person's name it adds readings and removes none, and puts the word first only when
                    // it reads it as a nominative ("Максим", not "Макс").
                    if (listed.contains(word)) {
                        out.add(word);
                    }
                    byRules.stream().filter(c -> !out.contains(c)).forEach(out::add);
                    listed.stream().filter(c -> !out.contains(c)).forEach(out::add);
                } else {
                    // Elsewhere the dictionary says which readings there are, the rules which comes first.
                    out.addAll(listed);
                    out.sort(Comparator.comparingInt(c -> byRules.contains(c) ? byRules.indexOf(c) : byRules.size()));
                }
            }
        }
        if (listed.isEmpty() && role != Role.MODIFIER && UNLISTED_STAY.contains(l) && apostropheStem(word) == null) {
            out.remove(word);
            out.add(0, word);
        }
        if (!out.contains(word)) {
            out.add(word);
        }
        return out;
    }

    /**
     * Languages where a noun no dictionary lists stays as written unless the batch attests one of the
     * rules' nominatives: such a word is most often a foreign name that the text does not decline
     * ("Tony Blair", "Alicante", "Anthony Fauci", "Vote Leave"), where the rules' default made "Tona",
     * "Alicanta", "Fauca", "Vota". Czech and Slovene have no dictionary, so every noun waits for evidence. Adjectives decline
     * regularly and keep the rules' default ("Europejskiej" → "Europejska").
     * Chosen per language on entities-dev's brexit and covid-19 topics (docs/tagging.md); Russian and
     * Bulgarian lost there and keep the rules' default.
     */
    private static final Set<String> UNLISTED_STAY = Set.of("pl", "cs", "sl", "uk");

    private static void russian(String w, Role role, String type, List<String> out) {
        String l = w.toLowerCase(Locale.ROOT);
        boolean loc = "LOC".equals(type);
        if (ends(l, "ией")) {
            swap(w, 3, out, "ия");
        } else if (ends(l, "ии") || ends(l, "ию")) {
            swap(w, 2, out, "ия", "ий");
        } else if (role == Role.MODIFIER && (ends(l, "ого") || ends(l, "ому") || ends(l, "ым") || ends(l, "ом"))) {
            int cut = ends(l, "ым") || ends(l, "ом") ? 2 : 3;
            // After к, г, х, ж, ш, ч, щ the nominative is -ий ("Британского" → "Британский", "Верховного" → "Верховный").
            swap(w, cut, out, "кгхжшчщ".indexOf(l.charAt(l.length() - cut - 1)) >= 0 ? "ий" : "ый", "ой", "ий");
        } else if (role == Role.MODIFIER && (ends(l, "его") || ends(l, "ему") || ends(l, "им"))) {
            swap(w, ends(l, "им") ? 2 : 3, out, "ий");
        } else if (role == Role.MODIFIER && (ends(l, "ую") || ends(l, "ой") || ends(l, "ая"))) {
            swap(w, 2, out, "ая");
        } else if (ends(l, "ой") && l.length() > 4) {
            swap(w, 2, out, "а", "ой");
        } else if (ends(l, "ей") && l.length() > 4) {
            swap(w, 2, out, "ей", "я", "ь");
        } else if ((ends(l, "ым") || ends(l, "им") || ends(l, "ом")) && role == Role.PERSON) {
            swap(w, 2, out, "");
        } else if (ends(l, "ым") || ends(l, "им") || ends(l, "ом")) {
            // Nominatives end so too ("Погром", "Рим"): only evidence strips the ending.
            out.add(w);
            swap(w, 2, out, "");
        } else if (ends(l, "ем")) {
            swap(w, 2, out, isVowel(l, l.length() - 3) ? "й" : "ь", "");
        } else if (ends(l, "ью")) {
            swap(w, 1, out, "");
        } else if (ends(l, "ы")) {
            swap(w, 1, out, "а");
        } else if (ends(l, "и") && "кгхжшчщ".indexOf(l.charAt(l.length() - 2)) >= 0) {
            swap(w, 1, out, "а");
        } else if (ends(l, "у") && !isVowel(l, l.length() - 2)) {
            swap(w, 1, out, loc ? "а" : "", loc ? "" : "а");
        } else if (ends(l, "ю") && !isVowel(l, l.length() - 2)) {
            swap(w, 1, out, "ь", "я");
        } else if (ends(l, "е") && !isVowel(l, l.length() - 2) && l.length() > 4) {
            swap(w, 1, out, "", "а", "ь");
        } else if (ends(l, "а") && !isVowel(l, l.length() - 2)) {
            out.add(w);
            swap(w, 1, out, "");
        } else if (ends(l, "я") && !isVowel(l, l.length() - 2)) {
            out.add(w);
            swap(w, 1, out, "ь", "й");
        }
    }

    private static void ukrainian(String w, Role role, String type, List<String> out) {
        String l = w.toLowerCase(Locale.ROOT);
        if (ends(l, "ією")) {
            swap(w, 3, out, "ія");
        } else if (ends(l, "ії") || ends(l, "ію")) {
            swap(w, 2, out, "ія");
        } else if (role == Role.MODIFIER && (ends(l, "ого") || ends(l, "ому") || ends(l, "им"))) {
            swap(w, ends(l, "им") ? 2 : 3, out, "ий");
        } else if (role == Role.MODIFIER && (ends(l, "ої") || ends(l, "ій") || ends(l, "у"))) {
            swap(w, ends(l, "у") ? 1 : 2, out, "а");
        } else if (ends(l, "ою") && l.length() > 4) {
            swap(w, 2, out, "а");
        } else if (ends(l, "ом") || ends(l, "ові")) {
            swap(w, ends(l, "ом") ? 2 : 3, out, "");
        } else if (ends(l, "ем") || ends(l, "еві")) {
            swap(w, ends(l, "ем") ? 2 : 3, out, "ь", "");
        } else if (ends(l, "им")) {
            swap(w, 2, out, "");
        } else if (ends(l, "и") && !isVowel(l, l.length() - 2)) {
            swap(w, 1, out, "а");
        } else if (ends(l, "і") && !isVowel(l, l.length() - 2) && l.length() > 4) {
            swap(w, 1, out, "а", "");
        } else if (ends(l, "у") && !isVowel(l, l.length() - 2)) {
            swap(w, 1, out, "а", "");
        } else if (ends(l, "ю") && !isVowel(l, l.length() - 2)) {
            swap(w, 1, out, "ь", "я");
        } else if (ends(l, "а") && !isVowel(l, l.length() - 2)) {
            out.add(w);
            swap(w, 1, out, "");
        } else if (ends(l, "я") && !isVowel(l, l.length() - 2)) {
            out.add(w);
            swap(w, 1, out, "ь");
        }
    }

    /**
     * Polish nouns the dictionary does not list: the batch's evidence picks among these, so they are
     * generous, and the default order follows the frequency of the cases in news (genitive and
     * locative first).
     */
    private static void polish(String w, Role role, String type, List<String> out) {
        String l = w.toLowerCase(Locale.ROOT);
        String stem = apostropheStem(w);
        if (stem != null) {
            out.add(stem);
            return;
        }
        if (role == Role.MODIFIER) {
            // After a soft stem the i is the ending's ("Europejskiego"): cutting "ego" leaves the nominative.
            boolean soft = endsWith(SOFT_STEM_CASE, l);
            for (String[] r : new String[][] {{"iej", "a"}, {"ej", "a"}, {"ą", "a"}, {"ego", soft ? "" : "y"},
                    {"emu", soft ? "" : "y"}, {"ym", "y"}, {"im", "i"}, {"ie", "a"}, {"ych", "e"}, {"ich", "ie"}}) {
                if (ends(l, r[0])) {
                    swap(w, r[0].length(), out, r[1]);
                }
            }
            return;
        }
        String[][] rules = {{"cji", "cja"}, {"cją", "cja"}, {"cję", "cja"}, {"ii", "ia"}, {"ią", "ia"}, {"ię", "ia"},
                {"ji", "ja"}, {"ją", "ja"}, {"ję", "ja"}, {"sce", "ska"}, {"ce", "ka"}, {"dze", "ga"}, {"cie", "t"},
                {"dzie", "d"}, {"rze", "r"}, {"owi", ""}, {"em", ""}, {"ie", ""}, {"ie", "a"}, {"u", ""}, {"y", "a"},
                {"i", "a"}, {"ą", "a"}, {"ę", "a"}, {"e", "a"}, {"a", ""}, {"om", ""}, {"ów", ""}};
        for (String[] r : rules) {
            if (ends(l, r[0])) {
                swap(w, r[0].length(), out, r[1]);
            }
        }
        if (ends(l, "a")) {
            out.add(0, w);
        }
    }

    /**
     * Polish declines a foreign name whose last letter is not spoken after an apostrophe ("Farage'a",
     * "Farage'owi", "Blaine'em"): the name before it, or null when the word has no such ending.
     */
    static String apostropheStem(String w) {
        int at = Math.max(w.lastIndexOf('\''), w.lastIndexOf('\u2019'));
        return at > 1 && POLISH_APOSTROPHE_ENDINGS.contains(w.substring(at + 1).toLowerCase(Locale.ROOT)) ? w.substring(0, at) : null;
    }

    private static final Set<String> POLISH_APOSTROPHE_ENDINGS =
            Set.of("a", "u", "owi", "em", "m", "ie", "y", "i", "ego", "emu", "iego", "iemu", "im", "ym", "ą", "ę", "ów", "om");

    private static void czech(String w, Role role, String type, List<String> out) {
        String l = w.toLowerCase(Locale.ROOT);
        if (role == Role.MODIFIER) {
            for (String[] r : new String[][] {{"ého", "ý"}, {"ého", "é"}, {"ému", "ý"}, {"ém", "ý"}, {"ým", "ý"},
                    {"ou", "á"}, {"é", "á"}, {"ích", "í"}, {"ího", "í"}, {"ímu", "í"}, {"ím", "í"}}) {
                if (ends(l, r[0])) {
                    swap(w, r[0].length(), out, r[1]);
                }
            }
            return;
        }
        String[][] rules = {{"ové", "ová"}, {"ovou", "ová"}, {"ii", "ie"}, {"ií", "ie"}, {"ie", "ie"}, {"ěm", ""},
                {"em", ""}, {"ovi", ""}, {"ou", "a"}, {"u", ""}, {"a", ""}, {"ě", ""}, {"e", ""}, {"y", "a"},
                {"i", "a"}, {"ího", "í"}, {"ím", "í"}, {"ům", ""}, {"ů", ""}};
        for (String[] r : rules) {
            if (ends(l, r[0])) {
                swap(w, r[0].length(), out, r[1]);
            }
        }
        if (ends(l, "a") || ends(l, "e")) {
            out.add(0, w);
        }
    }

    private static void slovene(String w, Role role, String type, List<String> out) {
        String l = w.toLowerCase(Locale.ROOT);
        if (role == Role.MODIFIER) {
            for (String[] r : new String[][] {{"ega", "o"}, {"ega", "i"}, {"emu", "i"}, {"em", "i"}, {"ih", "i"},
                    {"e", "a"}, {"o", "a"}, {"i", "a"}}) {
                if (ends(l, r[0])) {
                    swap(w, r[0].length(), out, r[1]);
                }
            }
            return;
        }
        String[][] rules = {{"eva", ""}, {"eve", ""}, {"evi", ""}, {"ovo", ""}, {"ije", "ija"}, {"ijo", "ija"},
                {"iji", "ija"}, {"om", ""}, {"em", ""}, {"u", ""}, {"a", ""}, {"e", "a"}, {"o", "a"}, {"i", "a"}};
        for (String[] r : rules) {
            if (ends(l, r[0])) {
                swap(w, r[0].length(), out, r[1]);
            }
        }
        // A bare stem may have lost the nominative's fleeting vowel ("Bruslju" → "Bruselj", "Zadru" → "Zadar",
        // "Karlovcu" → "Karlovec"), or carry the j that Slovene puts before the endings of foreign names
        // ("Pfizerja" → "Pfizer", "Generaliju" → "Generali"). Only evidence picks these.
        for (String stem : List.copyOf(out)) {
            if (w.startsWith(stem) && stem.length() < w.length()) {
                sloveneStemVariants(stem, out);
            }
        }
        if (ends(l, "a")) {
            out.add(0, w);
        }
    }

    private static void sloveneStemVariants(String stem, List<String> out) {
        String l = stem.toLowerCase(Locale.ROOT);
        int n = l.length();
        if (n < 3) {
            return;
        }
        // The last sound: "lj" and "nj" are one.
        int last = (l.endsWith("lj") || l.endsWith("nj")) && n > 3 ? n - 2 : n - 1;
        if (!isSloveneVowel(l.charAt(last - 1)) && !isSloveneVowel(l.charAt(last)) && l.charAt(last - 1) != 'j') {
            for (String vowel : new String[] {"e", "a"}) {
                String c = stem.substring(0, last) + vowel + stem.substring(last);
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        if (l.charAt(n - 1) == 'j' && (l.charAt(n - 2) == 'r' || isSloveneVowel(l.charAt(n - 2)))) {
            String c = stem.substring(0, n - 1);
            if (!out.contains(c)) {
                out.add(c);
            }
        }
    }

    private static boolean isSloveneVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Bulgarian names do not decline; adjectives and nouns in them carry the definite article. */
    private static void bulgarian(String w, Role role, List<String> out) {
        String l = w.toLowerCase(Locale.ROOT);
        if (role == Role.MODIFIER) {
            if (ends(l, "ският") || ends(l, "цкият") || ends(l, "ният")) {
                swap(w, 2, out, "");
            } else if (ends(l, "ския") || ends(l, "цкия") || ends(l, "ния")) {
                swap(w, 1, out, "");
            } else if (ends(l, "ската") || ends(l, "цката") || ends(l, "ната") || ends(l, "ското") || ends(l, "ното")
                    || ends(l, "ските") || ends(l, "ните") || ends(l, "ената")) {
                swap(w, 2, out, "");
            }
        } else if (ends(l, "ията") || ends(l, "ата") && l.length() > 6) {
            swap(w, 2, out, "");
        } else if (ends(l, "ът") && l.length() > 5) {
            swap(w, 2, out, "");
        }
    }

    /**
     * Bulgarian's short article on a masculine noun ("Брекзита", "Европарламента"), which also ends a
     * feminine nominative ("Москва"): the noun without it where the document writes that, else null.
     * Only the document is asked: the day's join for every such noun cost 6% of the stage.
     */
    private static String bulgarianShortArticle(String w, Role role, Predicate<String> attested) {
        String l = w.toLowerCase(Locale.ROOT);
        if (role != Role.HEAD || !ends(l, "а") || isVowel(l, l.length() - 2) || l.length() <= 5) {
            return null;
        }
        String stem = w.substring(0, w.length() - 1);
        return attested.test(stem) ? stem : null;
    }

    private static boolean endsGenitiveA(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 3 && isCyrillic(l) && l.endsWith("а") && !isVowel(l, l.length() - 2)
                && !l.endsWith("ова") && !l.endsWith("ева") && !l.endsWith("ина") && !l.endsWith("ская");
    }

    /** The head of a name: its first word that is not an adjective (every word of a person's name). */
    private static int headOf(List<String> words, String type) {
        if ("PER".equals(type)) {
            return words.size() - 1;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (!isAdjective(words.get(i))) {
                return i;
            }
        }
        return words.size() - 1;
    }

    // Compiled once: String.matches compiled them on every call (7% of the tag stage's CPU).
    private static final Pattern CYRILLIC_ADJECTIVE = Pattern.compile(
            "(ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их|ски|ския|ският|ска|ската|ско|ското|цки|ния|ният|на|ната|ний|ня|нє|ої|ну)$");
    private static final Pattern LATIN_ADJECTIVE = Pattern.compile(
            "(sk|ck|n|w|ow|ev|ov|ých|ejsk|ensk|ansk|ock|ál|iln|ičn|ijsk|asn|ní|ký)(a|i|y|ie|iej|ej|ą|ego|emu|ym|im|é|á|ý|ého|ému|ou|ým|o|e|ega|em|ih)$");
    private static final Pattern SOFT_STEM_CASE = Pattern.compile("[kg](iej|iego|iemu|im|ą|ie)$");
    private static final Pattern PLACE_NOUN = Pattern.compile("(ija|ia|ja)$");
    private static final Pattern LATIN_ADJECTIVE_CASE = Pattern.compile(
            "([^i]ej|iej|[^i]ego|emu|ých|ého|ému|ské|ská|ský|kiej|kiego|nej|nego|wej|wego)$");

    static boolean isAdjective(String w) {
        return ADJECTIVES.get(w, null);
    }

    private static final WordMemo<Boolean> ADJECTIVES = new WordMemo<>((w, unused) -> endsLikeAdjective(w));

    private static boolean endsLikeAdjective(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return endsWith(CYRILLIC_ADJECTIVE, l)
                || endsWith(LATIN_ADJECTIVE, l) && !endsWith(PLACE_NOUN, l)
                || endsWith(LATIN_ADJECTIVE_CASE, l);
    }

    /** The longest ending any of the patterns above can match. */
    private static final int LONGEST_ENDING = 8;

    /**
     * Whether {@code pattern} (anchored with $) matches at the end of {@code s}, as ".*(...)$" did. The
     * search starts where the longest ending could: find() from the start tried every position (3% of the tag stage).
     */
    private static boolean endsWith(Pattern pattern, String s) {
        return pattern.matcher(s).region(Math.max(0, s.length() - LONGEST_ENDING), s.length()).find();
    }

    private static boolean isParticle(String w) {
        return w.equals("де") || w.equals("фон") || w.equals("ван") || w.equals("ал") || w.equals("бин");
    }

    private static void swap(String w, int cut, List<String> out, String... endings) {
        String stem = w.substring(0, w.length() - cut);
        for (String e : endings) {
            String c = stem + e;
            if (!out.contains(c) && c.length() > 1) {
                out.add(c);
            }
        }
    }

    private static boolean ends(String l, String suffix) {
        return l.length() > suffix.length() + 1 && l.endsWith(suffix);
    }

    private static boolean isVowel(String l, int i) {
        return i >= 0 && "аеёиоуыэюяіїєъь".indexOf(l.charAt(i)) >= 0;
    }

    static boolean isCyrillic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpper(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
    }
}
