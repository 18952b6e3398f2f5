package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    /** Renderings of one surname as "lang:spelling", as the press of each language writes it. */
    static final List<List<String>> GROUPS = List.of(
            List.of("ru:Зеленский", "uk:Зеленський", "bg:Зеленски", "en:Zelensky", "en:Zelenskyy", "de:Selenskyj",
                    "es:Zelenski", "pl:Zełenski", "it:Zelenskij", "cs:Zelenskyj", "tr:Zelenskiy", "fr:Zelensky"),
            List.of("ru:Чайковский", "bg:Чайковски", "en:Tchaikovsky", "de:Tschaikowski", "fr:Tchaïkovski",
                    "pl:Czajkowski", "cs:Čajkovskij", "es:Chaikovski", "tr:Çaykovski"),
            List.of("ru:Хрущёв", "uk:Хрущов", "bg:Хрушчов", "en:Khrushchev", "de:Chruschtschow", "fr:Khrouchtchev",
                    "pl:Chruszczow", "cs:Chruščov", "es:Jrushchov", "tr:Hruşçov"),
            List.of("ru:Гагарина", "en:Gagarina", "de:Gagarina", "ru:Гагарин", "en:Gagarin", "fr:Gagarine"),
            List.of("ru:Путин", "uk:Путін", "bg:Путин", "en:Putin", "fr:Poutine", "de:Putin", "pl:Putin", "tr:Putin"),
            List.of("ru:Навальный", "uk:Навальний", "en:Navalny", "de:Nawalny", "pl:Nawalny", "cs:Navalnyj",
                    "es:Navalni", "fr:Navalny", "it:Navalnyj"),
            List.of("ru:Горбачёв", "en:Gorbachev", "de:Gorbatschow", "fr:Gorbatchev", "pl:Gorbaczow", "cs:Gorbačov",
                    "es:Gorbachov", "tr:Gorbaçov"),
            List.of("ru:Ельцин", "en:Yeltsin", "de:Jelzin", "fr:Eltsine", "pl:Jelcyn", "cs:Jelcin", "es:Yeltsin"),
            List.of("uk:Шевченко", "en:Shevchenko", "de:Schewtschenko", "fr:Chevtchenko", "pl:Szewczenko",
                    "cs:Ševčenko", "es:Shevchenko"),
            List.of("uk:Кличко", "ru:Кличко", "en:Klitschko", "de:Klitschko", "fr:Klitchko", "pl:Kliczko", "cs:Kličko"),
            List.of("ru:Лавров", "en:Lavrov", "de:Lawrow", "fr:Lavrov", "pl:Ławrow", "cs:Lavrov"),
            List.of("ru:Медведев", "en:Medvedev", "de:Medwedew", "pl:Miedwiediew", "cs:Medveděv", "fr:Medvedev"),
            List.of("ru:Шойгу", "en:Shoigu", "de:Schoigu", "fr:Choïgou", "pl:Szojgu", "cs:Šojgu"),
            List.of("ru:Пригожин", "en:Prigozhin", "de:Prigoschin", "fr:Prigojine", "pl:Prigożyn", "cs:Prigožin"),
            List.of("ru:Кузнецов", "en:Kuznetsov", "de:Kusnezow", "fr:Kouznetsov", "pl:Kuzniecow", "cs:Kuzněcov"),
            List.of("ru:Брежнев", "en:Brezhnev", "de:Breschnew", "fr:Brejnev", "pl:Breżniew", "cs:Brežněv"),
            List.of("uk:Тимошенко", "en:Tymoshenko", "de:Timoschenko", "fr:Timochenko", "pl:Tymoszenko",
                    "sk:Tymošenko", "es:Timoshenko"),
            List.of("uk:Порошенко", "en:Poroshenko", "de:Poroschenko", "fr:Porochenko", "pl:Poroszenko", "cs:Porošenko"),
            List.of("uk:Шмигаль", "en:Shmyhal", "de:Schmyhal", "fr:Chmyhal", "pl:Szmyhal", "cs:Šmyhal"),
            List.of("ru:Жуков", "en:Zhukov", "de:Schukow", "fr:Joukov", "pl:Żukow", "cs:Žukov"),
            List.of("ru:Достоевский", "en:Dostoevsky", "en:Dostoyevsky", "de:Dostojewski", "fr:Dostoïevski",
                    "pl:Dostojewski", "cs:Dostojevskij", "es:Dostoyevski"),
            List.of("ru:Солженицын", "en:Solzhenitsyn", "de:Solschenizyn", "fr:Soljenitsyne", "pl:Sołżenicyn",
                    "cs:Solženicyn"),
            List.of("uk:Ющенко", "en:Yushchenko", "de:Juschtschenko", "fr:Iouchtchenko", "pl:Juszczenko", "cs:Juščenko"),
            List.of("uk:Янукович", "ru:Янукович", "en:Yanukovych", "de:Janukowytsch", "fr:Ianoukovitch",
                    "pl:Janukowycz", "cs:Janukovyč"),
            List.of("ru:Лукашенко", "en:Lukashenko", "de:Lukaschenko", "fr:Loukachenko", "pl:Łukaszenka", "cs:Lukašenko"),
            List.of("ru:Шостакович", "en:Shostakovich", "de:Schostakowitsch", "fr:Chostakovitch", "pl:Szostakowicz",
                    "cs:Šostakovič"),
            List.of("ru:Прокофьев", "en:Prokofiev", "de:Prokofjew", "fr:Prokofiev", "pl:Prokofiew", "cs:Prokofjev"),
            List.of("ru:Чехов", "en:Chekhov", "de:Tschechow", "fr:Tchekhov", "pl:Czechow", "cs:Čechov"),
            List.of("ru:Тургенев", "en:Turgenev", "de:Turgenjew", "fr:Tourgueniev", "pl:Turgieniew", "cs:Turgeněv"),
            List.of("ru:Пушкин", "en:Pushkin", "de:Puschkin", "fr:Pouchkine", "pl:Puszkin", "cs:Puškin"),
            List.of("ru:Ходорковский", "en:Khodorkovsky", "de:Chodorkowski", "fr:Khodorkovski", "pl:Chodorkowski",
                    "cs:Chodorkovskij", "es:Jodorkovski"),
            List.of("ru:Абрамович", "en:Abramovich", "de:Abramowitsch", "fr:Abramovitch", "pl:Abramowicz", "cs:Abramovič"),
            List.of("ru:Зюганов", "en:Zyuganov", "de:Sjuganow", "fr:Ziouganov", "pl:Ziuganow", "cs:Zjuganov"),
            List.of("ru:Жириновский", "en:Zhirinovsky", "de:Schirinowski", "fr:Jirinovski", "pl:Żyrinowski",
                    "cs:Žirinovskij"),
            List.of("ru:Собянин", "en:Sobyanin", "de:Sobjanin", "fr:Sobianine", "pl:Sobianin"),
            List.of("ru:Эрдоган", "tr:Erdoğan", "en:Erdogan", "de:Erdoğan", "pl:Erdoğan"),
            List.of("ru:Олланд", "fr:Hollande", "bg:Оланд", "es:Hollande"));

    static String key(String rendering) {
        int colon = rendering.indexOf(':');
        return NameKey.of(rendering.substring(colon + 1), rendering.substring(0, colon));
    }

    @Test
    void everyRenderingOfASurnameGetsOneKey() {
        for (List<String> group : GROUPS) {
            Map<String, String> keys = new LinkedHashMap<>();
            group.forEach(r -> keys.put(r, key(r)));
            assertThat(keys.values()).as(keys.toString()).doesNotContainNull().containsOnly(key(group.get(0)));
        }
    }

    @Test
    void differentSurnamesGetDifferentKeys() {
        List<String> firsts = GROUPS.stream().map(g -> key(g.get(0))).toList();
        assertThat(firsts).doesNotHaveDuplicates();
        assertThat(NameKey.of("Putin", "en")).isNotEqualTo(NameKey.of("Potanin", "en"));
        assertThat(NameKey.of("Ivanov", "en")).isNotEqualTo(NameKey.of("Ivanenko", "en"));
    }

    @Test
    void theKeyIsOfTheLastWord() {
        assertThat(NameKey.of("Владимир Зеленский", "ru")).isEqualTo(NameKey.of("Zelensky", "en"));
        assertThat(NameKey.of("Wołodymyr Zełenski,", "pl")).isEqualTo(NameKey.of("Zelensky", "en"));
        assertThat(NameKey.of("Nikolai Rimsky-Korsakov", "en")).isEqualTo(NameKey.of("Римский-Корсаков", "ru"));
    }

    @Test
    void tooShortOrLetterlessNamesHaveNoKey() {
        assertThat(NameKey.of("Xi", "en")).isNull();
        assertThat(NameKey.of("Ли", "ru")).isNull();
        assertThat(NameKey.of("", "en")).isNull();
        assertThat(NameKey.of("42", "en")).isNull();
        assertThat(NameKey.of(null, "en")).isNull();
        assertThat(NameKey.of("Navalny", null)).isEqualTo(NameKey.of("Navalny", "en"));
    }

    @Test
    void aNameAskedAgainGetsTheSameKeyInEachLanguageAndAfterManyOthers() {
        String french = NameKey.of("Michel", "fr");
        String german = NameKey.of("Michel", "de");
        assertThat(french).isNotEqualTo(german);
        assertThat(NameKey.of("Michel", "fr")).isEqualTo(french);
        assertThat(NameKey.of("Michel", "de")).isEqualTo(german);
        assertThat(NameKey.of("Xi", "en")).isNull();
        assertThat(NameKey.of("Xi", "en")).isNull();
        // More distinct names than the per-thread memory holds: the first ones are computed again, alike.
        for (int i = 0; i < 10_000; i++) {
            NameKey.of("Name" + i, "en");
        }
        assertThat(NameKey.of("Michel", "fr")).isEqualTo(french);
        assertThat(NameKey.of("Зеленский", "ru")).isEqualTo(NameKey.of("Zelensky", "en"));
    }
}
