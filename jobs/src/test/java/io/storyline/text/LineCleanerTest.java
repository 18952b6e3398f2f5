package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.SharedData;
import io.storyline.text.LineCleaner.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineCleanerTest {

    private final LineCleaner cleaner = LineCleaner.defaults();

    private static final String PARAGRAPH_1 =
            "President Vladimir Putin and French President Francois Hollande agreed on Tuesday to coordinate military action against Islamic State in Syria.";
    private static final String PARAGRAPH_2 =
            "The two leaders will meet in Moscow on November 26, the Kremlin said in a statement published after the call.";

    private static List<String> seed(String prefix) throws IOException {
        Path seeds = SharedData.require("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
    }

    /** Lines 1-based, as an editor shows them. */
    private static List<String> lines(List<String> all, int from, int to) {
        return all.subList(from - 1, to).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Reason reasonFor(LineCleaner.Result result, String line) {
        return result.dropped().stream().filter(d -> d.line().strip().equals(line)).findFirst()
                .map(LineCleaner.DroppedLine::reason).orElse(null);
    }

    @Test
    void gazetaSeedKeepsTitleAndEveryParagraphAndLosesAllChrome() throws IOException {
        List<String> seed = seed("001");
        LineCleaner.Result result = cleaner.clean(seed);
        List<String> kept = result.lines().stream().filter(l -> !l.isEmpty()).toList();

        // lines 7-19: the title and the seven article paragraphs, and nothing else
        assertThat(kept).containsExactlyElementsOf(lines(seed, 7, 19));
        assertThat(kept.get(0)).startsWith("Путин и Олланд договорились о координации");
        assertThat(kept.get(kept.size() - 1)).startsWith("«Исламское государство» — террористическая организация");

        assertThat(reasonFor(result, "На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия"))
                .isEqualTo(Reason.COOKIE_NOTICE);
        assertThat(reasonFor(result, "Ok")).isEqualTo(Reason.COOKIE_NOTICE);
        assertThat(reasonFor(result, seed.get(2).strip())).as(seed.get(2)).isEqualTo(Reason.PROMO);
        assertThat(reasonFor(result, "Все новости")).isEqualTo(Reason.NAVIGATION);
        assertThat(reasonFor(result, "Новые материалы +")).isEqualTo(Reason.NAVIGATION);
        assertThat(reasonFor(result, "Новости и материалы")).isEqualTo(Reason.WIDGET_MARKER);
        assertThat(reasonFor(result, seed.get(22).strip())).as(seed.get(22)).isEqualTo(Reason.AFTER_MARKER);
        assertThat(result.droppedLines()).containsAll(lines(seed, 21, 40)).containsAll(lines(seed, 1, 5));
        assertThat(result.text()).doesNotContain("cookies", "Подписывайтесь", "Все новости", "Victoria's Secret",
                "БПЛА");
    }

    @Test
    void dnesSeedKeepsEveryParagraphAndLosesCommentWidgetAndHeadlines() throws IOException {
        List<String> seed = seed("002");
        LineCleaner.Result result = cleaner.clean(seed);
        List<String> kept = result.lines().stream().filter(l -> !l.isEmpty()).toList();

        // lines 1-15: the title (twice in the source) and six paragraphs
        assertThat(kept).containsExactlyElementsOf(lines(seed, 1, 15));
        assertThat(reasonFor(result, "Коментари")).isEqualTo(Reason.WIDGET_MARKER);
        assertThat(result.droppedLines()).contains("НАЙ-НОВО", "НАЙ-ЧЕТЕНИ", "НАЙ-КОМЕНТИРАНИ", "|",
                "Времето: Жълт код за обилни валежи в 7 области",
                "Microsoft се присъедини към Nvidia в клуба на компаниите с пазарна капитализация от над 4 трлн. долара");
        assertThat(result.droppedLines()).containsAll(lines(seed, 17, 36));
        assertThat(result.text()).endsWith("за съвместна борба с „Ислямска държава”.");
    }

    @Test
    void seedsWithoutChromeLoseNoLine() throws IOException {
        for (String prefix : List.of("000", "003", "004")) {
            List<String> seed = seed(prefix);
            LineCleaner.Result result = cleaner.clean(seed);
            assertThat(result.dropped()).as("seed " + prefix).isEmpty();
            assertThat(result.lines().stream().filter(l -> !l.isEmpty()).toList()).as("seed " + prefix)
                    .containsExactlyElementsOf(lines(seed, 1, seed.size()));
        }
    }

    @Test
    void headlineListWithoutItsMarkerIsDroppedAsARun() throws IOException {
        List<String> seed = new ArrayList<>(seed("001"));
        seed.remove(20); // "Новости и материалы"
        LineCleaner.Result result = cleaner.clean(seed);
        assertThat(reasonFor(result, "Мужчина похоронил девушку заживо во время первого свидания"))
                .isEqualTo(Reason.HEADLINE_RUN);
        assertThat(result.lines().stream().filter(l -> !l.isEmpty()).toList()).containsExactlyElementsOf(lines(seed, 7, 19));
    }

    @Test
    void titleBylineAndDatelineAtTheTopAreKept() {
        String text = "Putin and Hollande to meet in Moscow\nBy John Smith\nMOSCOW, November 17\n\n" + PARAGRAPH_1 + "\n\n"
                + PARAGRAPH_2;
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.dropped()).isEmpty();
        assertThat(result.lines()).startsWith("Putin and Hollande to meet in Moscow", "By John Smith", "MOSCOW, November 17");
    }

    @Test
    void shortQuotedLinesAndSubheadingsInsideTheArticleAreKept() {
        String text = PARAGRAPH_1 + "\n\n“We are allies”\n\n«Мы союзники»\n\n„Wir sind Verbündete“\n\nBlows on terrorists\n\n"
                + PARAGRAPH_2;
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.dropped()).isEmpty();
    }

    @Test
    void threeUnrelatedHeadlinesWithTimesAfterTheArticleAreDropped() {
        String text = PARAGRAPH_1 + "\n" + PARAGRAPH_2 + "\n12:40 Storm warning for seven regions\n"
                + "12:15 Central bank keeps rates unchanged\n11:58 Local team wins the cup in extra time";
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.lines()).containsExactly(PARAGRAPH_1, PARAGRAPH_2);
        assertThat(LineCleaner.countByReason(result)).isEqualTo(Map.of(Reason.HEADLINE_RUN, 3));
    }

    @Test
    void twoShortLinesInARowAreNotARun() {
        String text = PARAGRAPH_1 + "\nBlows on terrorists\nThe Moscow talks\n" + PARAGRAPH_2;
        assertThat(cleaner.clean(text).dropped()).isEmpty();
    }

    @Test
    void markerBeforeTheArticleDropsOnlyItself() {
        String text = "Comments\nPutin and Hollande to meet in Moscow\n\n" + PARAGRAPH_1;
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.droppedLines()).containsExactly("Comments");
        assertThat(result.lines()).startsWith("Putin and Hollande to meet in Moscow");
    }

    @Test
    void widgetBlockEndsAtTheNextRealParagraph() {
        String text = PARAGRAPH_1 + "\nRelated articles\nStorm warning for seven regions\nCentral bank keeps rates\n"
                + PARAGRAPH_2;
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.lines()).containsExactly(PARAGRAPH_1, PARAGRAPH_2);
        assertThat(result.dropped()).extracting(LineCleaner.DroppedLine::reason)
                .containsExactly(Reason.WIDGET_MARKER, Reason.AFTER_MARKER, Reason.AFTER_MARKER);
    }

    private static final String PARAGRAPH_3 = "Hollande flew to Washington on Tuesday to meet Barack Obama, and will travel on to "
            + "Moscow after talks in Berlin with Angela Merkel, in a week of diplomacy that French officials describe as "
            + "an attempt to build one coalition against the group.";
    private static final String OTHER_STORY = "The regional weather service warned of heavy snow and strong winds in "
            + "seven northern regions until Thursday morning.";

    @Test
    void keptLinesAfterTheArticleBodyAreItsTailEvenWhenTheyAreParagraphs() {
        String text = "Putin and Hollande to meet in Moscow\n" + PARAGRAPH_1 + "\n" + PARAGRAPH_2 + "\n" + PARAGRAPH_3
                + "\nShare this article\nRelated articles\nStorm warning for seven regions\n" + OTHER_STORY
                + "\nCentral bank keeps rates unchanged\n" + OTHER_STORY.replace("seven northern", "three southern")
                + "\nReporting by John Smith; editing by Jane Doe";
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.lines()).containsExactly("Putin and Hollande to meet in Moscow", PARAGRAPH_1, PARAGRAPH_2,
                PARAGRAPH_3);
        assertThat(LineCleaner.countByReason(result)).containsEntry(Reason.AFTER_ARTICLE, 4);
        assertThat(reasonFor(result, OTHER_STORY)).isEqualTo(Reason.AFTER_ARTICLE);
    }

    @Test
    void paragraphsAfterChromeStayWhileTheirWordsOutweighIt() {
        String text = PARAGRAPH_1 + "\n" + PARAGRAPH_3 + "\nPhoto: Reuters\n" + PARAGRAPH_2 + "\n" + OTHER_STORY;
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.lines()).containsExactly(PARAGRAPH_1, PARAGRAPH_3, PARAGRAPH_2, OTHER_STORY);
        assertThat(result.droppedLines()).containsExactly("Photo: Reuters");
    }

    @Test
    void aShortLastSentenceStaysAndACreditLineGoes() {
        LineCleaner.Result result = cleaner.clean(PARAGRAPH_1 + "\n" + PARAGRAPH_2 + "\nThe talks continue.\n(dpa/AFP)");
        assertThat(result.lines()).containsExactly(PARAGRAPH_1, PARAGRAPH_2, "The talks continue.");
        assertThat(reasonFor(result, "(dpa/AFP)")).isEqualTo(Reason.AFTER_ARTICLE);
    }

    @Test
    void programTextIsDroppedAndNeverCountsAsTheArticle() {
        String script = "0?(a.parentElement&&e.body.removeChild(a),setTimeout(function(){r(o)},100)):(a.parentElement&&"
                + "e.body.removeChild(a),t())}if(\"loading\"===e.readyState){var n=function(){t()};e.addEventListener("
                + "\"DOMContentLoaded\",n)} function r(e,t){if(!(e instanceof t))throw new TypeError(\"Cannot call\")} "
                + "var o=n(99);e.exports=r},function(e,t,n){var r=n(123);e.exports=function(){return new r.Template({})}}";
        String text = "Storm warning for seven regions\n" + script + "\n" + PARAGRAPH_1 + "\n"
                + "Publicado por {{ post.author.display_name }}\n{{ article.dateHour }}\n" + PARAGRAPH_2;
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.lines()).containsExactly("Storm warning for seven regions", PARAGRAPH_1, PARAGRAPH_2);
        assertThat(LineCleaner.countByReason(result)).isEqualTo(Map.of(Reason.SCRIPT, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The company's R&D budget rose, and the Q&A session ran long; a || b stood on the slide.",
            "(1-t) = 0,81; c1 = 1,04; m = 6,3",
            "ldd libssl.so.0.9.7 => /usr/local/lib/libssl.so.0.9.7 (0x4001b000) libcrypto.so => /usr/lib",
            "The function (in the sense of the law) was clear; {the clause} was not."})
    void proseWithSymbolsIsNotProgramText(String line) {
        assertThat(LineCleaner.isProgramText(line)).as(line).isFalse();
    }

    @Test
    void anArticleWrittenInShortSentencesKeepsItsLinesAfterASubheading() {
        String text = PARAGRAPH_3 + "\nThe talks lasted two hours.\nBoth sides called them useful.\n"
                + "Reactions\nBerlin welcomed the meeting.\nLondon said little about it.\nWarsaw asked for details.";
        assertThat(cleaner.clean(text).dropped()).isEmpty();
    }

    private static final String COMMENT = "Great read, thank you. I wondered for years why the two of them never met "
            + "before, and this explains a lot about the timing of the whole affair.";

    @Test
    void readersCommentsBelowTheArticleGoFromTheirHeadingThoughTheyOutweighTheArticle() {
        String text = PARAGRAPH_1 + "\n" + PARAGRAPH_2 + "\n3 thoughts on “Putin and Hollande to meet in Moscow”\n"
                + "Anna says:\n24. November 2015 at 10:12\n" + COMMENT + "\nReply\nBen says:\n" + COMMENT + " " + COMMENT
                + "\nCarl says:\n" + COMMENT + " " + COMMENT + "\nLeave a Reply";
        LineCleaner.Result result = cleaner.clean(text);
        assertThat(result.lines()).containsExactly(PARAGRAPH_1, PARAGRAPH_2);
        assertThat(reasonFor(result, "3 thoughts on “Putin and Hollande to meet in Moscow”")).isEqualTo(Reason.COMMENTS);
        assertThat(reasonFor(result, COMMENT)).isEqualTo(Reason.COMMENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 Gedanken zu „Putin und Hollande treffen sich in Moskau“", "12 Kommentare zu „Treffen in Moskau“",
            "2 réflexions sur « Poutine et Hollande à Moscou »", "5 comentarios en «Putin y Hollande en Moscú»",
            "One response to \"Putin and Hollande to meet in Moscow\"", "3 комментария к записи «Путин и Олланд в Москве»",
            "4 comentários em “Putin e Hollande em Moscou”", "2 pensieri su “Putin e Hollande a Mosca”",
            "3 reacties op “Poetin en Hollande in Moskou”", "2 komentarze do „Putin i Hollande w Moskwie”",
            "5 komentářů k „Putin a Hollande v Moskvě“", "2 коментарі до «Путін і Олланд у Москві»",
            "3 коментара за „Путин и Оланд в Москва“"})
    void commentHeadingsInTheLanguagesWeReadStartTheComments(String heading) {
        LineCleaner.Result result = cleaner.clean(PARAGRAPH_1 + "\n" + PARAGRAPH_2 + "\n" + heading + "\n" + COMMENT);
        assertThat(result.lines()).as(heading).containsExactly(PARAGRAPH_1, PARAGRAPH_2);
    }

    @Test
    void twoCommenterLinesStartTheCommentsAndOneDoesNot() {
        for (String verb : List.of("sagt", "schreibt", "dit", "dice", "pisze", "napsal", "пишет", "каже", "казва")) {
            String two = PARAGRAPH_1 + "\n" + PARAGRAPH_2 + "\nPeter " + verb + ":\n" + COMMENT + "\nAnna Berg " + verb + " :\n"
                    + COMMENT;
            assertThat(cleaner.clean(two).lines()).as(verb).containsExactly(PARAGRAPH_1, PARAGRAPH_2);
        }
        // An article may introduce a quotation with a line of its own; a forum prints "said:" above a quoted post.
        String quote = PARAGRAPH_1 + "\nThe statement says:\n" + COMMENT + "\n" + PARAGRAPH_2;
        assertThat(cleaner.clean(quote).dropped()).isEmpty();
        String forum = PARAGRAPH_1 + "\nDamon Otter said:\n" + COMMENT + "\nNixe said:\n" + PARAGRAPH_2;
        assertThat(cleaner.clean(forum).dropped()).isEmpty();
    }

    @Test
    void aQuotationIntroducedInTheArticleIsNotWhereItsCommentsStart() {
        String article = PARAGRAPH_1 + "\nThe statement says:\n" + COMMENT + "\n" + PARAGRAPH_2 + "\n" + PARAGRAPH_3 + "\n"
                + PARAGRAPH_1.replace("Tuesday", "Monday") + "\n" + PARAGRAPH_2.replace("26", "27") + "\n"
                + PARAGRAPH_3.replace("coalition", "front") + "\n";
        List<String> kept = List.of(PARAGRAPH_1, "The statement says:", COMMENT, PARAGRAPH_2, PARAGRAPH_3,
                PARAGRAPH_1.replace("Tuesday", "Monday"), PARAGRAPH_2.replace("26", "27"), PARAGRAPH_3.replace("coalition", "front"));
        assertThat(cleaner.clean(article + "2 thoughts on “Putin and Hollande”\nAnna says:\n" + COMMENT).lines())
                .containsExactlyElementsOf(kept);
        assertThat(cleaner.clean(article + "Anna says:\n" + COMMENT + "\nBen says:\n" + COMMENT).lines())
                .containsExactlyElementsOf(kept);
    }

    @Test
    void aCommentCountAboveTheArticleOrAHeadingWithoutTheTitleIsNoComments() {
        String text = "3 comments on “Putin and Hollande to meet in Moscow”\n" + PARAGRAPH_1 + "\n3 responses to the crisis\n"
                + PARAGRAPH_2;
        assertThat(cleaner.clean(text).dropped()).isEmpty();
    }

    @Test
    void aTextWithoutParagraphsIsNotCut() {
        assertThat(cleaner.clean("Storm warning for seven regions\n\nMore follows").dropped()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | We use cookies. By continuing you agree                                                            | COOKIE_NOTICE
            de | Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu            | COOKIE_NOTICE
            fr | Ce site utilise des cookies pour améliorer votre expérience                                        | COOKIE_NOTICE
            es | Este sitio web utiliza cookies para mejorar su experiencia                                         | COOKIE_NOTICE
            it | Questo sito utilizza cookie tecnici e di profilazione                                              | COOKIE_NOTICE
            pl | Ta strona używa plików cookies. Korzystając z niej wyrażasz zgodę                                  | COOKIE_NOTICE
            uk | Сайт використовує файли cookie                                                                      | COOKIE_NOTICE
            bg | Този сайт използва бисквитки                                                                        | COOKIE_NOTICE
            en | Follow us on Twitter and Facebook                                                                   | PROMO
            en | Share on Facebook                                                                                   | PROMO
            en | Sign up for our newsletter                                                                          | PROMO
            ru | Подписывайтесь на наш канал в Telegram                                                              | PROMO
            ru | Не пропустите главное — подписывайтесь на наш Telegram                                              | PROMO
            bg | Абонирайте се за нашия бюлетин                                                                      | PROMO
            uk | Підписуйтесь на наш Telegram-канал                                                                  | PROMO
            de | Folgen Sie uns auf Facebook                                                                         | PROMO
            fr | Abonnez-vous à notre newsletter                                                                     | PROMO
            es | Síguenos en Twitter                                                                                 | PROMO
            it | Seguici su Facebook                                                                                 | PROMO
            pl | Obserwuj nas na Facebooku                                                                           | PROMO
            uk | Київський вісник © 2026. Усі права захищено.                                                         | FOOTER
            de | © Rheinische Abendpost 2026                                                                         | FOOTER
            en | Copyright 2026 Example News Ltd. All rights reserved.                                               | FOOTER
            ru | Читайте также: Синоптики пообещали аномально тёплый Новый год на юге                                | PROMO
            en | Read more: Ferry operator warns of winter cancellations                                             | PROMO
            de | Mehr aus der Region lesen Sie in unserer App.                                                       | FOOTER
            en | To read the whole article, please subscribe to the Example Times.                                    | FOOTER
            en | If you are already a subscriber, you can log in for immediate access.                               | FOOTER
            en | For breaking news download the Example News apps for iOS and Android.                               | FOOTER
            en | The site is not responsible for the opinions of its contributors.                                   | FOOTER
            es | Apoya el periodismo independiente. Cancela cuando quieras.                                          | FOOTER
            de | Dieser Beitrag enthält Werbung für eine Modemarke.                                                  | FOOTER
            de | Anzeige - Heute mal ausgehen? Jetzt einen Tisch reservieren                                         | FOOTER
            en | Home > Europe > Russia                                                                              | NAVIGATION
            uk | Всі новини                                                                                          | NAVIGATION
            bg | Всички новини »                                                                                     | NAVIGATION
            de | Startseite                                                                                          | NAVIGATION
            en | Leave a Reply Cancel reply                                                                          | PROMO
            de | Hinterlasse einen Kommentar Kommentar abbrechen                                                      | PROMO
            fr | Laisser un commentaire Annuler la réponse                                                           | PROMO
            es | Deja un comentario Cancelar respuesta                                                               | PROMO
            pl | Dodaj komentarz Anuluj pisanie odpowiedzi                                                           | PROMO
            ru | Оставить комментарий Отменить ответ                                                                 | PROMO
            en | Like it? Share it!                                                                                  | PROMO
            de | Diese Seite teilen                                                                                  | PROMO
            fr | Partager cet article                                                                                | PROMO
            de | Newsletter abonnieren und 10 € Gutschein sichern!                                                   | PROMO
            en | Get the best stories in our newsletter                                                              | PROMO
            de | Jetzt kostenlos anmelden »                                                                          | PROMO
            en | Your email address will not be published. Required fields are marked *                              | FOOTER
            de | Deine E-Mail-Adresse wird nicht veröffentlicht.                                                     | FOOTER
            fr | Votre adresse e-mail ne sera pas publiée.                                                           | FOOTER
            de | Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.                        | FOOTER
            de | GdP-Vize und Tarifexperte Karl Beispiel. Foto: GdP/Hans Muster                                      | FOOTER
            ru | Фото: пресс-служба мэрии                                                                            | FOOTER
            de | Schlagworte: Mode Nachhaltigkeit Outdoor                                                            | FOOTER
            en | Filed under 2020 Election                                                                           | FOOTER
            en | Related Coverage                                                                                    | WIDGET_MARKER
            en | Recent Posts                                                                                        | WIDGET_MARKER
            de | Weitere Artikel zum Thema:                                                                          | WIDGET_MARKER
            de | Das könnte dich auch interessieren:                                                                 | WIDGET_MARKER
            de | Neueste Kommentare                                                                                  | WIDGET_MARKER
            de | Teilen mit:                                                                                         | WIDGET_MARKER
            fr | Articles similaires                                                                                 | WIDGET_MARKER
            es | Otras noticias                                                                                      | WIDGET_MARKER
            es | Entradas relacionadas                                                                               | WIDGET_MARKER
            it | Articoli recenti                                                                                    | WIDGET_MARKER
            pl | Podobne wpisy                                                                                       | WIDGET_MARKER
            cs | Nejnovější komentáře                                                                                | WIDGET_MARKER
            ru | Похожие записи                                                                                      | WIDGET_MARKER
            bg | Подобни публикации                                                                                  | WIDGET_MARKER
            uk | Останні записи                                                                                      | WIDGET_MARKER
            ja | 当サイトではCookieを使用しています                                                                  | COOKIE_NOTICE
            zh | 本网站使用cookie，继续浏览即表示您同意                                                              | COOKIE_NOTICE
            ja | この記事をシェアする                                                                                | PROMO
            ja | 無料会員登録で全ての記事が読めます                                                                  | PROMO
            zh | 分享到：微信 微博 QQ空间                                                                            | PROMO
            zh | 扫码关注我们的公众号                                                                                | PROMO
            ja | Copyright © 2026 東京経済新聞 無断転載を禁じます                                                    | FOOTER
            zh | 版权所有 未经授权不得转载                                                                           | FOOTER
            ja | 「シェア」                                                                                          | NAVIGATION
            ja | ログイン                                                                                            | NAVIGATION
            ja | ホーム ｜ 経済 ｜ 政治 ｜ 国際                                                                      | NAVIGATION
            zh | 首页                                                                                                | NAVIGATION
            zh | 登录                                                                                                | NAVIGATION
            ja | コメント                                                                                            | WIDGET_MARKER
            zh | 相关新闻                                                                                            | WIDGET_MARKER
            """)
    void chromeLineBetweenParagraphsIsDroppedInEveryLanguage(String lang, String line, Reason reason) {
        LineCleaner.Result result = cleaner.clean(List.of(PARAGRAPH_1, "", line, "", PARAGRAPH_2));
        assertThat(result.dropped()).extracting(LineCleaner.DroppedLine::reason).containsExactly(reason);
        assertThat(result.lines()).containsExactly(PARAGRAPH_1, "", PARAGRAPH_2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Путин и Олланд договорились                      | 4
            вице-мэра Москвы                                 | 2
            the U.S. and e.g. it's 3.5%                      | 6
            -- end -- . ' x- -y                              | 3
            ½ of 2² people                                   | 4
            中文 和 日本語                                   | 3
            नए साल का जश्न: दिल्ली में सड़कें जाम               | 8
            cafe\u0301 de\u0301cafe\u0301ine\u0301          | 2
            """)
    void wordsAreRunsOfLettersOrDigitsJoinedByInnerPunctuation(String line, int expected) {
        assertThat(LineCleaner.countWords(line)).isEqualTo(expected);
    }

    @Test
    void edgesWithoutLettersOrMarksAreCutAsTheRegularExpressionCutThem() {
        java.util.regex.Pattern edges = java.util.regex.Pattern.compile("^[^\\p{L}\\p{M}]+|[^\\p{L}\\p{M}]+$");
        String[] parts = {"a", "Ж", "中", "\u0301", "แชร์", "1", "½", ".", " ", "»", "\u0085", "\uD835\uDC00", "\uD83D\uDE00", "-"};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            String text = line.toString();
            assertThat(LineCleaner.withoutEdgeNonLetters(text)).as(text).isEqualTo(edges.matcher(text).replaceAll(""));
        }
        assertThat(LineCleaner.withoutEdgeNonLetters("» Read more: ")).isEqualTo("Read more");
        assertThat(LineCleaner.withoutEdgeNonLetters("แชร์ 12")).isEqualTo("แชร์");
    }

    static final String JA_TITLE = "日銀、政策金利を0.5%に引き上げ";
    static final List<String> JA_BODY = List.of(
            "日本銀行は24日、金融政策決定会合で短期の政策金利を0.25%から0.5%に引き上げることを決めた。利上げは昨年7月以来で、政策金利は約17年ぶりの高い水準となる。",
            "植田和男総裁は会合後の記者会見で、賃金と物価がともに上昇する好循環が強まっているとの認識を示し、今後も経済や物価の情勢に応じて金利を引き上げていく考えを明らかにした。",
            "市場では利上げをほぼ織り込んでいたため、発表直後の円相場の動きは限定的だった。東京株式市場の日経平均株価は小幅に値上がりして取引を終えた。");
    static final String ZH_TITLE = "国家统计局：一季度国内生产总值同比增长5.3%";
    static final List<String> ZH_BODY = List.of(
            "国家统计局16日发布数据显示，今年一季度国内生产总值同比增长5.3%，增速比去年四季度加快0.1个百分点，经济运行实现良好开局。",
            "分行业看，工业生产稳步回升，规模以上工业增加值同比增长6.1%；服务业保持较快增长，信息传输、软件和信息技术服务业增加值增长13.7%。",
            "国家统计局新闻发言人表示，当前外部环境依然复杂严峻，国内有效需求仍显不足，下一阶段要继续加大宏观政策调控力度，巩固和增强经济回升向好态势。");

    static final String KO_TITLE = "한국은행, 기준금리 3.0%로 0.25%포인트 인하";
    static final List<String> KO_BODY = List.of(
            "한국은행 금융통화위원회는 28일 통화정책방향 회의를 열고 기준금리를 연 3.25%에서 3.0%로 0.25%포인트 내렸다. 두 차례 연속 인하는 금융위기 이후 처음이다.",
            "이창용 총재는 기자간담회에서 내수 회복이 예상보다 더디고 수출 증가세도 둔화하고 있다며 경기 하방 위험이 커졌다고 설명했다.",
            "시장에서는 내년 상반기 중 추가 인하 가능성이 높다는 전망이 나왔다. 원·달러 환율은 발표 직후 소폭 상승했다.");
    // Thai writes no spaces between words and no full stop: a paragraph is a long line of dictionary words.
    static final String TH_TITLE = "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.25";
    static final List<String> TH_BODY = List.of(
            "คณะกรรมการนโยบายการเงินมีมติเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.25 ต่อปี โดยประเมินว่าเศรษฐกิจไทยในปีนี้มีแนวโน้มขยายตัวได้ตามที่คาดไว้ จากการท่องเที่ยวและการส่งออกที่ฟื้นตัวอย่างต่อเนื่อง",
            "เลขานุการคณะกรรมการกล่าวว่าอัตราเงินเฟ้อทั่วไปคาดว่าจะกลับเข้าสู่กรอบเป้าหมายภายในปีหน้า แต่ยังต้องติดตามความเสี่ยงจากเศรษฐกิจโลกและความไม่แน่นอนของนโยบายการค้าของประเทศเศรษฐกิจหลักอย่างใกล้ชิด",
            "นักวิเคราะห์หลายสำนักมองว่าคณะกรรมการอาจพิจารณาลดอัตราดอกเบี้ยลงในการประชุมครั้งถัดไปหากการบริโภคภาคเอกชนชะลอตัวลงมากกว่าที่คาดการณ์ไว้ ส่วนค่าเงินบาทเคลื่อนไหวในกรอบแคบหลังการประกาศ");

    /** Cleans chrome lines, the title and paragraphs (blank lines between), then more chrome; only the title and paragraphs stay. */
    private LineCleaner.Result keepsOnlyTitleAndBody(List<String> before, String title, List<String> body, List<String> after) {
        List<String> page = new ArrayList<>(before);
        page.addAll(List.of("", title, ""));
        body.forEach(p -> page.addAll(List.of(p, "")));
        page.addAll(after);
        LineCleaner.Result result = cleaner.clean(page);
        List<String> expected = new ArrayList<>(List.of(title));
        expected.addAll(body);
        assertThat(result.lines().stream().filter(l -> !l.isEmpty()).toList()).containsExactlyElementsOf(expected);
        return result;
    }

    @Test
    void japaneseArticleKeepsTitleAndParagraphsAndLosesItsChrome() {
        LineCleaner.Result result = keepsOnlyTitleAndBody(List.of("ホーム | 経済 | 政治 | 国際", "ログイン", "会員登録"), JA_TITLE, JA_BODY,
                List.of("「シェア」", "ツイート", "この記事をシェアする", "関連記事", "円相場、一時1ドル150円台に",
                "春闘の賃上げ率、5%超え", "新NISA口座数が増加",
                "当サイトではCookieを使用しています。引き続きご利用いただくと同意したものとみなします。", "同意する",
                "Copyright © 2026 東京経済新聞 無断転載を禁じます"));
        assertThat(reasonFor(result, "同意する")).isEqualTo(Reason.COOKIE_NOTICE);
    }

    @Test
    void chineseArticleKeepsTitleAndParagraphsAndLosesItsChrome() {
        keepsOnlyTitleAndBody(List.of("首页", "登录", "注册"), ZH_TITLE, ZH_BODY,
                List.of("分享到：微信 微博 QQ空间", "网友评论", "央行下调存款准备金率0.5个百分点", "多地出台楼市新政",
                "本网站使用cookie，继续浏览即表示您同意我们的隐私政策。", "我同意", "版权所有 © 2026 新华经济网 未经授权不得转载"));
    }

    @Test
    void koreanArticleKeepsTitleAndParagraphsAndLosesItsChrome() {
        LineCleaner.Result result = keepsOnlyTitleAndBody(List.of("홈 | 경제 | 정치 | 국제", "로그인", "회원가입"), KO_TITLE, KO_BODY,
                List.of("공유하기", "뉴스레터 구독하기", "댓글", "코스피, 외국인 매수에 2600선 회복", "반도체 수출 석 달째 증가",
                "본 사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.", "확인",
                "Copyright © 2026 서울경제신문. 무단전재 및 재배포 금지"));
        assertThat(reasonFor(result, "확인")).isEqualTo(Reason.COOKIE_NOTICE);
        assertThat(reasonFor(result, "댓글")).isEqualTo(Reason.WIDGET_MARKER);
    }

    @Test
    void thaiArticleKeepsTitleAndParagraphsAndLosesItsChrome() {
        keepsOnlyTitleAndBody(List.of("หน้าแรก | ข่าว | เศรษฐกิจ | กีฬา", "เข้าสู่ระบบ"), TH_TITLE, TH_BODY,
                List.of("แชร์", "กดติดตามเราได้ที่ไลน์", "ข่าวที่เกี่ยวข้อง", "ตลาดหุ้นไทยปิดบวกตามตลาดภูมิภาค",
                "ราคาทองคำวันนี้ปรับขึ้น", "เว็บไซต์นี้ใช้คุกกี้เพื่อประสบการณ์ที่ดีของคุณ", "ยอมรับ",
                "© 2026 ข่าวเศรษฐกิจ สงวนลิขสิทธิ์"));
        for (String paragraph : TH_BODY) {
            assertThat(LineCleaner.isParagraph(paragraph, LineCleaner.countWords(paragraph))).as(paragraph).isTrue();
        }
    }

    @Test
    void cjkSentencesCountDictionaryWordsAndEndWithTheIdeographicFullStop() {
        for (String paragraph : JA_BODY) {
            assertThat(LineCleaner.isParagraph(paragraph, LineCleaner.countWords(paragraph))).as(paragraph).isTrue();
        }
        for (String paragraph : ZH_BODY) {
            assertThat(LineCleaner.isParagraph(paragraph, LineCleaner.countWords(paragraph))).as(paragraph).isTrue();
        }
        assertThat(LineCleaner.countWords("ログイン")).isEqualTo(1);
        assertThat(LineCleaner.isHeadlineLike("円相場、一時1ドル150円台に", LineCleaner.countWords("円相場、一時1ドル150円台に"))).isTrue();
        assertThat(LineCleaner.isHeadlineLike("円相場が上がった。", LineCleaner.countWords("円相場が上がった。"))).isFalse();
        assertThat(LineCleaner.isHeadlineLike("「円安が続く」と述べた。", LineCleaner.countWords("「円安が続く」と述べた。"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            首相は記者団に対し、SNSで情報をシェアする際には出典を確認してほしいと述べた。
            专家表示，企业应当分享数据，但必须遵守个人信息保护法的相关规定。
            """)
    void cjkArticleSentencesThatMentionChromeWordsAreKept(String sentence) {
        List<String> page = new ArrayList<>(JA_BODY);
        page.add(1, sentence);
        assertThat(cleaner.clean(page).dropped()).isEmpty();
    }

    @Test
    void sentencesThatMerelyMentionRightsOrApps() {
        List<String> prose = List.of(PARAGRAPH_1,
                "The court said the law protects rights reserved to authors, and the ruling applies to every app sold in the EU.",
                "Er zeigte den Reportern ein Foto: einen Mann mit Hut vor dem Rathaus.",
                "The ministry said its newsletter reached 40,000 farmers last year, twice as many as in 2020.",
                PARAGRAPH_2);
        assertThat(cleaner.clean(prose).dropped()).isEmpty();
    }

    @Test
    void cookieBannerParagraphIsDroppedAtTheTopOrBottomAndInsideTheArticleWhenItAddressesTheReader() {
        String banner = "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.";
        assertThat(cleaner.clean(List.of(banner, "Ok", PARAGRAPH_1, PARAGRAPH_2)).lines()).containsExactly(PARAGRAPH_1, PARAGRAPH_2);
        assertThat(cleaner.clean(List.of(PARAGRAPH_1, PARAGRAPH_2, banner)).lines()).containsExactly(PARAGRAPH_1, PARAGRAPH_2);
        // Inside the body only the access-wall rule reads it (the cookie rule's word pairs also fit a report on cookies).
        assertThat(cleaner.clean(List.of(PARAGRAPH_1, banner, "Ok", PARAGRAPH_2)).dropped())
                .extracting(LineCleaner.DroppedLine::reason).containsExactly(Reason.ACCESS_WALL, Reason.COOKIE_NOTICE);
    }

    @Test
    void menuWithPipesIsNavigation() {
        LineCleaner.Result result = cleaner.clean(List.of(PARAGRAPH_1, "Home | World | Business | Sport", PARAGRAPH_2));
        assertThat(result.dropped()).extracting(LineCleaner.DroppedLine::reason).containsExactly(Reason.NAVIGATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The regulator said on Tuesday that websites which use cookies must ask readers for consent before tracking them.
            He told viewers to subscribe to his channel.
            Чиновник призвал подписаться на петицию, но сам этого не сделал.
            "Ok," he said.
            """)
    void articleSentencesThatMentionChromeWordsAreKept(String sentence) {
        LineCleaner.Result result = cleaner.clean(List.of(PARAGRAPH_1, "", sentence, "", PARAGRAPH_2));
        assertThat(result.dropped()).isEmpty();
    }

    @Test
    void crlfInputAndBlankRunsGiveCleanParagraphs() {
        LineCleaner.Result result = cleaner.clean("\r\n\r\n" + PARAGRAPH_1 + "\r\n\r\n\r\n\r\n" + PARAGRAPH_2 + "\r\n\r\n");
        assertThat(result.text()).isEqualTo(PARAGRAPH_1 + "\n\n" + PARAGRAPH_2);
    }

    @Test
    void wallLinesGoWhereverTheyAreAndAPageOfNothingButTheWallKeepsThem() {
        String banner = "Auf unserer Website nutzen wir neben technisch erforderlichen Cookies auch optionale Cookies zur "
                + "statistischen Analyse der Nutzung unserer Website und für soziale Medien, um Ihnen den bestmöglichen Service "
                + "zu bieten. Weitere Details finden Sie in unserer Datenschutzerklärung. Die Einwilligung ist freiwillig, und "
                + "Sie können sie jederzeit widerrufen, indem Sie auf das Symbol am rechten Rand klicken und Ihre Auswahl ändern. "
                + "Wenn Sie auf „Alle akzeptieren“ klicken, stimmen Sie der Verarbeitung Ihrer Daten durch uns und unsere "
                + "Partner für Analyse und Werbung zu, auch in Ländern außerhalb der Europäischen Union.";
        assertThat(LineCleaner.countWords(banner)).as("longer than the cookie rule reads").isGreaterThan(LineCleaner.COOKIE_MAX_WORDS);
        LineCleaner.Result around = cleaner.clean(List.of(banner, "", PARAGRAPH_1, "", PARAGRAPH_2));
        assertThat(around.dropped()).extracting(LineCleaner.DroppedLine::reason).containsExactly(Reason.ACCESS_WALL);
        assertThat(around.lines()).containsExactly(PARAGRAPH_1, "", PARAGRAPH_2);

        LineCleaner.Result alone = cleaner.clean(List.of("Landtag beschließt Haushalt", "", banner));
        assertThat(alone.lines()).as("left for ingest to reject as a wall").contains(banner);

        String report = "The court ruled that websites must ask for consent before they set cookies, and regulators said "
                + "that most banners still nudge users to accept them.";
        LineCleaner.Result inBody = cleaner.clean(List.of(PARAGRAPH_1, "", report, "", PARAGRAPH_2));
        assertThat(inBody.dropped()).isEmpty();

        String form = "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the "
                + "box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You "
                + "agree to receive occasional updates and special offers. Thank you for subscribing.";
        LineCleaner.Result embedded = cleaner.clean(List.of(PARAGRAPH_1, "", form, "", PARAGRAPH_2));
        assertThat(embedded.dropped()).extracting(LineCleaner.DroppedLine::reason).containsExactly(Reason.ACCESS_WALL);
    }

    @Test
    void linesThatAreMostlyWebAddressesAreDroppedAndProseNamingOneStays() {
        String prose = "The full report is online at https://example.org/reports/2020 and covers the years 2010 to 2020 in detail.";
        List<String> text = List.of(PARAGRAPH_1, "https://twitter.com/Raulramirezpy/status/1522266202730639361",
                "For more NFL coverage: http://www.pro32.ap.org and http://www.twitter.com/AP_NFL", prose,
                "Weitere Infos unter www.itfjuniors.de.", PARAGRAPH_2);

        LineCleaner.Result result = cleaner.clean(text);

        assertThat(result.lines()).containsExactly(PARAGRAPH_1, prose, PARAGRAPH_2);
        assertThat(result.dropped()).extracting(LineCleaner.DroppedLine::reason).containsOnly(Reason.LINKS);
        assertThat(LineCleaner.mostlyWebAddresses("WWW.EXAMPLE.ORG")).isTrue();
        assertThat(LineCleaner.mostlyWebAddresses("HTTPS://EXAMPLE.ORG/NEWS")).isTrue();
        assertThat(LineCleaner.mostlyWebAddresses("https: a colon is not an address")).isFalse();
        assertThat(LineCleaner.mostlyWebAddresses("")).isFalse();
    }
}
