package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    private final FunctionWords words = new FunctionWords(LanguageIdentifier.DEFAULT_LANGUAGES);

    private static final String ENGLISH = "The council said on Tuesday that the new bridge would not open to traffic "
            + "until the spring, two years later than planned, because the steel for it had to be ordered again.";
    private static final String FRENCH = "Nous avons appris mardi que le conseil de la ville ne pourra pas ouvrir le "
            + "nouveau pont avant le printemps, et les travaux sont encore loin d'être terminés dans ce quartier du nord.";

    @Test
    void aLanguagesOwnFunctionWordsConfirmIt() {
        assertThat(words.confirms("en", ENGLISH)).isTrue();
        assertThat(words.confirms("fr", FRENCH)).isTrue();
        assertThat(words.confirms("fr", ENGLISH)).isFalse();
        assertThat(words.confirms("en", FRENCH)).isFalse();
    }

    @Test
    void wordsAreCountedInLowerCaseAndWholeOnly() {
        FunctionWords english = new FunctionWords(List.of("en", "de"));
        // "The", "THE" and "the" count; "theatre" and "thesis" do not.
        assertThat(english.count("The THE the theatre thesis")).containsExactly(0, 3);
    }

    @Test
    void everyWordOfEveryListCountsForExactlyTheListsThatHoldIt() {
        List<String> codes = LanguageIdentifier.DEFAULT_LANGUAGES.stream().filter(l -> StopWords.of(l) != null).sorted().toList();
        int checked = 0;
        for (String code : codes) {
            for (Object entry : StopWords.of(code)) {
                char[] word = (char[]) entry;
                if (!new String(word).codePoints().allMatch(Character::isLetter)) {
                    continue; // "i've": the counter reads runs of letters
                }
                int[] counts = words.count(new String(word));
                for (int s = 0; s < codes.size(); s++) {
                    boolean held = StopWords.of(codes.get(s)).contains(word, 0, word.length);
                    assertThat(counts[s]).as("%s in the %s list", new String(word), codes.get(s)).isEqualTo(held ? 1 : 0);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void aTextOfTwoLanguagesAlikeConfirmsNeither() {
        String both = ENGLISH + " " + FRENCH;
        assertThat(words.confirms("en", both)).isFalse();
        assertThat(words.confirms("fr", both)).isFalse();
    }

    @Test
    void tooFewFunctionWordsConfirmNothing() {
        assertThat(words.confirms("en", "Bridge closed for the spring.")).isFalse();
    }

    @Test
    void aLanguageWithoutAListIsNeverConfirmed() {
        assertThat(words.hasList("pl")).isFalse();
        assertThat(words.hasList("en")).isTrue();
        assertThat(words.confirms("pl", "Rada miasta poinformowała we wtorek, że nowy most zostanie otwarty dla ruchu "
                + "dopiero wiosną przyszłego roku, dwa lata później niż planowano, ponieważ stal trzeba było zamówić.")).isFalse();
    }
}
