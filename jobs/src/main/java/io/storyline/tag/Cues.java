package io.storyline.tag;

import io.storyline.text.StopWords;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Per-language context words: titles before person names, capitalised words that are not names, and
 * the words that type a name: organisation and place nouns, legal forms, surname endings.
 */
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
            "chief", "justice", "governor", "gov", "sen", "rep", "representative", "councilman", "councilwoman",
            "councillor", "councilor", "attorney", "commissioner", "chairman", "chairwoman", "director", "ceo",
            "professor", "prof", "rev", "reverend", "bishop", "archbishop", "cardinal", "ambassador", "sheriff",
            "inspector", "detective", "sergeant", "sgt", "captain", "lieutenant", "colonel", "deputy",
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
            "dr", "bürgermeister", "bürgermeisterin", "landrat", "landrätin", "richter", "richterin",
            // fr
            "m", "mme", "monsieur", "madame", "président", "présidente", "ministre", "chancelière", "roi", "reine",
            "pape", "porte-parole", "premier", "me", "maître", "docteur", "général", "juge", "maire", "député",
            "sénateur", "ambassadeur", "professeur", "pr", "commissaire", "procureur", "directeur", "directrice",
            // pl
            "pan", "pani", "prezydent", "prezydenta", "premiera", "ministra", "kanclerz", "papież", "papieża", "król",
            "króla", "królowa", "królowej", "książę", "prezes", "prezesa", "rzecznik", "rzecznika", "rzeczniczka", "szef",
            "szefa", "szefowa", "sekretarz", "sekretarza", "poseł", "posła", "posłanka", "sędzia", "burmistrz",
            "ambasador", "ambasadora", "generał",
            // cs
            "paní", "prezident", "prezidenta", "prezidentka", "premiér", "premiéra", "premiérka", "premiérky",
            "ministryně", "kancléř", "kancléřka", "papež", "papeže", "král", "krále", "královna", "princ", "mluvčí",
            "mluvčího", "předseda", "předsedy", "předsedkyně", "šéf", "šéfa", "šéfka", "poslanec", "poslance",
            "poslankyně", "senátor", "soudce", "starosta", "velvyslanec", "generál",
            // sl
            "gospod", "gospa", "predsednik", "predsednika", "predsednica", "premierka", "ministrica", "kancler",
            "kanclerka", "papeža", "kralj", "kralja", "kraljica", "vodja", "vodje", "poslanka", "poslanca", "sodnik",
            "župan", "veleposlanik");

    /** Titles of courtesy, crowns and churches (lower case): a person follows them, never an office's organisation. */
    // English ones too: Slavic news writes "Prince Harry", "Sir Keir", "Lord Frost" as the English do.
    private static final Set<String> PERSON_ONLY_TITLES = words("mr", "mrs", "ms", "sir", "lady", "lord", "king", "queen",
            "prince", "pope", "господин", "госпожа", "г-н", "г-жа", "король", "королева", "папа", "пан", "пані", "pan", "pani",
            "papież", "papieża", "król", "króla", "królowa", "królowej", "książę", "paní", "papež", "papeže", "král", "krále",
            "královna", "princ", "gospod", "gospa", "papeža", "kralj", "kralja", "kraljica");

    /** Titles of a state's, a region's or a town's head (lower case), whose office is named by its place ("premier Bawarii"). */
    private static final Set<String> PLACE_OFFICE_TITLES = words("президент", "президента", "президентом", "президенту",
            "премьер", "премьера", "премьер-министр", "премьер-министра", "канцлер", "канцлера", "мэр", "прем'єр",
            "прем'єр-міністр", "мер", "prezydent", "prezydenta", "premier", "premiera", "kanclerz", "burmistrz", "prezident",
            "prezidenta", "prezidentka", "premiér", "premiéra", "premiérka", "premiérky", "kancléř", "kancléřka", "starosta",
            "premierka", "kancler", "kanclerka", "župan");

    /**
     * The type of a lone word that no evidence types, right after {@code title}, in a language that says "of" by the
     * genitive: a person after a courtesy or a crown ("pan Johnson", "papież Franciszek"), a place after the title of
     * a state's or a town's head ("premier Bawarii", "prezydent Poznania"), the organisation after any other office's
     * ("глава Минздрава", "prezes Ryanaira", "mluvčí Ryanair").
     */
    static String afterTitleType(String title) {
        String lower = title.toLowerCase(java.util.Locale.ROOT);
        return PERSON_ONLY_TITLES.contains(lower) ? "PER" : PLACE_OFFICE_TITLES.contains(lower) ? "LOC" : "ORG";
    }

    /**
     * Titles read only in their own language's documents: elsewhere they are given names or common words ("Regina",
     * German "Papa", "General" is one everywhere). Turkish compound titles end in the endings below ("Dışişleri Bakanı").
     */
    private static final Map<String, Set<String>> TITLES_OF_LANGUAGE = Map.of(
            "es", words("presidente", "presidenta", "ministro", "ministra", "canciller", "rey", "reina", "papa", "señor",
                    "señora", "doña", "alcalde", "alcaldesa", "portavoz", "secretario", "secretaria", "juez", "jueza", "senador",
                    "senadora", "diputado", "diputada", "embajador", "embajadora", "gobernador", "gobernadora", "príncipe",
                    "princesa"),
            "it", words("presidente", "ministro", "cancelliere", "regina", "papa", "signor", "signora", "sindaco", "portavoce",
                    "segretario", "giudice", "senatore", "deputato", "deputata", "ambasciatore", "generale", "governatore",
                    "principe", "principessa"),
            "tr", words("başbakan", "bakan", "başkan", "sözcü", "büyükelçi", "büyükelçisi", "vali", "valisi", "lider",
                    "lideri", "kral", "kraliçe", "milletvekili", "prens"));

    /** Endings of compound titles ("Verteidigungsminister", "EZB-Direktor", "еврокомисар"). */
    private static final String[] TITLE_ENDINGS = {"minister", "ministerin", "direktor", "direktorin", "kommissar",
            "kommissarin", "präsident", "präsidenten", "präsidentin", "chef", "chefin", "vorstand", "sprecher", "sprecherin",
            "vorsitzende", "vorsitzender", "führer", "führerin", "abgeordnete", "abgeordneter", "bürgermeister", "bürgermeisterin",
            "hauptmann", "hauptfrau", "landrat", "landrätin", "commissioner", "министър", "комисар",
            "министр", "міністр", "bakanı", "başkanı", "sözcüsü", "yardımcısı", "sekreteri"};

    /**
     * The words of English government portfolios, which go on a minister's or secretary's title after its "of"
     * ("Secretary of State", "Minister of Foreign Affairs", "Chancellor of the Exchequer"): part of the title, no name.
     */
    private static final Set<String> ENGLISH_PORTFOLIOS = Set.of("state", "defence", "defense", "foreign", "affairs", "exchequer",
            "homeland", "security", "finance", "health", "education", "interior", "transport", "transportation", "energy",
            "commerce", "labor", "labour", "agriculture", "treasury", "trade", "environment", "housing", "culture", "veterans", "war",
            "staff");

    static boolean isEnglishPortfolio(String word) {
        return ENGLISH_PORTFOLIOS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is a title before a person's name, simple or compound, in a document of {@code lang}. */
    static boolean isTitle(String word, String lang) {
        // "M.", "Dr.": NameTokens keeps the point of an initial or an abbreviation with its word.
        String lower = (word.endsWith(".") ? word.substring(0, word.length() - 1) : word).toLowerCase(java.util.Locale.ROOT);
        if (PERSON_TITLES.contains(lower) || TITLES_OF_LANGUAGE.getOrDefault(lang, Set.of()).contains(lower)) {
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
            // currencies by name ("60 Milliarden Yen"): amounts, not names; not "Dollar", which names books and shops
            "yen", "pfund", "rubel",
            // fr
            "le", "la", "les", "un", "une", "des", "du", "et", "ou", "mais", "il", "elle", "ils", "elles", "nous", "vous",
            "dans", "sur", "avec", "pour", "par", "selon", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "m", "mme",
            // French adverbs and conjunctions that open sentences, which Snowball's list leaves out
            "si", "alors", "comme", "quand", "lorsque", "puis", "ainsi", "depuis", "pendant", "après", "avant", "entre",
            "chez", "vers", "cependant", "pourtant", "donc", "enfin", "aussi", "encore", "déjà", "très", "tout", "tous",
            "toute", "toutes", "dont", "où", "voici", "voilà",
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
            "след", "преди", "според", "както", "като", "според", "още", "вече", "също", "при", "над", "под", "между",
            // ISO 4217 codes of frequent currencies: amounts and exchange rates ("EUR/USD"), not names (not RON: "Ron Klain")
            "usd", "eur", "gbp", "jpy", "chf", "cny", "pln", "czk", "huf", "bgn", "rub", "uah", "sek", "nok", "dkk",
            "cad", "aud", "kč",
            // abbreviations of common nouns: GDP, VAT, DNA and RNA, PCR, the media
            "gdp", "pkb", "hdp", "bdp", "bip", "pib", "ввп", "бвп", "vat", "dph", "ddv", "mwst", "tva", "ндс", "ддс", "пдв",
            "dna", "rna", "dnk", "днк", "рнк", "pcr", "пцр", "змі",
            // securities numbers: "ISIN: DE0007856023, WKN: 785602"
            "isin", "wkn");

    /** Languages whose month and weekday names {@link #NOT_NAMES} lists by hand, leaving out those that are names ("May"). */
    private static final Set<String> CURATED_CALENDARS = Set.of("en", "de", "fr");
    private static final Map<String, Set<String>> CALENDARS = new ConcurrentHashMap<>();

    /**
     * A month or weekday name of the language (lower case), from the JDK's CLDR data, in a language that
     * capitalises them (CLDR writes them so), as Turkish news does in every date ("5 Şubat", "Cuma günü"): a
     * date, not a name. Where CLDR writes them in lower case (Spanish, Polish, Russian), a capitalised one is a
     * name ("Maja") or a sentence's first word, and is left to the other rules. English, German and French take
     * {@link #NOT_NAMES}' own lists instead.
     */
    static boolean isCalendarWord(String lower, String lang) {
        if (lang == null || CURATED_CALENDARS.contains(lang)) {
            return false;
        }
        return CALENDARS.computeIfAbsent(lang, Cues::calendar).contains(lower);
    }

    private static Set<String> calendar(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        Set<String> names = new HashSet<>();
        for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
            for (Month month : Month.values()) {
                names.add(month.getDisplayName(style, locale));
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                names.add(day.getDisplayName(style, locale));
            }
        }
        Set<String> capitalised = new HashSet<>();
        for (String name : names) {
            if (Character.isUpperCase(name.codePointAt(0))) {
                capitalised.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(capitalised);
    }

    /**
     * Lucene's stop words of a language ({@link StopWords}), in every language Lucene has a list for: a sentence's
     * first word among them names nothing (Spanish "El", "Los", "En", Turkish "Bu", "Ben").
     */
    static boolean isStopWord(String lower, String lang) {
        CharArraySet words = StopWords.of(lang);
        // Snowball writes the straight apostrophe; news writes "I’ve" too.
        return words != null && words.contains(lower.replace('’', '\''));
    }

    /**
     * Nouns that head organisation names, per language in their base forms: inside a name ("Partia
     * Pracy", "Bank of England", "Европейская комиссия") or as the word before it ("авиакомпания
     * Ryanair"). Matched by the language's match stem, so inflected forms meet them.
     */
    private static final Map<String, Set<String>> ORGANISATION_NOUNS = stemmed(Map.ofEntries(
            Map.entry("en", "party parliament council commission committee court union ministry department agency bank company "
                    + "corporation group university institute association federation foundation office army police government "
                    + "league club airline airlines airways church college assembly senate congress society organisation "
                    + "organization movement front service authority board bureau fund tribunal alliance partners holdings dept "
                    + "battalion brigade regiment "
                    // Industries that end company names ("Network Rail", "Vostok Telecom", "General Motors").
                    + "energy rail railways telecom telecommunications motors pharmaceuticals semiconductors technologies "
                    + "industries logistics petroleum mining chemicals insurance electronics"),
            Map.entry("de", "partei parlament rat kommission ausschuss gericht gerichtshof union ministerium agentur bank konzern gruppe "
                    + "universität institut verband stiftung amt bundesamt regierung verein gewerkschaft fluggesellschaft kirche "
                    + "versammlung gesellschaft bewegung behörde fonds bündnis polizei telekom"),
            Map.entry("fr", "parti parlement conseil commission comité cour tribunal union ministère agence banque compagnie groupe "
                    + "université institut association fédération fondation armée police gouvernement assemblée sénat église "
                    + "société mouvement fonds alliance énergie télécom"),
            Map.entry("ru", "партия парламент совет комиссия комитет суд союз министерство агентство банк компания корпорация группа "
                    + "университет институт ассоциация федерация фонд служба армия полиция правительство лига клуб авиакомпания "
                    + "церковь ассамблея сенат конгресс общество организация движение фронт управление ведомство палата дума альянс"),
            Map.entry("uk", "партія парламент рада комісія комітет суд союз міністерство агентство банк компанія корпорація група "
                    + "університет інститут асоціація федерація фонд служба армія поліція уряд ліга клуб авіакомпанія церква "
                    + "асамблея сенат конгрес товариство організація рух фронт управління палата альянс"),
            Map.entry("bg", "партия парламент съвет комисия комитет съд съюз министерство агенция банка компания корпорация група "
                    + "университет институт асоциация федерация фондация фонд служба армия полиция правителство лига клуб "
                    + "авиокомпания църква асамблея сенат конгрес дружество организация движение фронт камара алианс"),
            Map.entry("pl", "partia parlament rada komisja komitet sąd trybunał unia ministerstwo agencja bank spółka firma koncern grupa "
                    + "uniwersytet instytut stowarzyszenie federacja fundacja fundusz urząd służba armia policja rząd liga klub "
                    + "kościół zgromadzenie senat sejm kongres towarzystwo organizacja ruch front izba związek konfederacja sojusz"),
            Map.entry("cs", "strana parlament rada komise výbor soud unie ministerstvo agentura banka společnost firma koncern skupina "
                    + "univerzita institut sdružení svaz federace nadace fond úřad služba armáda policie vláda liga klub církev "
                    + "shromáždění senát sněmovna kongres organizace hnutí fronta komora aliance"),
            Map.entry("sl", "stranka parlament svet komisija odbor sodišče unija ministrstvo agencija banka družba podjetje skupina "
                    + "univerza inštitut združenje zveza federacija fundacija sklad urad služba vojska policija vlada liga klub "
                    + "cerkev skupščina senat zbor kongres organizacija gibanje fronta zbornica zavezništvo"),
            Map.entry("es", "partido parlamento consejo comisión comité tribunal corte unión ministerio agencia banco compañía empresa "
                    + "corporación grupo universidad instituto asociación federación fundación oficina ejército policía gobierno "
                    + "liga club aerolínea iglesia asamblea senado congreso sociedad organización movimiento frente servicio "
                    + "autoridad junta fondo alianza orquesta filarmónica"),
            // Turkish names end in their noun, with its possessive ending ("Cumhuriyet Halk Partisi", "Dışişleri Bakanlığı").
            Map.entry("tr", "partisi bakanlığı üniversitesi meclisi mahkemesi bankası birliği örgütü kurulu kurumu derneği vakfı "
                    + "ajansı komisyonu konseyi parlamentosu hükümeti ordusu polisi federasyonu kulübü şirketi grubu enstitüsü "
                    + "başkanlığı müdürlüğü ittifakı belediye belediyesi valiliği"),
            Map.entry("it", "partito parlamento consiglio commissione comitato tribunale corte unione ministero agenzia banca compagnia "
                    + "società azienda gruppo università istituto associazione federazione fondazione ufficio esercito polizia "
                    + "governo lega club chiesa assemblea senato congresso organizzazione movimento fronte servizio autorità "
                    + "fondo alleanza orchestra filarmonica")));

    /** Nouns that head place names ("Morze Południowochińskie", "Downing Street", "Republika Irlandii"). */
    private static final Map<String, Set<String>> PLACE_NOUNS = stemmed(Map.ofEntries(
            Map.entry("en", "river sea ocean lake mountain mountains island islands street square bay gulf valley desert peninsula "
                    + "strait canal airport province region county republic kingdom city"),
            Map.entry("de", "fluss meer ozean berg insel straße platz bucht tal wüste halbinsel kanal flughafen provinz region republik "
                    + "königreich stadt"),
            Map.entry("fr", "fleuve rivière mer océan lac mont montagne île rue baie golfe vallée désert péninsule détroit canal aéroport "
                    + "province région république royaume ville"),
            Map.entry("ru", "река море океан озеро гора горы остров острова улица площадь залив долина пустыня полуостров пролив канал "
                    + "аэропорт провинция регион область край республика королевство город"),
            Map.entry("uk", "річка море океан озеро гора гори острів острови вулиця площа затока долина пустеля півострів протока канал "
                    + "аеропорт провінція регіон область республіка королівство місто"),
            Map.entry("bg", "река море океан езеро планина остров острови улица площад залив долина пустиня полуостров проток канал "
                    + "летище провинция регион област република кралство град"),
            Map.entry("pl", "rzeka morze ocean jezioro góra góry wyspa wyspy ulica plac zatoka dolina pustynia półwysep cieśnina kanał "
                    + "lotnisko prowincja region województwo republika królestwo miasto"),
            Map.entry("cs", "řeka moře oceán jezero hora hory ostrov ostrovy ulice náměstí záliv údolí poušť poloostrov průliv kanál "
                    + "letiště provincie region kraj republika království město"),
            Map.entry("sl", "reka morje ocean jezero gora gore otok otoki ulica trg zaliv dolina puščava polotok preliv kanal letališče "
                    + "provinca regija republika kraljestvo mesto"),
            Map.entry("es", "río mar océano lago monte montaña montañas isla islas calle plaza bahía golfo valle desierto península "
                    + "estrecho canal aeropuerto provincia región república reino ciudad"),
            Map.entry("it", "fiume mare oceano lago monte montagna montagne isola isole via piazza baia golfo valle deserto penisola "
                    + "stretto canale aeroporto provincia regione repubblica regno città"),
            Map.entry("tr", "nehri denizi okyanusu gölü dağı dağları adası adaları caddesi sokağı meydanı körfezi vadisi çölü "
                    + "yarımadası boğazı kanalı havalimanı havaalanı bölgesi cumhuriyeti krallığı şehri kenti")));

    /**
     * Nouns of newspapers, broadcasters and websites, which corpora type as products (MISC here): inside
     * a name ("Sky News", "Süddeutsche Zeitung") or as the word before it ("газета «Ведомости»").
     */
    private static final Map<String, Set<String>> MEDIA_NOUNS = stemmed(Map.ofEntries(
            Map.entry("en", "news times post journal telegraph herald gazette tribune chronicle daily magazine newspaper tv television "
                    + "radio channel broadcaster"),
            Map.entry("de", "zeitung rundschau nachrichten magazin fernsehen rundfunk sender tv radio"),
            Map.entry("fr", "journal quotidien hebdomadaire magazine télévision radio chaîne tv"),
            Map.entry("ru", "газета новости телеканал тв радио журнал издание"),
            Map.entry("uk", "газета новини телеканал тв радіо журнал видання"),
            Map.entry("bg", "вестник новини телевизия тв радио списание"),
            Map.entry("pl", "gazeta dziennik tygodnik wiadomości telewizja stacja tv radio magazyn portal"),
            Map.entry("cs", "noviny deník týdeník zprávy televize stanice rozhlas tv časopis magazín portál"),
            Map.entry("sl", "časopis dnevnik tednik novice televizija tv radio revija portal"),
            Map.entry("es", "periódico diario semanario revista televisión radio cadena canal noticias"),
            Map.entry("it", "giornale quotidiano settimanale rivista televisione radio rete canale notizie"),
            Map.entry("tr", "gazetesi televizyonu radyosu dergisi")));

    /** Endings German nouns take in names (plural, genitive, dative). Declared before {@link #HEAD_NOUNS}, which reads it. */
    private static final String[] GERMAN_ENDINGS = {"", "e", "s", "es", "n", "en"};

    /**
     * Nouns that head names of places, organisations and events but may also be a surname or a given name
     * ("Forest", "Park", "Guerra"): read only at a name's head, its last word where names end in their noun
     * (English, German, Turkish) and its first where they open with it (French, Spanish, Italian), and only
     * when no given name or initial opens the name. English ones count in every Latin-script language's news
     * ("Harvard Business School").
     */
    private static final Map<String, Map<String, String>> HEAD_NOUNS = Map.of(
            "en", headNouns("en", Map.of(
                    "LOC", "park forest beach coast avenue road boulevard bridge station district village town township hills "
                            + "heights harbour harbor creek canyon falls lodge st ave rd blvd arena stadium plaza mall tower",
                    "ORG", "school hospital academy clinic museum",
                    "MISC", "games olympics summit cup championship championships festival conference awards award prize war "
                            + "parade marathon expo act show")),
            "de", headNouns("de", Map.of(
                    "LOC", "park wald strand küste brücke bahnhof hafen viertel bezirk landkreis kreis allee gasse",
                    "ORG", "schule hochschule klinik klinikum krankenhaus akademie museum",
                    "MISC", "spiele gipfel pokal meisterschaft festival konferenz krieg")),
            "fr", headNouns("fr", Map.of(
                    "LOC", "parc gare avenue boulevard pont quartier place forêt plage côte port village département arrondissement",
                    "ORG", "école hôpital lycée académie musée clinique communauté mairie",
                    "MISC", "sommet jeux coupe championnat festival conférence prix guerre salon")),
            "es", headNouns("es", Map.of(
                    "LOC", "parque avenida barrio puente estación playa costa bosque palacio colonia municipio zona cueva",
                    "ORG", "escuela hospital colegio liceo academia museo clínica secretaría ayuntamiento fiscalía procuraduría "
                            + "bloque cártel cartel",
                    "MISC", "cumbre juegos copa campeonato festival conferencia premio guerra")),
            "it", headNouns("it", Map.of(
                    "LOC", "parco viale corso ponte stazione quartiere spiaggia costa bosco palazzo zona",
                    "ORG", "scuola liceo ospedale accademia museo clinica procura",
                    "MISC", "vertice giochi coppa campionato festival conferenza premio guerra")),
            "tr", headNouns("tr", Map.of(
                    "LOC", "parkı mahallesi bulvarı köprüsü istasyonu ilçesi köyü sahili ormanı limanı",
                    "ORG", "hastanesi okulu lisesi akademisi müzesi savcılığı havayolları gözlemevi",
                    "MISC", "zirvesi oyunları kupası şampiyonası festivali konferansı ödülü savaşı")));

    /** Type by key from space-separated word lists by type, each word under the keys {@code keysOf} gives it. */
    private static Map<String, String> typeByWord(Map<String, String> listsByType, Function<String, List<String>> keysOf) {
        Map<String, String> typeOf = new HashMap<>();
        listsByType.forEach((type, list) -> {
            for (String w : list.split(" ")) {
                keysOf.apply(w).forEach(key -> typeOf.put(key, type));
            }
        });
        return Map.copyOf(typeOf);
    }

    private static Map<String, String> headNouns(String lang, Map<String, String> listsByType) {
        // German by its forms, not its stems: the stemmer folds umlauts, and "Schüle" (a surname) is no "Schule".
        return typeByWord(listsByType, w -> "de".equals(lang)
                ? Arrays.stream(GERMAN_ENDINGS).map(ending -> w + ending).toList() : List.of(Stems.of(w, lang)));
    }

    /** Languages whose names open with their noun ("Gare du Nord", "Palacio Nacional"). */
    private static final Set<String> HEAD_FIRST = Set.of("fr", "es", "it", "pt");

    /**
     * The type the head noun of a name of two or more words gives it (see {@link #HEAD_NOUNS}), else null.
     * German compounds count by their last part ("Hangstraße", "Universitätsklinikum", "Weltmeisterschaft"),
     * and a German name's first word counts too.
     */
    static String headNounType(String first, String last, String lang) {
        Map<String, String> own = HEAD_NOUNS.get(lang);
        String type = own == null ? null : own.get(headKey(HEAD_FIRST.contains(lang) ? first : last, lang));
        if (type == null && "de".equals(lang)) {
            // German names also open with their noun before a place ("Flughafen Frankfurt", "Universitätsklinikum St. Pölten").
            type = germanCompoundType(last);
            if (type == null) {
                type = own.getOrDefault(headKey(first, lang), germanCompoundType(first));
            }
        }
        if (type == null && !"en".equals(lang) && !BaseForms.isCyrillic(last)) {
            type = HEAD_NOUNS.get("en").get(headKey(last, "en"));
        }
        String bare = type == null && "tr".equals(lang) ? turkishWithoutCase(last) : null;
        return bare != null ? own.get(bare) : type;
    }

    private static String headKey(String word, String lang) {
        // An abbreviated head keeps its point in the name ("Hertel Ave.", "Tonawanda St."); the lists hold it without.
        String bare = withoutPoint(word);
        return "de".equals(lang) ? bare.toLowerCase(Locale.ROOT) : Stems.of(bare, lang);
    }

    /** A word less the final point of an abbreviation ("Ave." is "Ave"); a letter and its point stay an initial. */
    private static String withoutPoint(String word) {
        return word.length() > 2 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /** The type a German compound's last part gives it ("Hangstraße", "Uniklinikum", "Olympischen Spiele" aside). */
    static String germanCompoundType(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : GERMAN_COMPOUND_ENDS.entrySet()) {
            if (lower.length() >= e.getKey().length() + 3 && lower.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static final Map<String, String> GERMAN_COMPOUND_ENDS = Map.ofEntries(
            Map.entry("straße", "LOC"), Map.entry("strasse", "LOC"), Map.entry("platz", "LOC"), Map.entry("allee", "LOC"),
            Map.entry("gasse", "LOC"), Map.entry("brücke", "LOC"), Map.entry("bahnhof", "LOC"), Map.entry("flughafen", "LOC"),
            Map.entry("klinik", "ORG"), Map.entry("klinikum", "ORG"), Map.entry("krankenhaus", "ORG"), Map.entry("schule", "ORG"),
            Map.entry("universität", "ORG"), Map.entry("akademie", "ORG"),
            Map.entry("gipfel", "MISC"), Map.entry("spiele", "MISC"), Map.entry("meisterschaft", "MISC"), Map.entry("pokal", "MISC"),
            Map.entry("konferenz", "MISC"), Map.entry("krieg", "MISC"));

    /**
     * Words that open names of a kind, lower case. Places: a compass point or a part ("Central Ohio", "Western
     * Balkans", Turkish "Güney Amerika"), a kind of place ("Mount Kenya", "Cape Cod", "Fort Worth", "Lago
     * Maggiore"), a saint's title ("San Francisco", "St. Louis", "Sankt Gallen"), "new" ("Nuevo León") or a
     * Spanish article ("Los Angeles", "Las Vegas"). Events: a storm ("Hurricane Maria"). The Latin-script list
     * counts in every Latin-script language's news.
     */
    private static final Map<String, Map<String, String>> NAME_OPENERS = Map.of(
            "latin", typeByWord(Map.of(
                    "LOC", "north south east west northern southern eastern western central northeast northwest southeast "
                            + "southwest northeastern northwestern southeastern southwestern upper lower greater inner outer "
                            + "mount mt. cape fort port lake saint sainte st. ste. sankt san santa santo são los las puerto porto "
                            + "cabo monte mont lago lac isla isola île nuevo nueva nuovo nuova",
                    "MISC", "hurricane typhoon cyclone huracán tifón ouragan typhon uragano hurrikan taifun"), List::of),
            "de", typeByWord(Map.of("LOC", "bad"), List::of),
            "tr", typeByWord(Map.of("LOC", "kuzey güney doğu batı orta iç kuzeybatı kuzeydoğu güneybatı güneydoğu"), List::of));

    /**
     * Compass points and the centre as adjectives in the Slavic languages, in every case and gender, with Polish
     * abbreviations with their point ("Płn.", "Płd.", "Pd."; "Płn" also without), also compounded ("Югоизточна", "Środkowowschodniej"; with a hyphen, see below): a region's mark
     * before or after its noun ("Източна Европа", "Irlandia Północna", "Korea Płn.", "Severní Irsko"). Whole words
     * only: a person's name never takes one.
     */
    private static final Map<String, Pattern> COMPASS_ADJECTIVES = Map.of(
            "bg", Pattern.compile("(юго|северо)?(източн|западн|северн|южн|централн|средн)(а|и|о|ата|ия|ият|ите|ото)|(юго|северо)?(източ|запад|север|юж|централ|сред)ен"),
            "ru", Pattern.compile("(восточн|западн|северн|южн|центральн)(ая|ой|ую|ый|ого|ому|ом|ым|ое|ые|ых|ыми)|средн(яя|ей|юю|ий|его|ему|ем|им|ее|ие|их|ими)"),
            "uk", Pattern.compile("(східн|західн|північн|південн|центральн|середн)(а|ої|ій|у|ою|ий|ого|ому|им|ім|е|і|их|ими|я|ю|ього|ьому)"),
            "pl", Pattern.compile("(północno|południowo|środkowo)?((wschodni|zachodni)(a|ej|ą|e|ego|emu|m|ch|mi)?|(północn|południow|środkow|centraln)(a|ej|ą|e|y|ego|emu|ym|ych|ymi|i))|płn\\.?|płd\\.?|pd\\.|wsch\\.|zach\\."),
            "cs", Pattern.compile("(severo|jiho|středo)?(východn|západn|severn|jižn|středn|centráln)(í|ího|ímu|ím|ích|ími)"),
            "sl", Pattern.compile("(severo|jugo|srednje)?(vzhodn|zahodn|severn|južn|srednj|centraln)(a|e|i|o|ega|emu|em|im|ih|ima|imi)"));

    /** Whether {@code word} (or its last part after a hyphen: "Środkowo-Wschodnia") is a compass adjective of {@code lang}. */
    static boolean isCompassAdjective(String word, String lang) {
        Pattern pattern = COMPASS_ADJECTIVES.get(lang);
        return pattern != null && pattern.matcher(word.substring(word.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT)).matches();
    }

    /** The type of a name of two or more words by its first word (see {@link #NAME_OPENERS}), else null. */
    static String openerType(String first, String lang) {
        String lower = first.toLowerCase(Locale.forLanguageTag(lang == null ? "en" : lang));
        Map<String, String> own = NAME_OPENERS.get(lang);
        String type = own == null ? null : own.get(lower);
        return type != null || BaseForms.isCyrillic(first) ? type : NAME_OPENERS.get("latin").get(lower);
    }

    /**
     * Prepositions of time, which put an event right after them ("след Брекзит", "во время Олимпиады"): only those
     * that are never spatial nor conjunctions ("after", "po", "nach", "przed" are both, and open persons and
     * places as often), lower case; a two-word one as "first second".
     */
    private static final Map<String, Set<String>> TIME_PREPOSITIONS = Map.of(
            "en", words("during", "amid"),
            "de", words("während"),
            "fr", words("pendant", "lors de", "lors du"),
            "ru", words("после", "накануне", "во время"),
            "uk", words("після", "напередодні", "під час"),
            "bg", words("след", "преди", "време на"),
            "pl", words("podczas"),
            "cs", words("během"));

    /** Whether the word before a name ({@code previous}, after {@code beforePrevious}, may be null) is a preposition of time. */
    static boolean isTimePreposition(String beforePrevious, String previous, String lang) {
        Set<String> words = TIME_PREPOSITIONS.get(lang);
        if (words == null) {
            return false;
        }
        String last = previous.toLowerCase(Locale.ROOT);
        return words.contains(last) || beforePrevious != null && words.contains(beforePrevious.toLowerCase(Locale.ROOT) + " " + last);
    }

    /** Legal forms of companies and clubs, lower case without dots ("AG", "GmbH", "S.A.", "ООО", "d.o.o.", "FC"). */
    private static final Set<String> LEGAL_FORMS = words("ag", "se", "gmbh", "kgaa", "ltd", "plc", "inc", "llc", "corp",
            "sa", "spa", "srl", "nv", "bv", "oy", "oyj", "asa", "lp", "llp", "ооо", "оао", "зао", "пао", "ад", "еад", "оод", "еоод", "тов",
            "пат", "sro", "doo", "dd",
            // Sports clubs' forms, before or after the name ("FC Bayern", "VfL Wolfsburg", "AC Milan", "Leeds United AFC").
            "fc", "afc", "cf", "ac", "ssc", "vfl", "vfb", "tsg", "fk", "nk");

    // Surnames in Latin script: Czech and Slovak -ová (all cases), Polish -ski/-cki/-dzki and -wicz
    // (all cases), South Slavic -ić/-ič. Words written so are rarely anything else when capitalised.
    private static final Pattern LATIN_SURNAME = Pattern.compile(
            "(?:ov(?:á|é|ou|ej)|(?:s|c|dz)k(?:i|a|iego|iemu|im|iej|ą)|wicz(?:a|owi|em|u)?|i[ćč](?:a|u|em|om)?)$");

    private static Map<String, Set<String>> stemmed(Map<String, String> byLanguage) {
        Map<String, Set<String>> out = new HashMap<>();
        byLanguage.forEach((lang, list) -> {
            Set<String> stems = new HashSet<>();
            for (String w : list.split(" ")) {
                stems.add(Stems.of(w, lang));
            }
            out.put(lang, Set.copyOf(stems));
        });
        return Map.copyOf(out);
    }

    /**
     * The type a noun gives the names it heads or precedes: "ORG" for an organisation noun, "LOC" for a
     * place noun, "MISC" for a medium's noun, else null. Each stem is computed once; English nouns count in every Latin-script
     * language's news ("Cambridge University").
     */
    static String nameNounType(String word, String lang) {
        if (isGermanMinistry(word, lang)) {
            return "ORG";
        }
        // An abbreviated noun keeps its point in the text ("Dept."); the lists hold it without.
        String bare = withoutPoint(word);
        String stem = Stems.of(bare, lang);
        String english = !"en".equals(lang) && !BaseForms.isCyrillic(bare) ? Stems.of(bare, "en") : null;
        if (in(ORGANISATION_NOUNS, lang, stem) || english != null && in(ORGANISATION_NOUNS, "en", english)) {
            return "ORG";
        }
        if (in(PLACE_NOUNS, lang, stem) || english != null && in(PLACE_NOUNS, "en", english)) {
            return "LOC";
        }
        if (in(MEDIA_NOUNS, lang, stem) || english != null && in(MEDIA_NOUNS, "en", english)) {
            return "MISC";
        }
        String caseless = "tr".equals(lang) ? turkishWithoutCase(word) : null;
        return caseless != null ? nameNounType(caseless, lang) : null;
    }

    private static final String[] TURKISH_CASES = {"ndan", "nden", "nda", "nde", "nın", "nin", "nun", "nün", "na", "ne", "nı", "ni", "nu", "nü"};

    /**
     * A Turkish noun of a name without the case ending its possessive takes ("Kurumuna", "Hastanesine",
     * "Valiliğinden": to, from the institute, hospital, governorate), else null. The lists hold the possessive
     * forms that names end in ("Adli Tıp Kurumu").
     */
    /**
     * A Turkish name's last word without its case ending where its caseless form is a noun names end in
     * ("Bakanlığından" → "Bakanlığı", "Kurumuna" → "Kurumu"), as written otherwise; else null: the name's base form.
     */
    static String turkishNameNounWithoutCase(String word) {
        String bare = turkishWithoutCase(word);
        if (bare == null || Character.isUpperCase(word.charAt(word.length() - 1))
                || nameNounType(bare, "tr") == null && !HEAD_NOUNS.get("tr").containsKey(bare)) {
            return null;
        }
        return word.substring(0, bare.length());
    }

    static String turkishWithoutCase(String word) {
        String lower = word.toLowerCase(Locale.forLanguageTag("tr"));
        for (String ending : TURKISH_CASES) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 4) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return null;
    }

    /**
     * A German ministry named by its field in one compound ("Innenministerium", "Bundesgesundheitsministeriums"):
     * one organisation, though the part-of-speech model calls it a common noun. Not "Ministerium" alone.
     */
    static boolean isGermanMinistry(String word, String lang) {
        if (!"de".equals(lang)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int end = lower.endsWith("ministeriums") ? lower.length() - 12 : lower.endsWith("ministerium") ? lower.length() - 11 : -1;
        return end >= 3;
    }

    private static boolean in(Map<String, Set<String>> lists, String lang, String stem) {
        Set<String> own = lists.get(lang);
        return own != null && own.contains(stem);
    }

    /** Whether a token is a company's legal form: an abbreviation written with capitals or dots. */
    static boolean isLegalForm(String token) {
        String bare = token.replace(".", "").toLowerCase(Locale.ROOT);
        // "AG", "GmbH", "S.A." and "d.o.o." differ from their bare lower-case form; the word "ag" does not.
        return !token.equals(bare) && LEGAL_FORMS.contains(bare);
    }

    /** Whether a word ends a company's name: a legal form ("AG", "Inc."), or a capitalised English company word ("Group", "Partners"). */
    static boolean isCompanyEnd(String word) {
        return isLegalForm(word) || !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && "ORG".equals(nameNounType(word, "en"));
    }

    /** Whether a capitalised Latin-script word has a surname's ending (-ová, -ski, -wicz, -ić). */
    static boolean hasLatinSurnameEnding(String word) {
        return word.length() >= 5 && LATIN_SURNAME.matcher(word.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether a capitalised Latin-script word alone is a surname by its ending in a document of the language.
     * Outside Slavic news only the forms other languages write count, not Polish -ska and the cases, which
     * end places there ("Alaska", "Nebraska").
     */
    static boolean isSurnameByEnding(String word, String lang) {
        return hasLatinSurnameEnding(word) && (declinesNames(lang) || !POLISH_FORM.matcher(word.toLowerCase(Locale.ROOT)).find());
    }

    private static final Pattern POLISH_FORM = Pattern.compile("(?:s|c|dz)k(?:a|iego|iemu|im|iej|ą)$");

    /** Languages whose news does not decline names: given names are met as written there, not by stem. */
    private static final Set<String> NOT_DECLINING = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "tr", "ar");

    /** Whether news in the language declines names (the Slavic languages; an unknown language is taken for one). */
    static boolean declinesNames(String lang) {
        return lang == null || !NOT_DECLINING.contains(lang);
    }
}
