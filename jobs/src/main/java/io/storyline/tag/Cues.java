package io.storyline.tag;

import java.util.Arrays;
import java.util.Set;

/** Per-language context words: titles before person names, and capitalised words that are not names. */
final class Cues {
    private Cues() {}

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Words (lower case) that put a person's name after them. */
    static final Set<String> PERSON_TITLES = words(
            // en
            "mr", "mrs", "ms", "dr", "president", "minister", "chancellor", "senator", "premier", "secretary", "king",
            "queen", "prince", "pope", "general", "judge", "mayor", "sir", "lady", "lord", "spokesman", "spokeswoman",
            // ru
            "президент", "президента", "президентом", "президенту", "премьер", "премьера", "премьер-министр",
            "премьер-министра", "министр", "министра", "министром", "канцлер", "канцлера", "глава", "главы", "лидер",
            "лидера", "господин", "госпожа", "г-н", "г-жа", "генсек", "генсека", "король", "королева", "папа", "мэр",
            "спикер", "депутат", "посол", "пресс-секретарь", "председатель", "судья", "госсекретарь", "госсекретаря",
            // uk
            "президент", "президента", "прем'єр", "прем'єр-міністр", "міністр", "міністра", "канцлер", "голова",
            "лідер", "пан", "пані", "посол", "речник", "мер", "держсекретар",
            // bg
            "президентът", "премиерът", "премиера", "министър", "министърът", "министъра", "канцлерът", "лидерът",
            "лидера", "г-н", "г-жа", "председателят", "председателя", "кралица", "кралица", "посланик", "кметът",
            "говорител", "говорителят", "депутатът", "премиер", "министър-председателят", "министър-председател",
            "еврокомисар", "държавен", "съдия",
            // de
            "herr", "frau", "präsident", "präsidenten", "kanzler", "kanzlerin", "ministerin", "bundeskanzlerin",
            "bundeskanzler", "regierungschef", "regierungschefin", "papst", "könig", "königin", "sprecher", "sprecherin",
            // fr
            "m", "mme", "monsieur", "madame", "président", "présidente", "ministre", "chancelière", "roi", "reine",
            "pape", "porte-parole", "premier");

    /** Endings of compound titles ("Verteidigungsminister", "EZB-Direktor", "еврокомисар"). */
    private static final String[] TITLE_ENDINGS = {"minister", "ministerin", "direktor", "direktorin", "kommissar",
            "kommissarin", "präsident", "präsidentin", "chef", "chefin", "vorstand", "sprecher", "sprecherin",
            "vorsitzende", "vorsitzender", "führer", "führerin", "abgeordnete", "abgeordneter", "commissioner", "министър", "комисар",
            "министр", "міністр"};

    /** Whether a word is a title before a person's name, simple or compound. */
    static boolean isTitle(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (PERSON_TITLES.contains(lower)) {
            return true;
        }
        for (String ending : TITLE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words that start sentences or titles and name nothing. */
    static final Set<String> NOT_NAMES = words(
            // en
            "the", "a", "an", "i", "in", "on", "at", "but", "and", "or", "it", "he", "she", "they", "we", "you", "this",
            "that", "these", "those", "there", "his", "her", "their", "our", "my", "as", "for", "if", "when", "after",
            "before", "while", "with", "by", "from", "to", "of", "so", "yet", "no", "not", "yes", "mr", "mrs", "ms", "dr",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "read", "more", "also", "however", "meanwhile", "according", "photo", "video", "update",
            // de
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "und", "oder", "aber", "er", "sie", "es",
            "wir", "ihr", "im", "am", "auf", "mit", "von", "zu", "bei", "nach", "für", "über", "auch", "doch", "wie",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar",
            "märz", "mai", "juni", "juli", "oktober", "dezember", "herr", "frau", "euro", "milliarden", "millionen",
            "prozent", "uhr",
            // fr
            "le", "la", "les", "un", "une", "des", "du", "et", "ou", "mais", "il", "elle", "ils", "elles", "nous", "vous",
            "dans", "sur", "avec", "pour", "par", "selon", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "m", "mme",
            // ru, uk, bg function words that open sentences
            "в", "во", "на", "и", "а", "но", "по", "с", "со", "к", "о", "об", "от", "до", "из", "за", "для", "при", "это",
            "этот", "эта", "эти", "как", "так", "что", "он", "она", "они", "мы", "вы", "я", "его", "ее", "её", "их",
            "не", "ни", "же", "ли", "бы", "уже", "еще", "ещё", "также", "кроме", "после", "перед", "когда", "если",
            "сми", "у", "та", "те", "однако", "позже", "ранее", "затем", "сегодня", "вчера", "завтра", "теперь", "сейчас",
            "тогда", "напомним", "согласно", "поэтому", "пожалуйста", "накануне", "пока", "сначала", "впрочем", "кстати",
            "отмечается", "ожидается", "между", "среди", "после", "несмотря", "фото", "видео", "источник", "читайте",
            "проте", "однак", "раніше", "сьогодні", "зараз", "тоді", "також", "нагадаємо", "згідно",
            "обаче", "днес", "вчера", "сега", "тогава", "също", "освен", "според", "снимка",
            "według", "jak", "po", "mimo", "tymczasem", "poniżej", "teraz", "od", "jednak", "wcześniej", "tak", "wśród",
            "natomiast", "zobacz", "czytaj", "podczas", "co", "choć", "jeśli", "jeżeli", "dlatego", "jednocześnie",
            "oczywiście", "gdyby", "ta", "ten", "to", "jego", "jej", "ich", "foto", "źródło", "nie", "się", "na", "w", "z",
            "podle", "ale", "jak", "také", "však", "když", "pokud", "proto", "zatím", "dnes", "včera", "po", "ve", "za",
            "pa", "ko", "tudi", "vendar", "danes", "včeraj", "zato", "po", "med", "kot", "то", "той", "тем", "там", "тут", "здесь", "вот", "все", "всё", "весь", "сам", "сама",
            "і", "й", "та", "але", "це", "цей", "ця", "ці", "він", "вона", "вони", "ми", "ви", "що", "як", "також",
            "із", "зі", "від", "для", "під", "після", "щодо", "через",
            "във", "за", "от", "със", "че", "но", "той", "тя", "те", "ние", "вие", "тази", "този", "това", "тези",
            "след", "преди", "според", "както", "като", "според", "още", "вече", "също", "при", "над", "под", "между");
}
