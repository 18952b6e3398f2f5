package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static final Instant CRAWLED = Instant.parse("2024-06-01T00:00:00Z");
    private final HtmlExtractor extractor = new HtmlExtractor();

    static String page(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return ExtractionRun.decode(in.readAllBytes());
        }
    }

    @Test
    void englishPageKeepsArticleHeadingsAndListsButNotBoilerplate() throws IOException {
        ExtractedPage page = extractor.extract(page("en-news.html"), "https://gazette.example/news/river", CRAWLED);

        assertThat(page.text())
                .contains("The old stone bridge over the Elm river was closed on Tuesday morning")
                .contains("Engineers inspected the arches overnight")
                .contains("Detours for commuters")
                .contains("Buses 4 and 7 run via the ring road until further notice.")
                .contains("The council expects the repairs to take at least six weeks")
                .doesNotContain("cookie")
                .doesNotContain("Weather")
                .doesNotContain("Share on Facebook")
                .doesNotContain("Related stories")
                .doesNotContain("How the bridge was built")
                .doesNotContain("should have been repaired years ago")
                .doesNotContain("sourdough")
                .doesNotContain("All rights reserved")
                .doesNotContain("Photo: County Council");
        assertThat(page.title()).isEqualTo("River flood closes bridge");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
        assertThat(page.publishedSource()).isEqualTo("json-ld");
        assertThat(page.canonicalUrl()).isEqualTo("https://gazette.example/news/2024/03/05/river-flood-closes-bridge");
    }

    @Test
    void paragraphsAreSeparatedAndWhitespaceCollapsed() throws IOException {
        String text = extractor.extract(page("en-news.html"), null, CRAWLED).text();

        assertThat(text).contains("in forty years, the county engineer said.\n\nEngineers inspected");
        assertThat(text).contains("until further notice.\nThe footbridge at Mill Lane");
        assertThat(text).doesNotContain("  ").doesNotContainPattern("\n{3,}");
    }

    @Test
    void russianPageDropsTransliteratedShareRelatedAndCommentBlocks() throws IOException {
        ExtractedPage page = extractor.extract(page("ru-news.html"), null, CRAWLED);

        assertThat(page.text())
                .contains("В четверг в Самаре открыли движение по новому мосту")
                .contains("Что изменится для водителей")
                .contains("Старый мост закроют на ремонт")
                .doesNotContain("cookie")
                .doesNotContain("Политика")
                .doesNotContain("ВКонтакте")
                .doesNotContain("Похожие новости")
                .doesNotContain("В Тольятти")
                .doesNotContain("спасибо всем строителям")
                .doesNotContain("При перепечатке");
        assertThat(page.title()).isEqualTo("В Самаре открыли новый мост");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2023-09-14T07:15:00Z"));
        assertThat(page.publishedSource()).isEqualTo("meta");
    }

    @Test
    void germanPageDropsConsentAdsShareRelatedAndComments() throws IOException {
        ExtractedPage page = extractor.extract(page("de-news.html"), null, CRAWLED);

        assertThat(page.text())
                .contains("Die Stadt Leipzig baut in diesem Sommer zwölf Kilometer neue Radwege")
                .contains("Der Stadtrat hatte die Pläne im Frühjahr beschlossen")
                .contains("Die Bauarbeiten beginnen im Juli")
                .doesNotContain("Cookies")
                .doesNotContain("Startseite")
                .doesNotContain("Sachsen")
                .doesNotContain("E-Bike")
                .doesNotContain("Artikel teilen")
                .doesNotContain("Mehr zum Thema")
                .doesNotContain("Leserkommentar")
                .doesNotContain("Impressum");
        assertThat(page.title()).isEqualTo("Neue Radwege in Leipzig");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2022-06-01T00:00:00Z"));
    }

    @Test
    void bulgarianWindows1251PageDecodesAndDropsBoilerplate() throws IOException {
        ExtractedPage page = extractor.extract(page("bg-news.html"), null, CRAWLED);

        assertThat(page.text())
                .contains("Третата линия на метрото в София беше открита в събота")
                .contains("Според общината новата линия ще обслужва над сто хиляди души на ден")
                .contains("Строителството продължи пет години")
                .doesNotContain("бисквитки")
                .doesNotContain("Начало")
                .doesNotContain("Сподели")
                .doesNotContain("Свързани новини")
                .doesNotContain("Дано и до нашия квартал")
                .doesNotContain("Всички права запазени");
        assertThat(page.title()).isEqualTo("Нова линия на метрото в София");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2021-11-20T09:00:00Z"));
        assertThat(page.publishedSource()).isEqualTo("time-element");
    }

    @Test
    void articleSplitAroundAnAdSlotIsExtractedWhole() {
        String html = "<html><body><div class='page'>"
                + "<div class='col-a'><p>The first half of the story tells how the fire started in a warehouse near the port, late on Sunday night.</p>"
                + "<p>Firefighters arrived within ten minutes, and they needed four hours to bring the blaze under control.</p></div>"
                + "<div class='slot'><a href='/x'>Advertisement</a></div>"
                + "<div class='col-b'><p>The second half explains that nobody was hurt, although two firefighters were treated for smoke.</p>"
                + "<p>Police have opened an investigation, and the owner of the warehouse has promised to cooperate fully.</p></div>"
                + "</div><ul class='links'><li><a href='/1'>Home</a></li><li><a href='/2'>Contact</a></li></ul></body></html>";

        String text = extractor.extract(html, null, CRAWLED).text();

        assertThat(text).contains("The first half of the story", "four hours to bring the blaze", "The second half explains",
                "promised to cooperate fully");
        assertThat(text).doesNotContain("Home").doesNotContain("Contact");
    }

    @Test
    void boilerplateNamesAreWholeWordsNotSubstrings() {
        // "pager" is in "PageBuilder-pageRow" as a substring only; "related" and "comments" are words
        // of "relatedArticles" and "js-comments".
        String html = "<html><body><div class='PageBuilder-pageRow'><div class='PageBuilder-col'>"
                + "<p>The council voted on Monday to rebuild the old bridge over the river, after two years of debate.</p>"
                + "<p>Work starts in spring and should take eighteen months, the mayor said after the vote.</p></div></div>"
                + "<div class='relatedArticles'><a href='/a'>Another story about bridges and rivers in the region</a></div>"
                + "<div class='js-comments'><p>A reader's comment on the vote, long enough to look like a paragraph of text.</p></div>"
                + "</body></html>";

        String text = extractor.extract(html, null, CRAWLED).text();

        assertThat(text).contains("rebuild the old bridge", "eighteen months");
        assertThat(text).doesNotContain("Another story").doesNotContain("A reader's comment");
    }

    @Test
    void emptyAndTextlessPagesGiveEmptyText() {
        assertThat(extractor.extract("", null, CRAWLED).text()).isEmpty();
        assertThat(extractor.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", null, CRAWLED).text()).isEmpty();
    }

    @Test
    void jsonLdArticleBodyStandsInWhenTheDomHasNoText() {
        String body = "This article is rendered by JavaScript, so its text only exists in the structured data. ".repeat(6);
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body
                + "\"}</script></head><body><div id='app'></div></body></html>";

        assertThat(extractor.extract(html, null, CRAWLED).text()).isEqualTo(body.trim());
    }

    @Test
    void aRecipesIngredientsAreItsTextToo() {
        String html = "<html><body><div class='recipe'>"
                + "<table class='recipe-ingredients'><tr itemprop='recipeIngredient'><td>200 g</td><td>Margarine oder Butter</td></tr>"
                + "<tr itemprop='recipeIngredient'><td>2 Dosen</td><td>Mandarinen</td></tr></table>"
                + "<div class='steps'><p>Die Butter mit dem Zucker schaumig rühren, dann die Eier nach und nach unterrühren.</p>"
                + "<p>Den Teig in die Form geben, die Mandarinen darauf verteilen und eine Stunde backen.</p>"
                + "<p>Den Kuchen in der Form auskühlen lassen, bevor er in Stücke geschnitten wird.</p></div>"
                + "</div><ul class='links'><li><a href='/1'>Rezepte</a></li><li><a href='/2'>Kontakt</a></li></ul></body></html>";

        String text = extractor.extract(html, null, CRAWLED).text();

        assertThat(text).contains("Margarine oder Butter", "Mandarinen", "schaumig rühren", "eine Stunde backen");
        assertThat(text).doesNotContain("Kontakt");
    }

    @Test
    void rubyReadingsAreNotText() {
        String html = "<html><body><article><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>"
                + "をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>体罰<rt>たいばつ</rt></ruby>を禁止することになりました。</p>"
                + "<p>新しい法律では、親の叱る権利をなくしたり変えたりすることも話し合うと決めています。</p></article></body></html>";

        assertThat(extractor.extract(html, null, CRAWLED).text())
                .startsWith("子どもへの虐待をなくすための法律ができて、体罰を禁止することになりました。");
    }

    @Test
    void aShortLabelThatOpensOrClosesTheTextIsDropped() {
        String paragraphs = "<p>The council voted on Monday to rebuild the old bridge over the river, after two years of debate.</p>"
                + "<p>Work starts in spring and should take eighteen months, the mayor said after the vote.</p>";
        String html = "<html><body><div class='story'><div>Bild anzeigen</div>" + paragraphs + "<div>Seite teilen</div></div></body></html>";
        assertThat(extractor.extract(html, null, CRAWLED).text())
                .startsWith("The council voted").endsWith("after the vote.");
        String signed = "<html><body><div class='story'>" + paragraphs + "<p>See you there!</p></div></body></html>";
        assertThat(extractor.extract(signed, null, CRAWLED).text()).as("a sentence stays").endsWith("See you there!");
    }

    @Test
    void markupNestedFarDeeperThanABrowserKeepsItsText() {
        // Unclosed tags by the hundred thousand: the parser stops nesting at a browser's depth (512), so the
        // extractor's walks stay shallow; before jsoup 1.22 this page overflowed the stack.
        String sentence = "The flood reached the old town on Sunday, and the council closed the bridge until Friday. ";
        String deepBlocks = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(200_000) + "<p>" + sentence.repeat(4)
                + "</p></body></html>";
        String deepInline = "<html><body>" + "<b><i>".repeat(50_000) + sentence.repeat(4) + "</body></html>";

        assertThat(extractor.extract(deepBlocks, null, CRAWLED).text()).isEqualTo(sentence.repeat(4).strip());
        assertThat(extractor.extract(deepInline, null, CRAWLED).text()).isEqualTo(sentence.repeat(4).strip());
    }

    @Test
    void paragraphsInsideANamedAnchorLeftOpenAreText() {
        // <a name> without href marks a place; left open, a browser reopens it around what follows.
        String html = "<html><body><h1>Rsync over stunnel</h1><h2><a name='purpose'>Purpose</h2><blockquote>"
                + "<p>A while back I went to a user group meeting where the main talk was about securing servers.</p>"
                + "<p>This page describes how to run rsync through an encrypted tunnel between two hosts.</p>"
                + "<p>It covers building the sources, making certificates and configuring both daemons.</p></blockquote>"
                + "<ul><li><a href='/'>Home</a></li><li><a href='/contact'>Contact</a></li></ul></body></html>";

        assertThat(extractor.extract(html, null, CRAWLED).text())
                .contains("A while back I went", "an encrypted tunnel", "configuring both daemons")
                .doesNotContain("Contact");
    }
}
