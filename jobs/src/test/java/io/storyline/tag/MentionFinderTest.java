package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storyline.config.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Mentions from tokens as Spark NLP gives them (here: a plain tokenizer, and the stage's own sentences). */
class MentionFinderTest {
    private static final Settings.Tag TAG = Settings.load().tag();
    private static final GazetteerIndex INDEX = new GazetteerIndex(Gazetteer.of(TAG), TAG.languages());
    private static final MentionFinder FINDER = new MentionFinder(INDEX);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|\\S");

    static List<Token> tokens(String text) {
        List<int[]> bounds = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            bounds.add(new int[] {m.start(), m.end()});
        }
        return numbered(text, bounds);
    }

    /** Tokens as the tag stage's tokenizer cuts them ({@link ContextCharTokens}: a dash inside a word stays in it). */
    static List<Token> stageTokens(String text) {
        return numbered(text, ContextCharTokens.of(text));
    }

    /** Tokens at the given bounds, numbered by the sentence each begins in. */
    private static List<Token> numbered(String text, List<int[]> bounds) {
        List<Token> out = new ArrayList<>();
        List<int[]> sentences = SentenceBoundaries.of(text);
        int sentence = 0;
        for (int[] b : bounds) {
            while (sentence + 1 < sentences.size() && b[0] >= sentences.get(sentence + 1)[0]) {
                sentence++;
            }
            out.add(new Token(b[0], b[1], text.substring(b[0], b[1]), sentence));
        }
        return out;
    }

    /** As the tag stage finds them: tokens re-cut by {@link NameTokens} first. */
    static List<Mention> find(String text, String lang) {
        return FINDER.find(text, lang, NameTokens.of(tokens(text), lang));
    }

    private static List<String> surfaces(List<Mention> mentions) {
        return mentions.stream().map(Mention::surface).toList();
    }

    @Test
    void gazetteerPhrasesAreEveryMatchingWindowLongestFirst() {
        List<Token> tokens = tokens("Talks between Vladimir Putin and Emmanuel Macron in Moscow.");
        List<int[]> spans = INDEX.spans(tokens, "en");
        assertThat(spans).extracting(s -> tokens.get(s[0]).text() + ".." + tokens.get(s[1]).text())
                .containsExactly("Vladimir..Putin", "Emmanuel..Macron", "Putin..Putin", "Macron..Macron", "Moscow..Moscow");
    }

    @Test
    void gazetteerPhrasesStayWithinOneSentence() {
        // A line break between the two words: Spark NLP puts them in two sentences with no token between.
        List<Token> tokens = List.of(new Token(0, 8, "Vladimir", 0), new Token(9, 14, "Putin", 1));
        assertThat(INDEX.spans(tokens, "en")).extracting(s -> s[0] + "-" + s[1]).containsExactly("1-1");
    }

    @Test
    void aGazetteerNameIsTheBaseFormInTheDocumentsLanguageAndCaseAsWritten() {
        // Polish "Europie" is Europa, not the English "Europe" that stems alike.
        assertThat(find("Polacy pracują w Europie i w Chinach.", "pl"))
                .extracting(m -> m.baseForm(w -> false)).contains("Europa", "Chiny");
        // Only the case differs from the gazetteer's name: kept as written.
        assertThat(find("Epidemija Covid-19 se širi. Letalo je poletelo v LONDON.", "sl"))
                .extracting(m -> m.baseForm(w -> false)).contains("Covid-19", "LONDON");
    }

    @Test
    void eventsMatchInLowerCaseWhereTheLanguageWritesThemSo() {
        // Czech and Polish write brexit and the world wars in lower case; the base form keeps the writer's case.
        assertThat(find("Vláda jedná o brexitu. Po druhé světové válce vznikla OSN.", "cs"))
                .extracting(Mention::surface, Mention::type, m -> m.baseForm(w -> false))
                .contains(org.assertj.core.groups.Tuple.tuple("brexitu", "MISC", "brexit"),
                        org.assertj.core.groups.Tuple.tuple("druhé světové válce", "MISC", "druhá světová válka"));
        assertThat(find("Rozmowy o Brexicie trwają.", "pl")).extracting(Mention::surface).contains("Brexicie");
        // English lists only the capitalised name: text in lower case does not match it.
        assertThat(find("The talks on brexit went on. Brexit talks went on.", "en"))
                .extracting(Mention::surface).containsExactly("Brexit");
    }

    @Test
    void thePandemicsVirusIsOneOfItsNames() {
        // The news name the pandemic by its virus, in Latin letters in every script.
        assertThat(find("Вирусът SARS-CoV-2 се разпространява бързо.", "bg")).extracting(Mention::surface, Mention::type, Mention::key)
                .containsExactly(tuple("SARS-CoV-2", "MISC", "g:MISC-COVID-19"));
        assertThat(find("Wirus SARS-CoV-2 rozprzestrzenia się.", "pl")).extracting(Mention::key).containsExactly("g:MISC-COVID-19");
    }

    @Test
    void acronymsAndRegnalNamesKeepKeysOfTheirOwn() {
        // Phonetic keys would fold CCN and CN into "kn", AA and AAA into "a", and AA into the Ukrainian name of
        // The Hague, "Гаага" ("a" too).
        List<Mention> acronyms = find("Reporters of the CCN met the CN team and the AA agency, not AAA.", "en");
        assertThat(acronyms).extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false)))
                .containsExactly("CCN n:ccn", "CN n:cn", "AA n:aa", "AAA n:aaa");
        // The gazetteer's acronyms are met by their letters, points aside; a word in capitals stays a name.
        assertThat(find("The U.S. and the US said. BERLÍN (EFE) Mientras tanto.", "en"))
                .extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false)))
                .contains("U.S. g:LOC-United-States", "US g:LOC-United-States", "BERLÍN g:LOC-Berlin");
        // Acronyms meet those of the document's language, else English ones: the Spanish "VOZ" is not the WHO of the
        // Russian "ВОЗ", nor the English "OK" the United Kingdom of the Macedonian "ОК"; the Spanish "EE. UU." is the
        // United States, and so is "US" in German, where the gazetteer lists only "USA".
        assertThat(find("Otra VOZ dijo que EEUU y EE.UU hablan. OK, dijo.", "es"))
                .extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false)))
                .contains("VOZ n:voz", "EEUU g:LOC-United-States", "EE.UU g:LOC-United-States");
        assertThat(find("Reporters said OK to the BBC. Die US-Regierung und die US sagten.", "en"))
                .extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false))).doesNotContain("OK g:LOC-United-Kingdom");
        assertThat(find("Die Regierung der US sagte nichts.", "de"))
                .extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false))).contains("US g:LOC-United-States");
        // A person is keyed by the surname, but a regnal number is no surname: "II" would join every second of a name.
        assertThat(Mention.surname("Jana Pawła II")).isEqualTo("Pawła II");
        assertThat(Mention.surname("Ieronymos II")).isEqualTo("Ieronymos II");
        assertThat(Mention.surname("Angela Merkel")).isEqualTo("Merkel");
        assertThat(Mention.surname("II")).isEqualTo("II");
    }

    @Test
    void spanishAndTurkishFunctionWordsMonthsAndCaseEndingsAreNoNames() {
        // Lucene's stop words open no name in any language it has a list for.
        // "El" recurs capitalised inside a sentence ("El Universal"), which alone would make the sentence's first word a name.
        assertThat(surfaces(find("El presidente Pedro Sánchez viajó a Caracas, según El Universal. Los ministros llegaron. "
                + "En Madrid hubo protestas.", "es")))
                .containsExactly("Pedro Sánchez", "Caracas", "El Universal", "Madrid");
        // Turkish capitalises months and weekdays in dates (CLDR writes them so) and writes case endings after an
        // apostrophe: the name is the word before it, and ends there.
        assertThat(surfaces(find("Bu sabah Ankara'da açıklama yapıldı. 5 Şubat Cuma günü İstanbul'a gidecek.", "tr")))
                .containsExactly("Ankara", "İstanbul");
        // Where CLDR writes months in lower case, a capitalised one is a name: Polish "Maja" (genitive of maj).
        assertThat(surfaces(find("Wczoraj Maja Kowalska odwiedziła Kraków.", "pl"))).contains("Maja Kowalska");
    }

    @Test
    void spanishItalianAndTurkishNamesMeetTheGazetteerAndKeepTheirNouns() {
        // Country names from CLDR and the files' Spanish names; a name noun keeps the rest of its name, a gazetteer
        // name after "de" included, and makes it an organisation or a place, not a person keyed by its last word.
        assertThat(find("Estados Unidos y Alemania hablaron en Londres. El Ministerio de Relaciones Exteriores y la Ciudad de México "
                + "respondieron a los Juegos Olímpicos de Pekín.", "es"))
                .extracting(m -> m.surface() + " " + m.type() + " " + m.key(m.baseForm(w -> false)))
                .contains("Estados Unidos LOC g:LOC-United-States", "Alemania LOC g:LOC-Germany", "Londres LOC g:LOC-London",
                        "Ministerio de Relaciones Exteriores ORG n:ministerio de relakiones eksteriores",
                        "Ciudad de México LOC n:kiudad de meksiko", "Pekín LOC g:LOC-Beijing")
                .noneMatch(m -> m.endsWith(" de") || m.contains(" de n:"));
        // Spanish doubles the letters of a plural's abbreviation: "EE. UU." is one name, the United States, not two.
        assertThat(find("Las relaciones entre EE. UU. y China empeoraron. Las FF. AA. desfilaron. El Gobierno (EE. UU.) insiste.", "es"))
                .extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false)))
                .contains("EE. UU. g:LOC-United-States", "China g:LOC-China").noneMatch(m -> m.startsWith("EE ") || m.startsWith("UU"));
        assertThat(find("La Germania e il Regno Unito a Monaco di Baviera.", "it"))
                .extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false)))
                .contains("Germania g:LOC-Germany", "Regno Unito g:LOC-United-Kingdom", "Monaco di Baviera g:LOC-Munich");
        // Turkish: the country and its acronym, a title between a place and a person ("Almanya Başbakanı Angela Merkel").
        assertThat(find("ABD ve Almanya Başbakanı Angela Merkel görüştü. Cumhurbaşkanı Erdoğan Dünya Sağlık Örgütü'nü eleştirdi.", "tr"))
                .extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false)))
                .contains("ABD g:LOC-United-States", "Almanya g:LOC-Germany", "Angela Merkel g:PER-Angela-Merkel",
                        "Erdoğan g:PER-Recep-Tayyip-Erdogan", "Dünya Sağlık Örgütü g:ORG-WHO")
                .noneMatch(m -> m.startsWith("Cumhurbaşkanı") || m.contains("Başbakanı"));
        // These titles are read in their own language only: "Regina" and "Papa" are a German given name and word.
        assertThat(surfaces(find("Gestern sagte Regina Schmidt, dass Papa Hans kommt.", "de"))).contains("Regina Schmidt");
        assertThat(surfaces(find("Ieri la regina Elisabetta e il sindaco Sala.", "it"))).contains("Elisabetta", "Sala");
        // A Turkish name opens with what its noun belongs to: Van alone is no organisation for "Van Belediyesi".
        assertThat(find("Van Belediyesi açıklama yaptı ve yarın Van'a gidecek.", "tr"))
                .extracting(m -> m.surface() + " " + m.type()).containsExactly("Van Belediyesi ORG", "Van LOC");
    }

    @Test
    void arabicNamesAreFoundThroughTheirCliticsButNotInTheWordsTheyResemble() {
        // Arabic has no capitals: the gazetteer finds its names, with "and", prepositions and the article's forms on them.
        assertThat(find("وقالت السعودية إن تركيا ومصر والصين وروسيا. وقال الرئيس دونالد ترامب إن بوتين في موسكو ولمنظمة الصحة العالمية.", "ar"))
                .extracting(m -> m.surface() + " " + m.key(m.baseForm(w -> false)))
                .containsExactly("السعودية g:LOC-Saudi-Arabia", "تركيا g:LOC-Turkey", "ومصر g:LOC-Egypt", "والصين g:LOC-China",
                        "وروسيا g:LOC-Russia", "دونالد ترامب g:PER-Donald-Trump", "بوتين g:PER-Vladimir-Putin", "موسكو g:LOC-Moscow");
        // The article belongs to the word: "المالي" is "financial", not Mali ("مالي"); "القاعدة", "the rule", is no al-Qaeda.
        assertThat(find("وارتفع المؤشر المالي وفق القاعدة الجديدة.", "ar")).isEmpty();
        assertThat(Stems.of("للصين", "ar")).isEqualTo(Stems.of("الصين", "ar")).isEqualTo(Stems.of("بالصين", "ar"));
    }

    @Test
    void currencyCodesAndAbbreviationsOfCommonNounsAreNoNames() {
        assertThat(surfaces(find("Kurs EUR/USD spadł, a złoty wobec USD i CHF zyskał według NBP.", "pl"))).containsExactly("NBP");
        // Nor are the abbreviations of common nouns: GDP, VAT, RNA.
        assertThat(surfaces(find("Według GUS PKB wzrósł, a VAT i badania RNA nie.", "pl"))).containsExactly("GUS");
        // Securities numbers and codes with four digits or more.
        assertThat(surfaces(find("Die Aktien der ElringKlinger AG (ISIN: DE0007856023, WKN: 785602) stiegen.", "de")))
                .containsExactly("ElringKlinger AG");
    }

    @Test
    void aRomanNumberEndsTheNameBeforeIt() {
        assertThat(surfaces(find("Papież Benedykt XVI odwiedził Kraków i Wlk. Brytanię.", "pl"))).contains("Benedykt XVI", "Wlk. Brytanię");
        // In Latin letters after a Cyrillic name, and a single letter when it follows a word of the name.
        assertThat(surfaces(find("В России одобрили Спутник V для всех. Выступила королева Елизавета II.", "ru")))
                .contains("Спутник V", "Елизавета II");
        assertThat(surfaces(find("They fought in World War II and came home.", "en"))).contains("World War II");
        // Not a century, nor the English pronoun.
        assertThat(surfaces(find("To wizja Europy XXI wieku.", "pl"))).contains("Europy").doesNotContain("Europy XXI");
        assertThat(surfaces(find("When Putin I think spoke.", "en"))).doesNotContain("Putin I");
    }

    @Test
    void aGivenNameAndSurnameAfterAnotherWordAreAPersonOfTheirOwn() {
        assertThat(surfaces(find("Министърът по Брекзит Дейвид Дейвис заяви, че преговорите продължават.", "bg")))
                .contains("Дейвид Дейвис").doesNotContain("Брекзит Дейвид Дейвис");
        // Not after a name noun (an airport named after a person), nor before a given name alone.
        assertThat(surfaces(find("Letadlo přistálo na Letiště Václava Havla v Praze.", "cs"))).contains("Letiště Václava Havla");
        assertThat(surfaces(find("The lawyer Zulfiqar Ali spoke in Lahore.", "en"))).contains("Zulfiqar Ali");
    }

    @Test
    void aPlaceBeforeAPersonsFullNameIsANameOfItsOwn() {
        // The gazetteer knows neither given name: two capitalised words after the place are the person there.
        assertThat(typed(find("Предупреди бившият посланик в Париж Питър Рикетс вчера.", "bg"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Париж", "LOC"), org.assertj.core.groups.Tuple.tuple("Питър Рикетс", "PER"));
        // One word after it is a name the place opens; so is a name whose next word heads or qualifies it.
        assertThat(surfaces(find("Съдът оправда Азия Биби в сряда.", "bg"))).containsExactly("Азия Биби");
        assertThat(surfaces(find("Studenti z Kent State University protestovali.", "cs"))).containsExactly("Kent State University");
    }

    @Test
    void aCompassAdjectiveMakesARegionBeforeOrAfterItsNoun() {
        // "Европа" ends like a surname's genitive, and two unknown words are a person by shape.
        assertThat(typed(find("Министрите обсъдиха Източна Европа и Западните Балкани вчера.", "bg"))).containsExactly(
                tuple("Източна Европа", "LOC"), tuple("Западните Балкани", "LOC"));
        assertThat(typed(find("Rakiety wystrzeliła Korea Płn. w poniedziałek.", "pl"))).containsExactly(tuple("Korea Płn.", "LOC"));
        // Compounded, the adjective is evidence too, as with a hyphen.
        assertThat(typedOnBasis(find("Kraje Europy Środkowowschodniej i Europy Środkowo-Wschodniej rosną.", "pl"))).containsExactly(
                tuple("Europy Środkowowschodniej", "LOC", Mention.TypeBasis.EVIDENCE), tuple("Europy Środkowo-Wschodniej", "LOC", Mention.TypeBasis.EVIDENCE));
        // A gazetteer place goes into the region's name ("Irlandia" is Ireland; with "Płn." it is not).
        List<Mention> irelands = find("Granica między Irlandią i Irlandią Płn. wróci.", "pl");
        assertThat(irelands).extracting(Mention::surface).containsExactly("Irlandią", "Irlandią Płn.");
        assertThat(irelands.get(1).key()).isNotEqualTo("g:LOC-Ireland");
        // A name's noun still tells its kind ("Liga", a party).
        assertThat(typed(find("Politycy Liga Północna głosowali.", "pl"))).containsExactly(tuple("Liga Północna", "ORG"));
        // Every Slavic language's adjectives, whole words only; abbreviations with their point.
        assertThat(List.of(tuple("Южен", "bg"), tuple("Восточной", "ru"), tuple("Південна", "uk"), tuple("Severní", "cs"),
                tuple("Jihovýchodní", "cs"), tuple("Severna", "sl"), tuple("Pd.", "pl"), tuple("Płn", "pl")))
                .allMatch(t -> Cues.isCompassAdjective((String) t.toList().get(0), (String) t.toList().get(1)));
        assertThat(List.of(tuple("Severin", "cs"), tuple("Северов", "ru"), tuple("PD", "pl"), tuple("Severna", "pl"), tuple("Южна", "en")))
                .noneMatch(t -> Cues.isCompassAdjective((String) t.toList().get(0), (String) t.toList().get(1)));
    }

    @Test
    void aPlacesPeopleArePersonsLinkedToThePlace() {
        assertThat(find("Европейците и британците гласуваха, а пакистанката беше освободена.", "bg"))
                .extracting(Mention::surface, Mention::type, Mention::key, m -> m.baseForm(w -> false)).containsExactly(
                        tuple("Европейците", "PER", "g:LOC-Europe", "европейци"),
                        tuple("британците", "PER", "g:LOC-United-Kingdom", "британци"),
                        tuple("пакистанката", "PER", "g:LOC-Pakistan", "пакистанка"));
        assertThat(find("Мнение американцев разделилось.", "ru")).extracting(Mention::surface, Mention::key)
                .containsExactly(tuple("американцев", "g:LOC-United-States"));
        // Slovene writes them capitalised.
        assertThat(find("Včeraj so Britanci glasovali.", "sl")).extracting(Mention::surface, Mention::type, Mention::key)
                .containsExactly(tuple("Britanci", "PER", "g:LOC-United-Kingdom"));
        // Not a given name made the same way ("Йорданка", Jordan's), nor the place's adjective, nor in Ukrainian news.
        assertThat(find("Кметът Йорданка Фандъкова каза.", "bg")).extracting(Mention::surface, Mention::key)
                .containsExactly(tuple("Йорданка Фандъкова", null));
        assertThat(find("британските медии писаха.", "bg")).isEmpty();
        assertThat(find("британці проголосували.", "uk")).isEmpty();
    }

    @Test
    void aSlavicOrganisationsNameGoesOnOverItsComplementInLowerCase() {
        assertThat(typed(find("Вчера Камара на лордовете гласува, а Министерството на външните работи мълча.", "bg"))).containsExactly(
                tuple("Камара на лордовете", "ORG"), tuple("Министерството на външните работи", "ORG"));
        assertThat(typed(find("Po podatkih Nacionalni inštitut za javno zdravje poroča.", "sl")))
                .containsExactly(tuple("Nacionalni inštitut za javno zdravje", "ORG"));
        // Where "of" is said by the genitive, over a genitive plural, whose endings end no other case; not in Polish.
        assertThat(typed(find("Včera Sněmovna lordů hlasovala a Odborový svaz německých pilotů stávkuje.", "cs"))).containsExactly(
                tuple("Sněmovna lordů", "ORG"), tuple("Odborový svaz německých pilotů", "ORG"));
        assertThat(surfaces(find("Včera Sněmovna rozhodla.", "cs"))).containsExactly("Sněmovna");
        assertThat(typed(find("Решение принял Совет директоров вчера.", "ru"))).containsExactly(tuple("Совет директоров", "ORG"));
        assertThat(typed(find("Рішення ухвалив Союз журналістів учора.", "uk"))).containsExactly(tuple("Союз журналістів", "ORG"));
        assertThat(typed(find("Včeraj je Združenje endokrinologov sporočilo.", "sl")))
                .containsExactly(tuple("Združenje endokrinologov", "ORG"));
        assertThat(surfaces(find("Wczoraj Grupa polskich ekspertów orzekła.", "pl"))).containsExactly("Grupa");
        // Not over a number or a function word, nor over a preposition where "of" is said by the genitive.
        assertThat(surfaces(find("Вчера Министерството на 5 март реши.", "bg"))).containsExactly("Министерството");
        assertThat(surfaces(find("Вчера Министерството за да реши.", "bg"))).containsExactly("Министерството");
        // Not a Bulgarian adverb or an adjective's bare form after the preposition: the adverbial "за пореден път".
        assertThat(surfaces(find("Вчера Министерството за пореден път отказа.", "bg"))).containsExactly("Министерството");
        assertThat(surfaces(find("Вчера Министерство на здоровье.", "ru"))).containsExactly("Министерство");
        // A complement left beside a gazetteer name is no name without it ("парламент за защитата").
        assertThat(surfaces(find("Желанието на Европейския парламент за защитата е ясно.", "bg"))).containsExactly("Европейския парламент");
    }

    @Test
    void placesJoinedByADashAreNamesOfTheirOwn() {
        assertThat(typed(find("Letalo na progi Ljubljana-Frankfurt je pristalo.", "sl"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ljubljana", "LOC"), org.assertj.core.groups.Tuple.tuple("Frankfurt", "LOC"));
        // The tag stage's tokenizer keeps an en dash inside the word.
        String pair = "Trwają rozmowy USA–Chiny w sprawie ceł.";
        assertThat(FINDER.find(pair, "pl", NameTokens.of(stageTokens(pair), "pl"))).extracting(Mention::surface, Mention::key)
                .containsExactly(tuple("USA", "g:LOC-United-States"), tuple("Chiny", "g:LOC-China"));
        // Not companies (one venture or product), nor an agency and a place (its branch), nor places beside another
        // capitalised word.
        assertThat(surfaces(find("Szczepionka firm Pfizer-BioNTech dotarła.", "pl"))).containsExactly("Pfizer-BioNTech");
        assertThat(surfaces(find("Об этом сообщает Интерфакс-Украина со ссылкой на министерство.", "ru")))
                .containsExactly("Интерфакс-Украина");
        assertThat(surfaces(find("W Berlinie obradowało Forum Gospodarcze Niemcy-Polska.", "pl")))
                .contains("Forum Gospodarcze Niemcy-Polska");
    }

    @Test
    void aWordWithANumberOfThreeDigitsOrMoreIsAProductOrAnEvent() {
        assertThat(typed(find("Szczepionka BNT162b2 i samolot A320neo oraz lot FR1058.", "pl"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BNT162b2", "MISC"), org.assertj.core.groups.Tuple.tuple("A320neo", "MISC"),
                org.assertj.core.groups.Tuple.tuple("FR1058", "MISC"));
        // Groups take one or two digits.
        assertThat(typed(find("Szczyt grupy G20 i agenci MI6 obradowali.", "pl"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("G20", "ORG"), org.assertj.core.groups.Tuple.tuple("MI6", "ORG"));
    }

    @Test
    void anInstitutionTakesTheDeclinedPlaceItBelongsTo() {
        assertThat(typed(find("Заявление сделал МИД Великобритании в понедельник.", "ru")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("МИД Великобритании", "ORG"));
        // A place in the nominative is a name of its own; Ukrainian keeps the two apart.
        assertThat(surfaces(find("Решение приняли ЕС Ирландия и Франция.", "ru"))).contains("Ирландия");
        assertThat(surfaces(find("Заяву оприлюднило МЗС Великої Британії.", "uk"))).doesNotContain("МЗС Великої Британії");
    }

    @Test
    void spansAreOffsetsIntoTheText() {
        String text = "«Газпром» и президент Франции Франсуа Олланд обсудили 😀 Сирию. Встреча прошла в Москве.";
        List<Mention> mentions = find(text, "ru");
        assertThat(mentions).isNotEmpty().allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface()));
        assertThat(surfaces(mentions)).containsExactly("Газпром", "Франции", "Франсуа Олланд", "Сирию", "Москве");
    }

    @Test
    void gazetteerPersonsWidenOverFirstNamesButNotOverOtherNames() {
        List<Mention> mentions = find("Переговоры Владимира Путина с Франсуа Олландом. Теракт в Египте Путин осудил.", "ru");
        assertThat(surfaces(mentions)).containsExactly("Владимира Путина", "Франсуа Олландом", "Египте", "Путин");
        assertThat(mentions.get(0).key()).isEqualTo("g:PER-Vladimir-Putin").isEqualTo(mentions.get(3).key());
        assertThat(mentions.get(0).baseForm(w -> false)).isEqualTo("Владимир Путин");
    }

    @Test
    void sentenceInitialWordsNeedEvidence() {
        // "Однако" is a function word; "Тереза" starts a two-word name; "Вчера" is also written in lower case.
        List<Mention> mentions = find("Однако Тереза Мэй ответила. Вчера Джонсон молчал, а вчера он говорил.", "ru");
        assertThat(surfaces(mentions)).containsExactly("Тереза Мэй", "Джонсон");
    }

    @Test
    void aSentencesFirstWordBeforeANameTheDocumentWritesWithoutItIsNoPartOfIt() {
        assertThat(surfaces(find("Aerolinky Ryanair zrušily lety. Piloti společnosti Ryanair stávkují.", "cs")))
                .containsExactly("Ryanair", "Ryanair");
        // Not where the next word opens no run inside a sentence (only that name again), nor after a gazetteer name
        // (which the rules for places decide), nor after a given name of another language's list.
        assertThat(surfaces(find("Zjednoczeni Demokraci zyskali. Poparcie dla Zjednoczonych Demokratów rośnie.", "pl")))
                .containsExactly("Zjednoczeni Demokraci", "Zjednoczonych Demokratów");
        assertThat(surfaces(find("Asie Bibiová byla osvobozena. Soud propustil Bibiovou ve středu.", "cs")))
                .containsExactly("Asie Bibiová", "Bibiovou");
        assertThat(surfaces(find("Amanda Spielmanová promluvila. Inspektorka, kterou je Spielmanová, odešla.", "cs")))
                .containsExactly("Amanda Spielmanová", "Spielmanová");
    }

    @Test
    void aCzechSentencesFirstWordThatIsAPlacesAdjectiveIsNoName() {
        // Czech writes a place's adjective in lower case: "Irský" and "Česká" share Irsko's and Česko's stems only as a
        // sentence's first word.
        assertThat(surfaces(find("Irský dopravce zrušil lety. Letadla přistála v Irsku.", "cs"))).containsExactly("Irsku");
        assertThat(surfaces(find("Česká vláda schválila zákon.", "cs"))).isEmpty();
        // The place's own case forms are the place ("Ruskem", "Londýnem"), and so is a capital inside a sentence.
        assertThat(surfaces(find("Ruskem otřásl výbuch. Londýnem zněly protesty.", "cs"))).containsExactly("Ruskem", "Londýnem");
        assertThat(surfaces(find("Podle listu Irský dopravce zrušil lety.", "cs"))).containsExactly("Irský");
    }

    @Test
    void quotedNamesAreOrganisations() {
        List<Mention> mentions = find("Боевики „Ислямска държава” и партия „Възраждане” се обявиха.", "bg");
        assertThat(mentions).extracting(Mention::surface, Mention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Ислямска държава", "ORG"), org.assertj.core.groups.Tuple.tuple("Възраждане", "ORG"));
        assertThat(mentions.get(0).key()).isEqualTo("g:ORG-Islamic-State");
    }

    @Test
    void titlesAreCuesNotNames() {
        List<Mention> mentions = find("Talks with French President Francois Hollande and Mr Smith began.", "en");
        assertThat(mentions).extracting(Mention::surface, Mention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("French", "LOC"),
                org.assertj.core.groups.Tuple.tuple("Francois Hollande", "PER"),
                org.assertj.core.groups.Tuple.tuple("Smith", "PER"));
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullInTheDocument() {
        List<Mention> mentions = find("Министр Сергей Шойгу прибыл. Позже Шойгу уехал.", "ru");
        assertThat(surfaces(mentions)).containsExactly("Сергей Шойгу", "Шойгу");
        assertThat(mentions.get(1).type()).isEqualTo("PER");
        Mention full = mentions.get(0);
        Mention alone = mentions.get(1);
        assertThat(alone.key(alone.baseForm(w -> false))).isEqualTo(full.key(full.baseForm(w -> false)));
    }

    @Test
    void germanNounsAreNotNamesWithoutEvidence() {
        List<Mention> mentions = find("Die Regierung in Berlin und Kanzlerin Angela Merkel beraten über die Lage.", "de");
        assertThat(surfaces(mentions)).containsExactly("Berlin", "Angela Merkel");
    }

    @Test
    void germanProperNounsComeFromThePartOfSpeechModel() {
        // Places the gazetteer does not know are names alone; runs of common nouns are not.
        List<Mention> mentions = find("Die bisherige Gemeinde Murfeld hat sich aufgelöst und wurde im Bezirk Leibnitz aufgeteilt."
                + " Offizielle Wege zu den Diensten sind mit Sicherheitsrisiken verbunden.", "de");
        assertThat(surfaces(mentions)).containsExactly("Murfeld", "Leibnitz");
    }

    @Test
    void germanWordsTheDictionaryLacksAreNamesAfterAPrepositionOfPlace() {
        // "Pollenfeld" and "Preith" are unknown to the dictionary and nouns to the model; after "aus" (and over
        // "und") they are places. Derived common nouns the dictionary lacks, and "von" (nobility particles), are not.
        assertThat(typed(find("Im Einsatz waren die Feuerwehren aus Pollenfeld und Preith. Der Präsident geriet in Bedrängnis.", "de")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pollenfeld", "LOC"), org.assertj.core.groups.Tuple.tuple("Preith", "LOC"));
        assertThat(surfaces(find("Er spricht von Krüden Theorien.", "de"))).isEmpty();
    }

    @Test
    void germanWordsTheDictionaryLacksBesideAPersonsNameAreOfThatName() {
        // "Evans" and "Rian" are unknown to the dictionary and nouns to the model; beside a given name it lists,
        // or before a surname it lists (here one the gazetteer has for another person), they are the name's.
        List<Mention> mentions = find("Der neue Film von Regisseur Rian Johnson wurde am Montag in den Kinos gezeigt. Gestern sprach Chris Evans mit Reportern."
                + " Eine Chronologie von Trumps Fehlern erschien.", "de");
        assertThat(surfaces(mentions)).containsExactly("Rian Johnson", "Chris Evans", "Trumps");
    }

    @Test
    void germanLinesOfCapitalisedNounsAreNoHeadlines() {
        // German capitalises its nouns, so a sentence of nouns and short words is no title-case headline, whose
        // capitalised words would be names only where the document's sentences write them so too.
        assertThat(surfaces(find("Der Film ist mit Daniel Craig, Chris Evans und Ana de Armas.", "de")))
                .containsExactly("Daniel Craig", "Chris Evans", "Ana de Armas");
    }

    @Test
    void germanCommonNounsInCapitalsAreNoNames() {
        // Kickers and page furniture shout common nouns; acronyms that are no German word stay names, and so do names
        // the gazetteer lists, though the dictionary has them as nouns ("Nasdaq").
        assertThat(surfaces(find("AKTIE IM FOKUS: Die Zahlen der NATO überraschen, die NASDAQ schloss fester. VIRUS: Neue Fälle.", "de")))
                .containsExactly("NATO", "NASDAQ");
    }

    @Test
    void germanVonJoinsPersonsNamesNotPlacesOrRoadNumbers() {
        assertThat(typed(find("Der Fahrer war auf der Tr.2225 von Pollenfeld unterwegs. Der Regierungschef von Nordrhein-Westfalen"
                + " von Nordrhein-Westfalen kam mit Richard von Weizsäcker.", "de")))
                .contains(org.assertj.core.groups.Tuple.tuple("Pollenfeld", "LOC"), org.assertj.core.groups.Tuple.tuple("Nordrhein-Westfalen", "LOC"),
                        org.assertj.core.groups.Tuple.tuple("Richard von Weizsäcker", "PER"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("Nordrhein-Westfalen von Nordrhein-Westfalen", "PER"));
    }

    @Test
    void aRomanNumberAloneIsNoName() {
        // It counts a name ("Benedikt XVI"); alone it is part of a file number.
        assertThat(surfaces(find("Das entschied das Landgericht Wiesbaden (Az.: 417 VI 1875/18 G). Papst Benedikt XVI war dort.", "de")))
                .containsExactly("Landgericht Wiesbaden", "Benedikt XVI");
    }

    @Test
    void particlesOfListedPersonsAreNoGivenNames() {
        // "von" is a word of "Ursula von der Leyen", but no given name: "ein Buch von Merkel" names Merkel alone.
        assertThat(surfaces(find("Ein Buch von Merkel ist erschienen. Ursula von der Leyen las es.", "de")))
                .containsExactly("Merkel", "Ursula von der Leyen");
    }

    @Test
    void germanAddressesNameTheirStreetAndPlace() {
        // Streets before a house number and places after a postcode; not a rank ("Platz 1") nor a count.
        assertThat(typed(find("Anmeldungen werden bei Marliese Ackermann, Hangstraße 17, 74831 Walldürn, angenommen."
                + " Für den Neubau im Talweg 1 stimmte der Rat. Die Mannschaft liegt auf Platz 1, vor 12000 Zuschauern.", "de")))
                .contains(org.assertj.core.groups.Tuple.tuple("Hangstraße", "LOC"), org.assertj.core.groups.Tuple.tuple("Walldürn", "LOC"),
                        org.assertj.core.groups.Tuple.tuple("Talweg", "LOC"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("Platz", "LOC"), org.assertj.core.groups.Tuple.tuple("Zuschauern", "LOC"));
    }

    @Test
    void germanAdjectivesOfListedPlacesAreNoPlaces() {
        // The gazetteer's stems match "Hamburger" to Hamburg; the adjective and the demonym are no names.
        assertThat(surfaces(find("Doch nun berichteten die Denkmalpfleger der Hamburger Kulturbehörde von Schäden."
                + " Die Wiener jubelten in Wien, und der Niger trat über die Ufer.", "de"))).containsExactly("Wien", "Niger");
        // A place the gazetteer lacks: its demonym beside it in the document.
        assertThat(surfaces(find("Ein einheimischer Dillenburger, der in ganz Deutschland reist, kam nach Dillenburg zurück.", "de")))
                .containsExactly("Deutschland", "Dillenburg");
    }

    @Test
    void germanQuotesOfCommonWordsAreNoNamesUnlessANounOfTheirKindComesBefore() {
        // Scare quotes and sayings are no names; a film's and a hotel's name are, typed by the noun before them.
        assertThat(typed(find("Die vom Landratsamt beauftragte \"Fachfirma\" hatte offenbar gepatzt. Sie sagt: „Schönheit liegt im Auge"
                + " des Betrachters“. Am Sonntag läuft der Film „Der Nussknacker und die vier Reiche“ im Hotel \"Zum Schwan\".", "de")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Der Nussknacker und die vier Reiche", "MISC"),
                        org.assertj.core.groups.Tuple.tuple("Zum Schwan", "LOC"));
    }

    @Test
    void germanAdjectivesOpenNamesAfterFunctionWordsNotAfterNounsOrNumbers() {
        // A lost sentence end or a table runs a noun or a number into an adjective and its noun: no name there.
        assertThat(surfaces(find("Die beliebtesten guten Vorsätze für 2020 Platz Guter Vorsatz Angaben in Prozent 1 Mehr Sport treiben"
                + " 52 Prozent. Die Vereinten Nationen tagen in der Oberen Hangstraße, sagt die Zeitung.", "de")))
                .containsExactly("Vereinten Nationen", "Oberen Hangstraße");
    }

    @Test
    void functionWordsAreNoGazetteerNames() {
        // The gazetteer's folded key of Uber matches "Über"; a preposition is no company. Acronyms stay names.
        assertThat(surfaces(find("Wiesbaden - Über die Änderungen im hessischen Schulgesetz wird heute beraten.", "de")))
                .containsExactly("Wiesbaden");
        assertThat(surfaces(find("The US said on Monday that Uber would pay.", "en"))).contains("US", "Uber");
    }

    @Test
    void aCountrysFullNameIsOneMention() {
        assertThat(surfaces(find("He relocated to the United States of America to study.", "en"))).containsExactly("United States of America");
        assertThat(surfaces(find("Die Vereinigten Staaten von Amerika haben gewählt.", "de"))).containsExactly("Vereinigten Staaten von Amerika");
    }

    @Test
    void runsOfCommonWordsAreNoNamesUnlessTheyRecur() {
        // English: before a person's title the run is the title's; once, it is a form's or a menu's words. A report's
        // title recurs, and a noun that makes names keeps its run.
        assertThat(surfaces(find("Then Ahluwalia was re-appointed as Principal Private Secretary in 2013. Could not subscribe, try again"
                + " later Invalid Email We've all heard it. Iran went to the Security Council. The Regular Economic Report"
                + " projects growth; the Regular Economic Report is out.", "en")))
                .containsExactly("Ahluwalia", "Iran", "Security Council", "Regular Economic Report", "Regular Economic Report");
    }

    @Test
    void englishCommonWordsInGermanTextAreNoNames() {
        // Words the German dictionary lacks and the English one knows only as common words are quoted English.
        assertThat(surfaces(find("Diese Aktivität im Cyberspace ist eine Gefahr, sagte der frühere Corporate Boss von Renault in Beirut.", "de")))
                .doesNotContain("Cyberspace", "Corporate").contains("Beirut");
    }

    @Test
    void aGermanAdjectiveAloneIsNoName() {
        assertThat(surfaces(find("Das sagte Michaela Kaniber, Bayerischer Landwirtschaftsminister, am Montag in München.", "de")))
                .containsExactly("Michaela Kaniber", "München");
    }

    @Test
    void aGermanAdjectiveUsedAsANounIsNoNameAlone() {
        // Nouns made of adjectives ("der Vorsitzende", "die Offensive", "jeder Deutsche"), which the model may take for
        // names after "in" or "des"; the parties named so are the gazetteer's.
        assertThat(surfaces(find("Die Post geht mit einem Vorschlag in die Offensive. Der Vorsitzende des Vorsitzenden Herbert Putzer"
                + " sprach. Fast jeder zweite Deutsche lehnt das ab, sagen die Grünen.", "de")))
                .containsExactly("Herbert Putzer", "Grünen");
    }

    @Test
    void germanNewspapersArePlaceAdjectivesAndTheirTitleWord() {
        assertThat(typed(find("Das berichteten am Montag das Hamburger Abendblatt und der Kölner Anzeiger übereinstimmend.", "de")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hamburger Abendblatt", "MISC"),
                        org.assertj.core.groups.Tuple.tuple("Kölner Anzeiger", "MISC"));
    }

    @Test
    void germanNamesOfSaintsArePlaces() {
        assertThat(typed(find("Der Jahresabschluss in der Pfarrei fand in St. Josef in Weiden statt, sagte Pastor Markus Schmid.", "de")))
                .contains(org.assertj.core.groups.Tuple.tuple("St. Josef", "LOC"), org.assertj.core.groups.Tuple.tuple("Markus Schmid", "PER"));
    }

    @Test
    void germanInstitutionsNamedByTheirPlaceAreOneOrganisation() {
        assertThat(typed(find("Zeugen melden sich bei der Bezirkskriminalinspektion Flensburg. Sie kam in die Klinik Eichstätt."
                + " Das Amtsgericht München entschied. Die Polizei in Berlin ermittelt.", "de"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Bezirkskriminalinspektion Flensburg", "ORG"),
                org.assertj.core.groups.Tuple.tuple("Klinik Eichstätt", "ORG"), org.assertj.core.groups.Tuple.tuple("Amtsgericht München", "ORG"),
                org.assertj.core.groups.Tuple.tuple("Berlin", "LOC"));
    }

    @Test
    void germanRoadsByTheirNumberArePlaces() {
        assertThat(typed(find("B275: Unfall bei Hirzenhain. Auf der Bundesstraße 275 verunglückte ein Mann, der auf der B275 fuhr.", "de")))
                .contains(org.assertj.core.groups.Tuple.tuple("Bundesstraße 275", "LOC"), org.assertj.core.groups.Tuple.tuple("B275", "LOC"))
                .filteredOn(t -> t.toList().get(0).equals("B275")).hasSize(2);
        // A sign the document also writes after another name is a model: "der A3" is the Audi here.
        assertThat(surfaces(find("Ein Audi A3 fuhr auf der A46. Der A3 prallte auf einen Ford.", "de"))).doesNotContain("A3").contains("A46");
    }

    @Test
    void aWordTheGermanDictionaryLacksIsANameWhereverTheDocumentWritesIt() {
        // The headline's "Anschober" opens it, where the model calls it a noun; the text names him after "so".
        assertThat(surfaces(find("Anschober lässt Gesetze prüfen. Man müsse eingreifen, so Anschober am Montag.", "de")))
                .containsExactly("Anschober", "Anschober");
    }

    @Test
    void theGermanDictionaryOverrulesTheModelWhereItKnowsTheWord() {
        // "Vulkan", "Lava" and "Asche" are common nouns, "Taal" is unknown to it: the model decides. The
        // dictionary lists "Philippinen" as a common noun; the gazetteer's country names (ICU) outrank it.
        assertThat(surfaces(find("Der Vulkan Taal bleibt auf den Philippinen gefährlich. Der Vulkan spuckt Lava und Asche.", "de")))
                .containsExactly("Taal", "Philippinen");
        // A name the dictionary lists alone opens a sentence; a common noun after a given name is a surname,
        // in the whole document.
        assertThat(surfaces(find("Das Ergebnis ist verblüffend. Kiel wartet. Ein Telefonat mit Thomas Bach folgte. "
                + "Danach sagte Bach nichts.", "de")))
                .containsExactly("Kiel", "Thomas Bach", "Bach");
    }

    @Test
    void aCapitalisedGermanAdjectiveInsideASentenceOpensAName() {
        assertThat(surfaces(find("Eingeladen hat gestern die Katholische Landjugend, und zwar in die Obere Hangstraße.", "de")))
                .containsExactly("Katholische Landjugend", "Obere Hangstraße");
        // Not alone, and not a noun made of an adjective ("die Parteivorsitzenden").
        assertThat(surfaces(find("Das war Offiziell nie geplant, sagten die Parteivorsitzenden Sebastian Kurz und Werner Kogler.", "de")))
                .containsExactly("Sebastian Kurz", "Werner Kogler");
    }

    @Test
    void aGermanCompoundNamesTheNameBeforeItsHyphen() {
        assertThat(surfaces(find("Der ÖVP-Chef Sebastian Kurz sprach mit Vertretern der SPÖ.", "de")))
                .containsExactly("ÖVP", "Sebastian Kurz", "SPÖ");
    }

    @Test
    void anAcronymGoesOnIntoTheRestOfAnOrganisationsName() {
        assertThat(surfaces(find("Short seller GLG Partners LP raised its position, according to the NPD Group today.", "en")))
                .containsExactly("GLG Partners LP", "NPD Group");
        // Not into a person's name, nor past a function word to an organisation noun further on.
        assertThat(surfaces(find("Лидерът на КНСБ Пламен Димитров говори днес.", "bg"))).containsExactly("КНСБ", "Пламен Димитров");
        assertThat(surfaces(find("Le défi de ADO Analyse La Commission électorale a parlé.", "fr"))).doesNotContain("ADO Analyse");
    }

    private static List<org.assertj.core.groups.Tuple> typed(List<Mention> mentions) {
        return mentions.stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.surface(), m.type())).toList();
    }

    /** Surface, type and what the type rests on. */
    private static List<org.assertj.core.groups.Tuple> typedOnBasis(List<Mention> mentions) {
        return mentions.stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.surface(), m.type(), m.typeBasis())).toList();
    }

    @Test
    void organisationAndPlaceNounsTypeTheNamesTheyHeadOrPrecede() {
        List<Mention> mentions = find("Posłowie Partii Pracy i Sąd Najwyższy spotkali się przy Downing Street. "
                + "Prezes firmy Kowex mówił o tym w Londynie.", "pl");
        assertThat(typed(mentions)).contains(
                org.assertj.core.groups.Tuple.tuple("Partii Pracy", "ORG"),
                org.assertj.core.groups.Tuple.tuple("Sąd Najwyższy", "ORG"),
                org.assertj.core.groups.Tuple.tuple("Downing Street", "LOC"),
                org.assertj.core.groups.Tuple.tuple("Kowex", "ORG"));
        assertThat(typed(find("Акционеры авиакомпании Ютэйр собрались.", "ru")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ютэйр", "ORG"));
        // An industry ending a company's name, in English also in other Latin-script languages.
        assertThat(typed(find("Shares of Vostok Telecom and Balkan Rail fell.", "en"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Vostok Telecom", "ORG"), org.assertj.core.groups.Tuple.tuple("Balkan Rail", "ORG"));
        assertThat(typed(find("Hier, le titre de Nordstrom Énergie a chuté.", "fr"))).contains(
                org.assertj.core.groups.Tuple.tuple("Nordstrom Énergie", "ORG"));
    }

    @Test
    void aSingleWordAfterAPrepositionOfTimeIsAnEvent() {
        assertThat(typed(find("Цените ще растат след Брекзит, каза той.", "bg")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Брекзит", "MISC"));
        assertThat(typed(find("Во время Олимпиады цены выросли.", "ru")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Олимпиады", "MISC"));
        // A surname's ending outranks it ("после Кузнецова"); prepositions that are also spatial ("po", "nach") are not cues.
        assertThat(typed(find("После Кузнецова выступил министр.", "ru")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Кузнецова", "PER"));
        assertThat(typed(find("Gospodarka urośnie po Mundialu, mówi rząd.", "pl")))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("Mundialu", "MISC"));
        assertThat(typed(find("Gospodarka urośnie podczas Mundialu, mówi rząd.", "pl")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mundialu", "MISC"));
    }

    @Test
    void aNameNoGivenNameOpensIsTypedByItsHeadItsRegionWordOrItsNumber() {
        // Each was a person by shape alone (real news, 2026-12-07).
        assertThat(typed(find("Officials said Spring Hollow Lodge and Harvard Business School were closed.", "en"))).containsExactly(
                tuple("Spring Hollow Lodge", "LOC"), tuple("Harvard Business School", "ORG"));
        assertThat(typed(find("Snow fell in Central Ohio and the Western Balkans before the Tokyo 2020 Games.", "en"))).containsExactly(
                tuple("Central Ohio", "LOC"), tuple("Western Balkans", "LOC"), tuple("Tokyo 2020 Games", "MISC"));
        assertThat(typed(find("Il arrive à la Gare du Nord pour le Sommet de l’ASEAN.", "fr"))).containsExactly(
                tuple("Gare du Nord", "LOC"), tuple("Sommet de l’ASEAN", "MISC"));
        assertThat(typed(find("Der Unfall geschah in der Oberen Hangstraße.", "de"))).containsExactly(tuple("Oberen Hangstraße", "LOC"));
        // A German compound counts by its last part, at either end of the name.
        assertThat(Cues.headNounType("Universitätsklinikum", "Pölten", "de")).isEqualTo("ORG");
        assertThat(Cues.headNounType("Hauptbahnhof", "Köln", "de")).isEqualTo("LOC");
        assertThat(Cues.headNounType("Olympischen", "Winterspiele", "de")).isEqualTo("MISC");
        assertThat(typed(find("Fırtına dün Güney Amerika ve Atakent Mahallesi için uyarıldı.", "tr"))).containsExactly(
                tuple("Güney Amerika", "LOC"), tuple("Atakent Mahallesi", "LOC"));
        assertThat(typed(find("On Monday the climbers reached Mount Kenya, then flew from St. Louis to San Francisco.", "en")))
                .containsExactly(tuple("Mount Kenya", "LOC"), tuple("St. Louis", "LOC"), tuple("San Francisco", "LOC"));
        assertThat(typed(find("On Monday the remains of Hurricane Maria hit the coast near Nuevo León, officials said.", "en")))
                .containsExactly(tuple("Hurricane Maria", "MISC"), tuple("Nuevo León", "LOC"));
        // A Turkish noun of a name in a case: its possessive form is the list's.
        assertThat(typed(find("Cenazesi dün Antalya Adli Tıp Kurumuna gönderildi ve Karayolları Bölge Müdürlüğüne bildirildi.", "tr")))
                .containsExactly(tuple("Antalya Adli Tıp Kurumuna", "ORG"), tuple("Karayolları Bölge Müdürlüğüne", "ORG"));
        // Its base form is the noun's possessive form, without the case, so that the cases meet as one name.
        assertThat(find("Açıklama dün Sağlık Bakanlığından geldi, Sağlık Bakanlığı ise sustu.", "tr"))
                .extracting(m -> m.baseForm(w -> false)).containsExactly("Sağlık Bakanlığı", "Sağlık Bakanlığı");
        // A given name still makes a person of a name with such a noun in it.
        assertThat(typed(find("Later Jeff Bridges and Maria Costa spoke.", "en"))).containsExactly(
                tuple("Jeff Bridges", "PER"), tuple("Maria Costa", "PER"));
    }

    @Test
    void aGivenNameIsMetAsWrittenInLanguagesThatDoNotDeclineNames() {
        // "Werne" (a town) stems as "Werner" does; "Alaska" ends as a Polish surname does.
        assertThat(typed(find("Die Feuerwehr in Werne rückte aus, sagte Werners Sprecher.", "de"))).contains(tuple("Werne", "LOC"));
        assertThat(typed(find("The storm hit Alaska on Monday.", "en"))).containsExactly(tuple("Alaska", "LOC"));
        // English surnames made of a given name ("Williams") are persons; German "Schüle" is no "Schule".
        assertThat(typed(find("He said that Williams was at the game.", "en"))).containsExactly(tuple("Williams", "PER"));
        assertThat(typed(find("Das sagte gestern die Ministerin Manja Schüle in Potsdam.", "de"))).contains(tuple("Manja Schüle", "PER"));
        // Slavic adjective endings type no name in other languages' news ("Karoline" ends as "czerwone" does).
        assertThat(typed(find("Das sagte gestern Karoline Pralerer in Wien.", "de"))).contains(tuple("Karoline Pralerer", "PER"));
        assertThat(typed(find("Burza dotarła do Alaska, powiedziała Kowalska.", "pl"))).contains(tuple("Kowalska", "PER"));
        // Polish declines them: met by stem.
        assertThat(typed(find("Rozmawiał z Krzysztofem Nowakiem wczoraj.", "pl"))).containsExactly(tuple("Krzysztofem Nowakiem", "PER"));
        // A German given name on the German list, written as it is in Polish news: the stem without Polish's r/rz.
        assertThat(typed(find("Taką propozycję zgłosił minister spraw zagranicznych Niemiec Sigmar Gabriel.", "pl")))
                .containsExactly(tuple("Niemiec", "LOC"), tuple("Sigmar Gabriel", "PER"));
    }

    @Test
    void polishLocativesMeetTheGazetteersNames() {
        // The locative softens the last consonant: brexit / brexicie, Kanada / Kanadzie, Praga / Pradze, Ameryka / Ameryce.
        assertThat(find("Firmy stracą na brexicie, mówią eksperci w Kanadzie, w Pradze i w Ameryce.", "pl"))
                .extracting(Mention::surface, Mention::key)
                .containsExactly(tuple("brexicie", "g:MISC-Brexit"), tuple("Kanadzie", "g:LOC-Canada"),
                        tuple("Pradze", "g:LOC-Prague"), tuple("Ameryce", "g:LOC-United-States"));
    }

    @Test
    void aNameMetByTheGazetteersKeyTakesItsType() {
        // The straight apostrophe of the text against CLDR's curly one: met by the phonetic key, typed by the entry.
        assertThat(find("Il vit en Côte d'Ivoire depuis 2010.", "fr")).extracting(Mention::surface, Mention::type, Mention::key)
                .containsExactly(tuple("Côte d'Ivoire", "LOC", "g:LOC-Côte-d-Ivoire"));
    }

    @Test
    void aLegalFormJoinsTheCompanyName() {
        assertThat(typed(find("Shares of Volkswagen AG and Brembo S.p.A. fell.", "en"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Volkswagen AG", "ORG"),
                org.assertj.core.groups.Tuple.tuple("Brembo S.p.A", "ORG")); // this tokenizer keeps the last dot apart
    }

    @Test
    void titleCaseHeadlinesKeepOnlyWordsTheArticleWritesAsNames() {
        String text = "Does Great Atlantic Resources Corp Have A Particularly Volatile Share Price?\n"
                + "Shares of Great Atlantic Resources Corp fell, and analysts said the share price may fall again.\n"
                + "Italija: Catania, Palermo, Cagliari, Lamezia";
        assertThat(surfaces(find(text, "en"))).containsExactly(
                "Great Atlantic Resources Corp", "Great Atlantic Resources Corp", "Catania", "Palermo", "Cagliari", "Lamezia");
    }

    @Test
    void headlinesRunIntoASentenceKeepOnlyWordsTheArticleWritesAsNames() {
        // A title-case headline whose line break was lost: "For", "His" and "Of" are capitalised between two words.
        String text = "Chris Lane said so. Senators Slam Lane For Leaving His Office Of Budget Affairs after the Ohio vote.";
        assertThat(surfaces(find(text, "en"))).containsExactly("Chris Lane", "Lane", "Ohio");
        // An acronym among words not in capitals is a name there too.
        assertThat(surfaces(find("Report: Senators Slam GOP Leaders For Their Votes after the Ohio vote.", "en")))
                .containsExactly("GOP", "Ohio");
        // "The" opens names and a sentence's first word is capitalised: neither makes a headline.
        assertThat(surfaces(find("Visit Columbus Metro Parks The Columbus Zoo opens at ten.", "en")))
                .contains("Columbus Zoo");
        // In capitals, in any language: four long words in capitals before the sentence that follows.
        assertThat(surfaces(find("\"L'EVOLUTION DE LA PANDEMIE EST TRES RAPIDE\" selon Macron à Lyon.", "fr")))
                .containsExactly("Macron", "Lyon");
        // Snowball's English stop words: pronouns and modals are no names.
        assertThat(surfaces(find("Subscribe now Could not subscribe. Ask Him. I’ve seen Obama.", "en"))).containsExactly("Obama");
    }

    @Test
    void englishDemonymsAloneAreNoNames() {
        assertThat(surfaces(find("Officials said Americans and Germans backed the Turkish plan, as did Israeli and Chinese diplomats.", "en")))
                .isEmpty();
        // A place's own name, a surname and a longer name stay.
        assertThat(surfaces(find("Officials said Jordan backed it. Then Brian Morgan met American Airlines staff.", "en")))
                .containsExactly("Jordan", "Brian Morgan", "American Airlines");
        assertThat(INDEX.isEnglishDemonym("British")).isTrue();
        assertThat(INDEX.isEnglishDemonym("Brian")).isFalse();
        assertThat(INDEX.isEnglishDemonym("Greens")).as("the party, not Greece's people").isFalse();
    }

    @Test
    void germanNamesAloneTakeTheTypeOfTheirKindInTheDictionary() {
        assertThat(find("Gestern sprach Altmaier in Tauberbischofsheim über Adidas.", "de")).extracting(Mention::surface, Mention::type)
                .containsExactly(tuple("Altmaier", "PER"), tuple("Tauberbischofsheim", "LOC"), tuple("Adidas", "ORG"));
        assertThat(ProperNouns.germanNameType("Düsseldorf")).isEqualTo("LOC");
        // A title inside a run parts the place from the person; a credit's agency comes off the photographer.
        assertThat(surfaces(find("Gestern widersprach Kärntens Landeshauptmann Peter Kaiser. Foto: Frank Rumpenhorst/dpa", "de")))
                .containsExactly("Kärntens", "Peter Kaiser", "Frank Rumpenhorst", "dpa");
        // A photo credit runs the photographer's name into the place.
        assertThat(find("Die Polizei war im Einsatz. Foto: dpa/Thomas Kraus Düsseldorf Bisher unauffällig.", "de"))
                .extracting(Mention::surface, Mention::type).contains(tuple("Thomas Kraus", "PER"), tuple("Düsseldorf", "LOC"));
        assertThat(ProperNouns.germanNameType("Vulkan")).as("a common noun").isNull();
        assertThat(ProperNouns.germanNameType("Walldürn")).as("not listed").isNull();
    }

    @Test
    void germanInstitutionsNamedByWhatTheyAreForAreOneOrganisation() {
        assertThat(find("Die Bundesagentur für Arbeit meldet Zahlen. Das Bundesamt für Migration und Flüchtlinge prüft. "
                + "Geklagt hat die Französische Liga für Menschenrechte. Ein Heft der Bundeszentrale für politische Bildung.", "de"))
                .extracting(Mention::surface, Mention::type).containsExactly(tuple("Bundesagentur für Arbeit", "ORG"),
                        tuple("Bundesamt für Migration und Flüchtlinge", "ORG"), tuple("Französische Liga für Menschenrechte", "ORG"),
                        tuple("Bundeszentrale für politische Bildung", "ORG"));
        // A legal form or an English company word ends a German company's name; a German one is left to the model.
        assertThat(surfaces(find("Der Leerverkäufer GLG Partners hat Aktien der Wirecard GmbH gekauft.", "de")))
                .containsExactly("GLG Partners", "Wirecard GmbH");
        // A generic institution, and an institution's word that is no noun of one.
        assertThat(find("Er gründete eine Agentur für Werbung. Es gibt Vorrat für den Winter.", "de")).isEmpty();
    }

    @Test
    void germanStreetsNamedByAPlacesAdjectiveAreOnePlace() {
        assertThat(find("Die Anwohner am Hunsdorfer Weg in Drevenack sind besorgt. Der Unfall geschah an der Berliner Straße.", "de"))
                .extracting(Mention::surface, Mention::type)
                .contains(tuple("Hunsdorfer Weg", "LOC"), tuple("Berliner Straße", "LOC"));
        assertThat(find("Das sagte er der Frankfurter Rundschau. Jeder Weg ist weit. Die RTL-Tanzshow endete.", "de"))
                .extracting(Mention::surface, Mention::type).containsExactly(tuple("Frankfurter Rundschau", "MISC"), tuple("RTL", "MISC"));
        // Swiss spelling: "Weisse" is the adjective "Weiße", no name.
        assertThat(ProperNouns.germanClass("Weisse")).isEqualTo(ProperNouns.WordClass.ADJECTIVE_OR_NOUN);
    }

    @Test
    void aLongerNameIsTheSameNameWhereverTheDocumentWritesItsWords() {
        // The headline's second word alone would not pass as a name; the body's "Michaela Kaniber" carries it.
        List<Mention> mentions = find("Michaela Kaniber erwartet höhere Preise\n\nDie Ministerin Michaela Kaniber sagte das am Montag.", "de");
        assertThat(mentions).extracting(Mention::surface, Mention::type)
                .containsExactly(tuple("Michaela Kaniber", "PER"), tuple("Michaela Kaniber", "PER"));
    }

    @Test
    void aGivenNameThatSharesAPlacesStemIsNoPlace() {
        // Dominica and Kenya are places of the gazetteer (ICU's country names); their stems are those of
        // the given names before a surname. A declined place before a name stays a place.
        assertThat(find("Zunanji minister Dominic Raab je prepričan.", "sl")).extracting(Mention::surface, Mention::type)
                .containsExactly(tuple("Dominic Raab", "PER"));
        assertThat(find("Маркетинговият директор Кени Джейкъбс каза това в Кения.", "bg")).extracting(Mention::surface, Mention::type)
                .containsExactly(tuple("Кени Джейкъбс", "PER"), tuple("Кения", "LOC"));
        assertThat(find("Мэр Лондона Садик Хан выступил.", "ru")).extracting(Mention::surface, Mention::type)
                .containsExactly(tuple("Лондона", "LOC"), tuple("Садик Хан", "PER"));
    }

    @Test
    void holidaysAreEventsAndAnEventTakesItsYear() {
        assertThat(typed(find("Der Brunnen soll zu Pfingsten wieder sprudeln. Rosenmontag 2020 verlief in Werne friedlich.", "de")))
                .contains(org.assertj.core.groups.Tuple.tuple("Pfingsten", "MISC"), org.assertj.core.groups.Tuple.tuple("Rosenmontag 2020", "MISC"));
        assertThat(typed(find("Kilkaset osób na plaży, na której Nowy Rok zwykle witają. Ceny rosną przed Świętami Bożego Narodzenia.", "pl")))
                .contains(org.assertj.core.groups.Tuple.tuple("Nowy Rok", "MISC"), org.assertj.core.groups.Tuple.tuple("Świętami Bożego Narodzenia", "MISC"));
        // A number that is no year stays out of the name.
        assertThat(surfaces(find("Zu Ostern 250 Gäste, sagte er.", "de"))).containsExactly("Ostern");
    }

    @Test
    void aListedCompanyKeepsItsLegalFormAndItsUnitsName() {
        assertThat(typed(find("Shares of Pfizer Inc. rose. The pilots of Lufthansa Cargo went on strike, said Vodafone Group Plc.", "en")))
                .contains(org.assertj.core.groups.Tuple.tuple("Pfizer Inc.", "ORG"), org.assertj.core.groups.Tuple.tuple("Lufthansa Cargo", "ORG"),
                        org.assertj.core.groups.Tuple.tuple("Vodafone Group Plc", "ORG"));
        // Not over a person the organisation is set before, nor from a name of several words.
        assertThat(surfaces(find("Negocjator Komisja Europejska Jean-Claude Juncker mówił. Rzecznik Google John Smith milczał.", "pl")))
                .contains("Google", "John Smith").doesNotContain("Google John Smith");
    }

    @Test
    void englishHolidaysNamedByAPossessiveAreOneEvent() {
        assertThat(typed(find("Do not wash on New Year's Day or on St. Patrick’s Eve, said Biden's staff.", "en"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("New Year's Day", "MISC"), org.assertj.core.groups.Tuple.tuple("St. Patrick’s Eve", "MISC"),
                org.assertj.core.groups.Tuple.tuple("Biden", "PER"));
    }

    @Test
    void aNumberBetweenTwoWordsOfANameIsPartOfItButNotAScore() {
        assertThat(surfaces(find("Plans for the Tokyo 2020 Games went on. The result was Liverpool 2 Chelsea 1 at Anfield.", "en")))
                .containsExactly("Tokyo 2020 Games", "Liverpool", "Chelsea", "Anfield");
    }

    @Test
    void aWordAloneThatTheDictionaryKnowsOnlyAsACommonWordIsNoName() {
        assertThat(surfaces(find("The judge cited the Constitution and a Special Judge in Ohio.", "en"))).containsExactly("Ohio");
        assertThat(surfaces(find("Le ministre de la Santé a parlé avec tous les États, dit Macron.", "fr"))).containsExactly("Macron");
        // Names the dictionary lists as written, organisation nouns, and words of a longer name stay.
        assertThat(surfaces(find("The officials said Cook met the Parliament. Laurent Blanc left, and Blanc said so.", "en")))
                .containsExactly("Cook", "Parliament", "Laurent Blanc", "Blanc");
        // A dateline in capitals is looked up as the name would be written.
        assertThat(CommonWords.isCommonOnly("ANCHORAGE", "en")).isFalse();
        assertThat(CommonWords.isCommonOnly("Constitution", "en")).isTrue();
        assertThat(CommonWords.isCommonOnly("Constitution", "de")).as("no dictionary").isFalse();
    }

    @Test
    void frenchNamesGoOnOverTitlesInCapitalsAndRegionAdjectives() {
        // French writes titles in lower case: a capitalised one inside a name is the name's ("Top Chef").
        assertThat(surfaces(find("La finale de Top Chef a eu lieu chez le chef Paul Bocuse.", "fr"))).containsExactly("Top Chef", "Paul Bocuse");
        assertThat(surfaces(find("La pandémie progresse en Amérique latine et en Europe centrale.", "fr")))
                .containsExactly("Amérique latine", "Europe centrale");
        assertThat(typed(find("Le secrétaire de l’Organisation des États américains parle.", "fr")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Organisation des États américains", "ORG"));
    }

    @Test
    void germanPlacesTakeTheirRiverOrRegionAndMinistriesAreOrganisations() {
        assertThat(typed(find("Die Feuerwehr kam nach Waidhofen an der Ybbs und nach Frankfurt am Main.", "de"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Waidhofen an der Ybbs", "LOC"), org.assertj.core.groups.Tuple.tuple("Frankfurt am Main", "LOC"));
        // A street in a place is no part of the place's name; a known place is a name of its own.
        assertThat(surfaces(find("Ein Carport in Preith in der Römerstraße. Merkel sprach in Berlin am Montag.", "de")))
                .contains("Preith", "Römerstraße", "Merkel", "Berlin").doesNotContain("Preith in der Römerstraße");
        assertThat(typed(find("Laut dem Innenministerium und dem Bundesgesundheitsministeriums sinken die Zahlen.", "de"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Innenministerium", "ORG"), org.assertj.core.groups.Tuple.tuple("Bundesgesundheitsministeriums", "ORG"));
        assertThat(surfaces(find("Der Umsatz von Sony fiel um 60 Milliarden Yen.", "de"))).containsExactly("Sony");
    }

    @Test
    void aGermanCompoundThatEndsWithACommonNounIsNoNameUnlessItEndsAsPlacesAndSurnamesDo() {
        assertThat(ProperNouns.germanClass("Zugzwang")).isEqualTo(ProperNouns.WordClass.COMPOUND);
        assertThat(ProperNouns.germanClass("Corona-Krise")).isEqualTo(ProperNouns.WordClass.COMPOUND);
        // "Waidh" is no word: "Waidhofen" is no compound of "Ofen".
        assertThat(ProperNouns.germanClass("Waidhofen")).isEqualTo(ProperNouns.WordClass.OPEN);
        assertThat(ProperNouns.germanClass("Ackermann")).isNotEqualTo(ProperNouns.WordClass.COMPOUND);
        assertThat(ProperNouns.germanClass("Gevelsberg")).isNotEqualTo(ProperNouns.WordClass.COMPOUND);
        // "oft" and "Ringen" are words, but the word ends as place names do.
        assertThat(ProperNouns.germanClass("Oftringen")).isNotEqualTo(ProperNouns.WordClass.COMPOUND);
        // "-land", "-zentrum", "-hof" and "-haus" end more common compounds than names the dictionary lacks.
        assertThat(ProperNouns.germanClass("Flachland")).isEqualTo(ProperNouns.WordClass.COMPOUND);
        assertThat(ProperNouns.germanClass("Gemeindezentrum")).isEqualTo(ProperNouns.WordClass.COMPOUND);
        // "-au" ends places ("Passau"), "-haus" common nouns.
        assertThat(ProperNouns.germanClass("Affenhaus")).isEqualTo(ProperNouns.WordClass.COMPOUND);
        assertThat(surfaces(find("Beide Seiten setzen sich unter Zugzwang, sagte Marliese Ackermann in Tauberbischofsheim.", "de")))
                .containsExactly("Marliese Ackermann", "Tauberbischofsheim");
    }

    @Test
    void initialsPointsPossessivesAndElisionsAreCutAsNamesAreWritten() {
        assertThat(surfaces(find("The report by Douglas J. Bittinger and the U.N. reached Trump’s desk. It was signed by Great Atlantic Resources Corp. today.", "en")))
                .containsExactly("Douglas J. Bittinger", "U.N.", "Trump", "Great Atlantic Resources Corp.");
        assertThat(surfaces(find("Il est arrivé en Côte d'Ivoire pour le Sommet de l’ASEAN, dit l'Europe.", "fr")))
                .containsExactly("Côte d'Ivoire", "Sommet de l’ASEAN", "Europe");
        // An initial after a word that is no given name is not part of it: "Sputnik V." ends a name.
        assertThat(surfaces(find("Cepivo Sputnik V. Klinično testiranje ni končano, pravi klinično osebje.", "sl")))
                .doesNotContain("Sputnik V. Klinično");
    }

    @Test
    void titlesWithTheirPointAndStopWordsOpeningSentencesAreNoNames() {
        assertThat(typed(find("Selon M. Salif Kébé, la cour a statué. Chief Justice Narayana Swamy agreed.", "fr")))
                .contains(org.assertj.core.groups.Tuple.tuple("Salif Kébé", "PER"));
        assertThat(surfaces(find("Chief Justice Narayana Swamy agreed.", "en"))).containsExactly("Narayana Swamy");
        // "Pas" and "Ces" open sentences; Lucene's French stop words say they are not names.
        assertThat(surfaces(find("Pas Macron, dit-il. Ces Renault roulent.", "fr"))).containsExactly("Macron", "Renault");
    }

    @Test
    void mediaAreProductsByTheirNounsInsideOrBeforeTheName() {
        assertThat(typed(find("Reporters of the Anchorage Daily News said so.", "en")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anchorage Daily News", "MISC"));
        // A capitalised "The" is the paper's own.
        assertThat(typed(find("The Anchorage Daily News reported it, and Ohio agreed with The Kenai Herald.", "en"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The Anchorage Daily News", "MISC"), org.assertj.core.groups.Tuple.tuple("Ohio", "LOC"),
                org.assertj.core.groups.Tuple.tuple("The Kenai Herald", "MISC"));
        assertThat(typed(find("Об этом сообщила газета «Ведомости» и авиакомпания «Аэрофлот».", "ru"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ведомости", "MISC"), org.assertj.core.groups.Tuple.tuple("Аэрофлот", "ORG"));
    }

    @Test
    void aWordAloneAfterATitleTakesTheTitlesTypeOnItsWeakerBasis() {
        // Where "of" is said by the genitive, an office's title puts its organisation after it, and the title's type goes
        // to the document's other mentions of the word on the same basis.
        assertThat(typedOnBasis(find("Včera mluvčí Smartwings potvrdil, že Smartwings létá dál.", "cs"))).containsExactly(
                tuple("Smartwings", "ORG", Mention.TypeBasis.TITLE), tuple("Smartwings", "ORG", Mention.TypeBasis.TITLE));
        assertThat(typedOnBasis(find("Wczoraj prezes Ryanaira mówił.", "pl"))).containsExactly(tuple("Ryanaira", "ORG", Mention.TypeBasis.TITLE));
        assertThat(typedOnBasis(find("Вчера глава Минздрава выступил.", "ru")))
                .containsExactly(tuple("Минздрава", "ORG", Mention.TypeBasis.TITLE));
        assertThat(typedOnBasis(find("Вчора голова Укрзалізниці заявив.", "uk")))
                .containsExactly(tuple("Укрзалізниці", "ORG", Mention.TypeBasis.TITLE));
        assertThat(typedOnBasis(find("Včeraj je vodja Smartwingsa povedal.", "sl")))
                .containsExactly(tuple("Smartwingsa", "ORG", Mention.TypeBasis.TITLE));
        // The head of a state or a town is named by its place; a courtesy or a crown only ever precedes a person.
        assertThat(typedOnBasis(find("Wczoraj premier Bawarii milczał.", "pl"))).containsExactly(tuple("Bawarii", "LOC", Mention.TypeBasis.TITLE));
        assertThat(typedOnBasis(find("Potem pan Kaczor odpowiedział.", "pl"))).containsExactly(tuple("Kaczor", "PER", Mention.TypeBasis.TITLE));
        assertThat(typedOnBasis(find("Včera Sir Xandor řekl.", "cs"))).containsExactly(tuple("Xandor", "PER", Mention.TypeBasis.TITLE));
        // Elsewhere the word is a person ("President Macron").
        assertThat(typedOnBasis(find("Yesterday President Xandor spoke.", "en"))).containsExactly(tuple("Xandor", "PER", Mention.TypeBasis.TITLE));
        // A longer name after a title is evidence as before, and so is a word alone that its ending makes a person.
        assertThat(find("Premiér Andrej Babiš to řekl.", "cs")).extracting(Mention::typeBasis).containsExactly(Mention.TypeBasis.EVIDENCE);
        assertThat(find("Wczoraj minister Kowalski to powiedział.", "pl")).extracting(Mention::typeBasis)
                .containsExactly(Mention.TypeBasis.EVIDENCE);
        // The document's evidence retypes a titled word ("авиакомпания", "letecká společnost").
        assertThat(typed(find("Včera mluvčí Ryanair řekl, že letecká společnost Ryanair létá dál.", "cs")))
                .extracting(t -> t.toList().get(1)).containsOnly("ORG");
    }

    @Test
    void aSentencesFirstWordThatTheDictionaryListsAsACommonNounOrVerbOpensNoName() {
        assertThat(typed(find("Sprawa Asi Bibi wraca do sądu. Mąż Asi Bibi mówi dziś.", "pl"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Asi Bibi", "PER"), org.assertj.core.groups.Tuple.tuple("Asi Bibi", "PER"));
        // Nouns that head names still open them; the dictionary leaves the other languages' words alone.
        assertThat(surfaces(find("Partia Zielonych wygrała wybory.", "pl"))).containsExactly("Partia Zielonych");
        assertThat(NounLemmas.isCapitalisedCommonWord("Piloci", "pl")).isTrue();
        assertThat(NounLemmas.isCapitalisedCommonWord("Kraków", "pl")).isFalse();
        assertThat(NounLemmas.isCapitalisedCommonWord("Wielka", "pl")).isFalse();
        assertThat(NounLemmas.isCapitalisedCommonWord("Piloti", "cs")).isFalse();
    }

    @Test
    void aSentencesFirstWordThatTheDictionaryListsOnlyAsANameIsOne() {
        assertThat(surfaces(find("Polacy dobrze to znają. Brytyjczycy też. Wiosna przyszła.", "pl")))
                .containsExactly("Polacy", "Brytyjczycy");
        assertThat(NounLemmas.isListedName("Kraków", "pl")).isTrue();
        // Also a common noun in lower case, or a language whose dictionary writes names in lower case: no.
        assertThat(NounLemmas.isListedName("Wiosna", "pl")).isFalse();
        assertThat(NounLemmas.isListedName("Москва", "ru")).isFalse();
    }

    @Test
    void aNameOpenedByAnInitialIsAPersonWithOrWithoutTheSpace() {
        // On evidence, not by the shape of two words alone.
        assertThat(typedOnBasis(find("Вчора С.Барклі і Т. Хендерсон зустрілися.", "uk"))).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("С.Барклі", "PER", Mention.TypeBasis.EVIDENCE),
                        org.assertj.core.groups.Tuple.tuple("Т. Хендерсон", "PER", Mention.TypeBasis.EVIDENCE));
    }

    @Test
    void theGazetteersMediaAreProductsAndNewsAgenciesOrganisations() {
        assertThat(typed(find("Według BBC i „The Guardian” agencja Reuters podała, że Facebook milczy.", "pl"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BBC", "MISC"), org.assertj.core.groups.Tuple.tuple("The Guardian", "MISC"),
                org.assertj.core.groups.Tuple.tuple("Reuters", "ORG"), org.assertj.core.groups.Tuple.tuple("Facebook", "MISC"));
        assertThat(typed(find("Об этом пишет Гардиан со ссылкой на Би-би-си.", "ru"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Гардиан", "MISC"), org.assertj.core.groups.Tuple.tuple("Би-би-си", "MISC"));
    }

    @Test
    void frenchNamesGoOnInLowerCaseAfterAnOrganisationOrPlaceNoun() {
        assertThat(typed(find("Hier, la Cour constitutionnelle et la Commission électorale indépendante ont parlé.", "fr")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cour constitutionnelle", "ORG"),
                        org.assertj.core.groups.Tuple.tuple("Commission électorale indépendante", "ORG"));
        // Not after a name that is no organisation or place noun, nor before a word that is no such noun.
        assertThat(surfaces(find("Hier, Emmanuel Macron président a parlé.", "fr"))).containsExactly("Emmanuel Macron");
        assertThat(surfaces(find("Wczoraj mówił Brytyjski minister.", "pl"))).doesNotContain("Brytyjski minister");
    }

    @Test
    void frenchStreetsBeginWithTheirLowerCaseNoun() {
        assertThat(typed(find("Le feu a pris hier rue des Rameurs, puis place de la Bastille.", "fr")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rue des Rameurs", "LOC"),
                        org.assertj.core.groups.Tuple.tuple("place de la Bastille", "LOC"));
        assertThat(surfaces(find("Le feu a pris hier près des Pâquis.", "fr"))).as("no street noun").containsExactly("Pâquis");
        assertThat(surfaces(find("Il a parlé à la place de Macron, avant la mise en place du Brexit.", "fr")))
                .as("place as an idiom").containsExactly("Macron", "Brexit");
    }

    @Test
    void aFunctionWordAloneIsNoNameInAnyCase() {
        assertThat(surfaces(find("La situation EST TRES grave, DE plus en plus, selon Paris.", "fr")))
                .doesNotContain("DE").contains("Paris");
        assertThat(surfaces(find("Он сказал: «НЕ сегодня», и Москва ответила.", "ru"))).doesNotContain("НЕ").contains("Москва");
    }

    @Test
    void slavicNamesTakeTheLowerCaseNounTheirAdjectiveQualifies() {
        assertThat(typed(find("Вчера Верховный суд оправдал женщину.", "ru")))
                .contains(org.assertj.core.groups.Tuple.tuple("Верховный суд", "ORG"));
        // With the place it belongs to, one organisation (anInstitutionTakesTheDeclinedPlaceItBelongsTo).
        assertThat(typed(find("Вчера Верховный суд Пакистана оправдал женщину.", "ru")))
                .contains(org.assertj.core.groups.Tuple.tuple("Верховный суд Пакистана", "ORG"));
        assertThat(surfaces(find("Dziś rano Brytyjski parlament głosował.", "pl"))).contains("Brytyjski parlament");
        assertThat(surfaces(find("Dnes ráno Britský parlament hlasoval.", "cs"))).contains("Britský parlament");
        assertThat(surfaces(find("Вчера Пакистанский верховный суд оправдал женщину.", "ru"))).contains("Пакистанский верховный суд");
        // Only an organisation or place noun, and only after a capitalised adjective.
        assertThat(surfaces(find("Wczoraj mówił Brytyjski minister.", "pl"))).doesNotContain("Brytyjski minister");
        assertThat(surfaces(find("Вчера Путин суд посетил.", "ru"))).doesNotContain("Путин суд");
        assertThat(surfaces(find("Dnes ráno Johnsonova vláda padla.", "cs"))).doesNotContain("Johnsonova vláda");
        // A sentence's first word is capitalised by its place.
        assertThat(surfaces(find("Brytyjski rząd ogłosił plan. Brytyjski rząd milczy.", "pl"))).isEmpty();
        // The base form declines the adjective and reads the noun in the dictionary.
        assertThat(find("Вчера решение Верховного суда вступило в силу.", "ru"))
                .anySatisfy(m -> assertThat(m.baseForm(w -> false)).isEqualTo("Верховный суд"));
    }

    @Test
    void latinNamesInCyrillicTextAreOrganisationsWithoutOtherEvidence() {
        assertThat(typed(find("Вчера авиалинии Ryanair и Deutsche Telekom сообщили новости.", "ru")))
                .contains(org.assertj.core.groups.Tuple.tuple("Ryanair", "ORG"), org.assertj.core.groups.Tuple.tuple("Deutsche Telekom", "ORG"));
        // A Cyrillic word alone keeps the place default, and Latin script says nothing in Latin-script text.
        assertThat(typed(find("Вчера в Гевелсберге шёл дождь.", "ru"))).contains(org.assertj.core.groups.Tuple.tuple("Гевелсберге", "LOC"));
        assertThat(typed(find("Yesterday it rained in Gevelsberg.", "en"))).contains(org.assertj.core.groups.Tuple.tuple("Gevelsberg", "LOC"));
    }

    @Test
    void aWordItsDictionaryReadsAsAPersonIsOne() {
        assertThat(NounLemmas.isPersonNoun("Polacy", "pl")).isTrue();
        assertThat(NounLemmas.isPersonNoun("Niemcy", "pl")).isFalse();
        assertThat(NounLemmas.isPersonNoun("Warszawa", "pl")).isFalse();
        assertThat(NounLemmas.isPersonNoun("Асия", "ru")).isTrue();
        assertThat(NounLemmas.isPersonNoun("Лондон", "ru")).isFalse();
        assertThat(NounLemmas.isPersonNoun("Лондон", "uk")).isFalse();
        assertThat(typed(find("Wczoraj w sklepie Brytyjczycy kupowali chleb.", "pl")))
                .contains(org.assertj.core.groups.Tuple.tuple("Brytyjczycy", "PER"));
    }

    @Test
    void aSurnamesPossessiveIsThePerson() {
        List<Mention> found = find("Premierka Theresa May je govorila. Vlada je podprla Mayevo pogodbo.", "sl");
        assertThat(typed(found)).contains(org.assertj.core.groups.Tuple.tuple("Mayevo", "PER"));
        assertThat(found).filteredOn(m -> m.surface().equals("Mayevo"))
                .singleElement().satisfies(m -> assertThat(m.baseForm(w -> false)).isEqualTo("May"));
        // Not without the person in the document.
        assertThat(typed(find("Vlada je včeraj podprla Mayevo pogodbo.", "sl"))).doesNotContain(org.assertj.core.groups.Tuple.tuple("Mayevo", "PER"));
    }

    @Test
    void aCzechFeminineSurnameEndsAPersonsName() {
        assertThat(typed(find("Soud včera osvobodil ženu a Asia Bibiová odletěla.", "cs")))
                .contains(org.assertj.core.groups.Tuple.tuple("Asia Bibiová", "PER"));
    }

    @Test
    void givenNamesAndSurnameEndingsMakePersons() {
        // "Mateusz Morawiecki": the -cki ending is also an adjective's, which made it an organisation.
        assertThat(typed(find("Spotkali się wczoraj Mateusz Morawiecki i Anna Zalewska.", "pl"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mateusz Morawiecki", "PER"),
                org.assertj.core.groups.Tuple.tuple("Anna Zalewska", "PER"));
        assertThat(typed(find("Premiérka Theresa Mayová odletěla a vláda řekla, že Mayová odstoupí.", "cs")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Theresa Mayová", "PER"),
                        org.assertj.core.groups.Tuple.tuple("Mayová", "PER"));
        assertThat(typed(find("Sastali su se Aleksandar Vučić i Vučić je rekao da.", "sl")).get(0).toList())
                .containsExactly("Aleksandar Vučić", "PER");
    }

    @Test
    void aNameKeepsOneTypeInADocument() {
        // Evidence types "Kowex" once (after "firma"); its other mention, shape alone, follows it.
        List<Mention> mentions = find("Pracownicy, którzy odeszli z Kowex, mówią o tym. Zarząd firmy Kowex milczy.", "pl");
        assertThat(typed(mentions)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kowex", "ORG"), org.assertj.core.groups.Tuple.tuple("Kowex", "ORG"));
        // A single word that opens an organisation's name in the document is that organisation.
        List<Mention> union = find("Posłowie Partii Pracy głosowali. Jak twierdzi Partia, to sukces, a Kowalski milczy.", "pl");
        assertThat(typed(union)).contains(org.assertj.core.groups.Tuple.tuple("Partia", "ORG"));
    }

    @Test
    void aPlaceOfTheGazetteerInsideAnUnknownNameMakesItAPlace() {
        // "Северная" is an adjective: shape alone made the name an organisation.
        assertThat(typed(find("Он сказал, что Северная Сирия опасна.", "ru")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Северная Сирия", "LOC"));
    }

    @Test
    void anAbbreviatedHeadKeepsItsPointAndTypesTheName() {
        // Persons by shape before (en-dev, 2026-12-07): the head was read with its point, or lost it.
        assertThat(typed(find("It happened around 1:20 a.m. at Hertel Ave. and Tonawanda St. on Monday, police said.", "en")))
                .containsExactly(tuple("Hertel Ave.", "LOC"), tuple("Tonawanda St.", "LOC"));
        assertThat(typed(find("Fans met outside Allianz Arena while the Azov Battalion marched past.", "en")))
                .containsExactly(tuple("Allianz Arena", "LOC"), tuple("Azov Battalion", "ORG"));
        // An abbreviated organisation noun keeps its point and types the name too.
        assertThat(typed(find("On Friday Kentucky Transportation Dept. officials said that the road was closed.", "en")))
                .containsExactly(tuple("Kentucky Transportation Dept.", "ORG"));
    }

    @Test
    void aLongerNameAfterTheDefiniteArticleIsNoPerson() {
        // "the Pittsburgh Penguins" was a person by shape; a given name still makes one ("the Joe Biden campaign").
        assertThat(typed(find("Evgeni Malkin scored twice as the Pittsburgh Penguins won, and the Joe Biden campaign watched.", "en")))
                .containsExactly(tuple("Evgeni Malkin", "PER"), tuple("Pittsburgh Penguins", "ORG"), tuple("Joe Biden", "PER"));
        assertThat(typed(find("El juez de la Audiencia de Valencia habló ayer con los periodistas.", "es")))
                .containsExactly(tuple("Audiencia de Valencia", "ORG"));
        // Not where the language sets an article before a person's name, nor over a word between.
        assertThat(typed(find("Ontem o Zeca Pagodinho cantou para a imprensa.", "pt"))).containsExactly(tuple("Zeca Pagodinho", "PER"));
        assertThat(typed(find("Officials said the late Qasem Soleimani had planned it.", "en")))
                .containsExactly(tuple("Qasem Soleimani", "PER"));
    }

    @Test
    void aCapitalisedParticleAfterAGivenNameOpensTheSurname() {
        // "Marine Le Pen" was "Marine" and "Pen"; "Bruno Le Maire" lost "Le Maire" ("maire" is a title).
        assertThat(typed(find("Hier, le ministre Bruno Le Maire a parlé avec Marine Le Pen pendant une heure sur la situation du pays.", "fr")))
                .containsExactly(tuple("Bruno Le Maire", "PER"), tuple("Marine Le Pen", "PER"));
        assertThat(typed(find("On Tuesday the minister met Mohammed Bin Salman in the capital for talks.", "en")))
                .containsExactly(tuple("Mohammed Bin Salman", "PER"));
        // Not after a word that is no given name: a place and a newspaper stay apart.
        assertThat(surfaces(find("Selon la presse à Lyon Le Progrès a publié mardi une enquête sur la ville.", "fr")))
                .contains("Lyon").doesNotContain("Lyon Le Progrès");
    }

    @Test
    void aNameListedInLowerCaseTooIsFoundSoAndBulgarianWritesItsCapitalisedSpellingAsBase() {
        // Russian and Bulgarian news write brexit in lower case too; Bulgarian's annotators write the name's own spelling.
        assertThat(find("Протест против брексита прошёл в Лондоне.", "ru")).extracting(m -> m.key() + " " + m.baseForm(w -> false))
                .contains("g:MISC-Brexit брексит");
        assertThat(find("Протестът срещу брекзит беше в Лондон.", "bg")).extracting(m -> m.key() + " " + m.baseForm(w -> false))
                .contains("g:MISC-Brexit Брекзит");
    }

    @Test
    void aPortfolioAfterAnEnglishTitleAndOfIsTheTitlesNotAName() {
        // "State" was a place and "State Rex Tillerson" a person (real news, 2026-12-07).
        assertThat(surfaces(find("On Friday Secretary of State Rex Tillerson met the Chancellor of the Exchequer Phillip Hammond "
                + "and the Minister of Finance of Hesse in the city.", "en")))
                .containsExactly("Rex Tillerson", "Phillip Hammond", "Hesse");
        // What else follows the title's "of" is a name: a place, an organisation.
        assertThat(surfaces(find("On Friday the Mayor of London met the Chairman of the Consumer Data Industry Association in the city.", "en")))
                .containsExactly("London", "Consumer Data Industry Association");
        assertThat(surfaces(find("On Friday the Chairman of the Foreign Affairs Committee spoke to reporters in the city.", "en")))
                .containsExactly("Foreign Affairs Committee");
    }

    @Test
    void aClubsFormJoinsItsNameAsALegalFormDoes() {
        // "VfL Wolfsburg" was a person by shape, "FC" a name of its own beside "Bayern Muenchen" (en-dev, 2026-12-07).
        assertThat(typed(find("Philippe Coutinho of FC Bayern Muenchen looks on during the match against VfL Wolfsburg at home.", "en")))
                .containsExactly(tuple("Philippe Coutinho", "PER"), tuple("FC Bayern Muenchen", "ORG"), tuple("VfL Wolfsburg", "ORG"));
        assertThat(typed(find("On Sunday fans of AC Milan met supporters of Leeds United AFC in the city.", "en")))
                .containsExactly(tuple("AC Milan", "ORG"), tuple("Leeds United AFC", "ORG"));
    }
}
