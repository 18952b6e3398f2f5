package io.storyline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTokensTest {
    private static List<String> cut(String text, String lang) {
        List<Token> tokens = NameTokens.of(MentionFinderTest.tokens(text), lang);
        for (Token t : tokens) {
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void pointsOfInitialsDottedCapitalsAndAbbreviationsStayWithTheirWord() {
        assertThat(cut("J. Smith of the U.N. and Acme Corp. met St. Veit", "en"))
                .containsExactly("J.", "Smith", "of", "the", "U.N.", "and", "Acme", "Corp.", "met", "St.", "Veit");
        assertThat(cut("Wlk. Brytania", "pl")).containsExactly("Wlk.", "Brytania");
        assertThat(cut("Korea Pd. i Korea Płd.", "pl")).containsExactly("Korea", "Pd.", "i", "Korea", "Płd.");
        // A slash before a capitalised word or a news agency's short name cuts; not between other lower-case
        // words ("km/h", "dpa/ok"), nor in a web address.
        String slashed = "Pfizer/BioNTech, dpa/Thomas i km/h, и/или bbc.com/News, Rumpenhorst/dpa (sda/dpa) dpa/ok";
        List<Token> stageTokens = ContextCharTokens.of(slashed).stream().map(b -> new Token(b[0], b[1], slashed.substring(b[0], b[1]), 0)).toList();
        assertThat(NameTokens.of(stageTokens, "pl")).extracting(Token::text).containsExactly(
                "Pfizer", "/", "BioNTech", ",", "dpa", "/", "Thomas", "i", "km/h", ",", "и/или", "bbc.com/News", ",",
                "Rumpenhorst", "/", "dpa", "(", "sda", "/", "dpa", ")", "dpa/ok");
        // An initial glued to its word is cut off it, with its point; dotted capitals and domains are not.
        assertThat(cut("Т.Мей и Б.Джонсон, W.Brytania, U.S.A i LB.ua", "uk"))
                .containsExactly("Т.", "Мей", "и", "Б.", "Джонсон", ",", "W.", "Brytania", ",", "U.S.A", "i", "LB.ua");
        // Not a point after a space, nor after a lower-case abbreviation or an ordinary word.
        assertThat(cut("w 2019 r. A . Rome.", "pl")).containsExactly("w", "2019", "r", ".", "A", ".", "Rome", ".");
    }

    @Test
    void anAbbreviationKeepsItsPointWhereTheTokenizerGivesItTheCommaOrQuestionMarkAfterIt() {
        String text = "między Irlandią i Irlandią Płn., praw obywateli w Irlandii Płn.? Nie, w 2019 r., nie.";
        List<Token> stageTokens = MentionFinderTest.stageTokens(text);
        assertThat(stageTokens).extracting(Token::text).contains(".,", ".?");
        assertThat(NameTokens.of(stageTokens, "pl")).extracting(Token::text).containsSubsequence("Irlandią", "Płn.", ",", "praw")
                .containsSubsequence("Irlandii", "Płn.", "?", "Nie")
                // Not after a word names do not abbreviate.
                .containsSubsequence("r", ".,", "nie");
    }

    @Test
    void aSpanishPluralsDoubledAbbreviationKeepsItsPointsAlsoWhereTheTokenizerGivesThemToABracket() {
        String text = "Estados Unidos (EE. UU.) insiste, y EE. UU. responde; no el EE.";
        assertThat(SentenceBoundaries.of(text)).hasSize(1);
        List<Token> stageTokens = ContextCharTokens.of(text).stream().map(b -> new Token(b[0], b[1], text.substring(b[0], b[1]), 0)).toList();
        assertThat(stageTokens).extracting(Token::text).contains(".)");
        assertThat(NameTokens.of(stageTokens, "es")).extracting(Token::text).containsExactly("Estados", "Unidos", "(", "EE.", "UU.",
                ")", "insiste", ",", "y", "EE.", "UU.", "responde", ";", "no", "el", "EE", ".");
    }

    @Test
    void possessivesComeOffAndElisionsOnlyInFrenchAndItalian() {
        assertThat(cut("Trump's plan and Japan’s", "en")).containsExactly("Trump", "'s", "plan", "and", "Japan", "’s");
        assertThat(cut("la Côte d'Ivoire et l’ASEAN", "fr")).containsExactly("la", "Côte", "d'", "Ivoire", "et", "l’", "ASEAN");
        assertThat(cut("dell'Europa", "it")).containsExactly("dell'", "Europa");
        assertThat(cut("O'Leary d'Artagnan", "en")).containsExactly("O'Leary", "d'Artagnan");
        assertThat(cut("прем'єр", "uk")).containsExactly("прем'єр");
    }

    @Test
    void turkishCaseEndingsAfterTheApostropheComeOffTheName() {
        assertThat(cut("Türkiye'de ve İstanbul’a, ABD'den Kovid-19'un TOKAT'ın", "tr"))
                .containsExactly("Türkiye", "'de", "ve", "İstanbul", "’a", ",", "ABD", "'den", "Kovid-19", "'un", "TOKAT", "'ın");
        assertThat(cut("İSTANBUL'DA KOVID-19'DAN", "tr")).containsExactly("İSTANBUL", "'DA", "KOVID-19", "'DAN");
        // Only in Turkish, and only after a capitalised word.
        assertThat(cut("Türkiye'de", "de")).containsExactly("Türkiye'de");
        assertThat(cut("kitap'ta", "tr")).containsExactly("kitap'ta");
    }

    @Test
    void aPointWithNoSpaceBeforeACapitalisedWordOpensASentence() {
        List<Token> tokens = NameTokens.of(MentionFinderTest.tokens("sagte Trump.Russia und Merkur.de heute"), "de");
        assertThat(tokens).extracting(Token::text).containsExactly("sagte", "Trump", ".", "Russia", "und", "Merkur.de", "heute");
        // The word after the point and the rest of the sentence are a sentence of their own.
        assertThat(tokens).extracting(Token::sentence).containsExactly(0, 0, 0, 1, 1, 1, 1);
        // Domain names go on in lower case; dotted capitals are no lost space. A hyphenated word after the point is one.
        assertThat(cut("LB.ua and U.S.A", "en")).containsExactly("LB.ua", "and", "U.S.A");
        assertThat(cut("in Duisburg.Duisburg-Rheinhausen verhaftet", "de")).containsExactly("in", "Duisburg", ".", "Duisburg-Rheinhausen", "verhaftet");
        // Also after an acronym or a closing quote; not before capitals (a domain, "ZN.UA").
        assertThat(cut("съобщи БТА.Вчера и ZN.UA", "bg")).containsExactly("съобщи", "БТА", ".", "Вчера", "и", "ZN.UA");
        // The tag stage's tokenizer keeps a quote and a point inside a run of letters with it.
        String quoted = "каза пред „Ройтерс\".Очаквам";
        List<Token> cut = NameTokens.of(MentionFinderTest.stageTokens(quoted), "bg");
        assertThat(cut).extracting(Token::text).containsExactly("каза", "пред", "„", "Ройтерс", "\".", "Очаквам");
        assertThat(cut).extracting(Token::sentence).containsExactly(0, 0, 0, 0, 0, 1);
        for (Token t : cut) {
            assertThat(quoted.substring(t.begin(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void germanCompoundsOfANameAndACommonNounAreCutAtTheHyphen() {
        assertThat(cut("ÖVP-Chef IOC-Boss SPD-Politiker ElringKlinger-Aktien", "de"))
                .containsExactly("ÖVP", "-", "Chef", "IOC", "-", "Boss", "SPD", "-", "Politiker", "ElringKlinger", "-", "Aktien");
        // Not where the noun names an organisation, nor after a common noun with or without a linking "s",
        // nor in other languages.
        assertThat(cut("NRW-Polizei Hochzeits-Korsos Corona-Krise OP-Masken", "de"))
                .containsExactly("NRW-Polizei", "Hochzeits-Korsos", "Corona-Krise", "OP-Masken");
        assertThat(cut("US-Präsident", "de")).containsExactly("US", "-", "Präsident");
        assertThat(cut("ÖVP-Chef", "en")).containsExactly("ÖVP-Chef");
    }
}
