package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.text.AccessWalls.Kind;
import io.storyline.text.AccessWalls.Wall;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AccessWallsTest {
    private final AccessWalls walls = AccessWalls.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CONSENT   | Regional elections: turnout up\\nWe use cookies to give you the best experience on our website. Our partners use cookies to show you advertising that is relevant to you. If you continue without changing your settings, we will assume that you are happy to receive all cookies. You can change your cookie settings at any time.
            CONSENT   | Landtagswahl: Beteiligung gestiegen\\nUm unsere Website zu verbessern und Ihnen passende Werbung zu zeigen, sammeln wir technische Informationen über Sie, auch mit Werkzeugen unserer Partner. Indem Sie auf „Akzeptieren und schließen“ klicken, stimmen Sie der Verarbeitung Ihrer Daten zu. Ihre Zustimmung können Sie jederzeit widerrufen.
            CONSENT   | Élections régionales\\nNous utilisons des cookies pour mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation. Consultez notre politique de confidentialité pour en savoir plus.
            CONSENT   | Wybory regionalne\\nUżywamy plików cookie, aby dopasować reklamy. Klikając przycisk „Akceptuję”, wyrażasz zgodę na przetwarzanie danych. Szczegóły znajdziesz w naszej polityce prywatności.
            CONSENT   | Региональные выборы\\nМы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с обработкой персональных данных.
            BOT_CHECK | We are sorry, but we have noticed unusual traffic from your network. Please confirm that you are human by completing the CAPTCHA below. Click "I'm not a robot" to continue.
            BOT_CHECK | Przykro nam, ale z Twojego adresu IP odnotowaliśmy bardzo dużo połączeń. Jeśli chcesz kontynuować, zaznacz pole „Nie jestem robotem”. Twój adres IP: 192.0.2.1
            AD_BLOCK  | It looks like you are using an ad blocker. Ads help us fund our journalism. Please disable your ad blocker or whitelist our site to keep reading.
            AD_BLOCK  | Sie nutzen einen Werbeblocker. Bitte deaktivieren Sie Ihren Werbeblocker, um unsere Artikel zu lesen.
            PAYWALL   | Storm damages harbour\\nYou have reached the limit for free articles this month. Already a subscriber? Subscribers, click here to log in and continue reading.
            PAYWALL   | Sturm beschädigt Hafen\\nDieser Artikel ist nur für Abonnenten verfügbar. Weiterlesen mit unserem Plus-Abo. Sie haben bereits ein Abo? Hier anmelden.
            BROWSER   | Please enable JavaScript to view this page. Your browser is out of date: update your browser for more security and speed.
            SIGN_UP   | Newsletter Sign Up Continue reading the main story. Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You agree to receive occasional updates and special offers. Thank you for subscribing.
            SIGN_UP   | Melden Sie sich für unseren Newsletter an. Ungültige E-Mail-Adresse. Vielen Dank für Ihre Anmeldung! Sie können sich jederzeit wieder abmelden.
            """)
    void aPageMadeOfAWallIsThatWall(Kind kind, String escaped) {
        String text = escaped.replace("\\n", "\n");
        Optional<Wall> wall = walls.find(text);
        assertThat(wall).as(text).hasValueSatisfying(w -> {
            assertThat(w.kind()).isEqualTo(kind);
            assertThat(w.wallWords()).isGreaterThanOrEqualTo(w.words() / 2).isLessThanOrEqualTo(w.words());
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cookie law   | The court ruled that websites must ask for consent before they set cookies. Regulators said most banners still nudge users to accept. The ruling lets users withdraw consent as easily as they give it. Sites have six months to comply, the judges said.
            ad blockers  | Publishers lost 12% of their ad revenue to ad blockers last year, the report says. Adblock Plus, the most used extension, lets through ads it deems acceptable. Some sites now ask readers to disable ad blockers, a practice the authors call effective.
            robots       | The factory's new robots passed a safety check on Monday. Engineers said the robot arms can lift 400 kilograms and will not need a captcha-style confirmation from operators.
            newsletters  | The paper's morning newsletter now reaches two million readers, its editor said. Readers who sign up get it in their inbox at six, and the publisher says fewer than one in ten unsubscribe within a year.
            paywalls     | The newspaper put its website behind a paywall in 2019. Subscribers now pay 9 euros a month, and the number of readers who reach the limit of free articles has fallen, its publisher said.
            """)
    void reportsOnWallsAreArticles(String topic, String text) {
        assertThat(walls.find(text)).as(topic).isEmpty();
    }

    @Test
    void anArticleWithABannerLeftInIsStillAnArticle() {
        String article = """
                Storm damages harbour
                The storm that reached the coast on Sunday night damaged three piers and sank two fishing boats, the port authority said on Monday. Repairs will take at least a month, and ferries will sail from the northern quay until then. The mayor asked residents to stay away from the seafront while divers inspect the harbour walls. Insurance claims are expected to exceed two million euros, according to the chamber of commerce.
                We use cookies to improve our website. By continuing to browse, you agree to our use of cookies.""";
        assertThat(walls.find(article)).isEmpty();
        String banner = article.substring(article.indexOf("We use"));
        assertThat(walls.find("Storm damages harbour\n" + banner)).hasValueSatisfying(w -> assertThat(w.kind()).isEqualTo(Kind.CONSENT));
    }

    @Test
    void theDetailNamesTheKindAndQuotesTheFirstWallSentence() {
        Wall wall = walls.find("Please enable JavaScript to view this page, and make sure that your browser accepts scripts from this site and its partners.").orElseThrow();
        assertThat(wall.describe()).isEqualTo("browser check: 21 of 21 words, from «Please enable JavaScript to view this page, "
                + "and make sure that your browser acc…»");
        assertThat(walls.find("Click \"I'm not a robot\".").orElseThrow().describe())
                .isEqualTo("robot check: 5 of 5 words, from «Click \"I'm not a robot\".»");
        assertThat(walls.find("")).isEmpty();
        assertThat(walls.find(null)).isEmpty();
    }
}
