package io.storyline.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's spans as mentions: their words, base-form candidates and entity keys; and a word alone that is the
 * surname of a person the document names in full, as that person.
 */
final class MentionBuilder implements Serializable {
    private final GazetteerIndex gazetteer;

    MentionBuilder(GazetteerIndex gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mention of span {@code s}: its surface, words, base-form candidates and entity key. */
    Mention build(String text, String lang, List<Token> tokens, Span s, Set<String> surfaces) {
        int start = tokens.get(s.from()).begin();
        int end = tokens.get(s.to()).end();
        List<String> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int k = s.from(); k <= s.to(); k++) {
            words.add(tokens.get(k).text());
            if (k > s.from()) {
                gaps.add(text.substring(tokens.get(k - 1).end(), tokens.get(k).begin()));
            }
        }
        String surface = text.substring(start, end);
        List<List<String>> candidates;
        // Initials the gazetteer name was widened over stay as written ("W. Brytanii" → "W. Brytania").
        int lead = 0;
        while (s.name() != null && lead < words.size() - 1 && NameTokens.isInitial(words.get(lead))) {
            lead++;
        }
        if (s.name() != null && Words.split(s.name().name()).size() == words.size() - lead) {
            // A gazetteer name is the base form of the words it matched.
            candidates = new ArrayList<>();
            words.subList(0, lead).forEach(w -> candidates.add(List.of(w)));
            // Bulgarian's annotators write the name's own spelling (chosen on entities-dev's brexit and covid-19 topics):
            // a name listed in lower case for the text that writes it so takes the entry's capitalised spelling.
            boolean ownSpelling = "bg".equals(lang);
            String name = ownSpelling ? gazetteer.capitalisedTwin(s.name(), lang).name() : s.name().name();
            List<String> nameWords = List.of(name.split(" "));
            if (nameWords.size() == words.size() - lead) {
                // Elsewhere a word that differs from the name's only by case is kept as written ("Covid-19", "LONDÝN"):
                // the base form undoes inflection, not the writer's spelling.
                for (int i = 0; i < nameWords.size(); i++) {
                    String written = words.get(lead + i);
                    boolean asWritten = !ownSpelling && written.equalsIgnoreCase(nameWords.get(i));
                    candidates.add(List.of(asWritten ? written : nameWords.get(i)));
                }
            } else {
                candidates.add(List.of(name));
                for (int i = lead + 1; i < words.size(); i++) {
                    candidates.add(List.of(""));
                }
                List<String> joined = new ArrayList<>(gaps);
                for (int i = lead; i < joined.size(); i++) {
                    joined.set(i, "");
                }
                gaps = joined;
            }
        } else {
            candidates = BaseForms.of(words, lang, s.type(), w -> surfaces.contains(w) || gazetteer.isNameWord(w));
        }
        String key = null;
        if (s.name() != null) {
            key = "g:" + s.name().id();
        } else {
            String docBase = new Mention(start, end, s.type(), surface, null, words, gaps, candidates, Mention.TypeBasis.SHAPE).baseForm(w -> false);
            // An acronym is spelled letter by letter: it meets the gazetteer's acronyms by its letters ("U.S." is "US"),
            // before any name by the phonetic key.
            GazetteerIndex.Name known = GazetteerIndex.spelledOut(docBase) ? gazetteer.byLetters(EntityKeys.letters(docBase, lang), lang) : null;
            if (known == null) {
                known = gazetteer.byPhonetic(EntityKeys.phonetic(docBase, lang));
            }
            key = known != null ? "g:" + known.id() : null;
            // Met by its key, a name the document gave no evidence of a type is of the entry's type ("Côte d'Ivoire").
            if (known != null && s.basis() != Mention.TypeBasis.EVIDENCE) {
                return new Mention(start, end, known.type(), surface, key, words, gaps, candidates, Mention.TypeBasis.EVIDENCE);
            }
        }
        String type = s.name() != null ? s.name().type() : s.type();
        return new Mention(start, end, type, surface, key, words, gaps, candidates, s.basis());
    }

    /**
     * A one-word mention that is the surname of a person named in full in the document (same match
     * stem: "Шойгу", "Джонсона"), or that surname's possessive adjective in a West Slavic language
     * ("Mayeva", "Johnsonov", "Trumpova": the person is meant), is that person: it takes the person's
     * type, the surname's base-form candidates, and the person's gazetteer key if there is one.
     */
    static List<Mention> personsBySurname(List<Mention> mentions, String lang) {
        Map<String, Mention> surnames = new HashMap<>();
        for (Mention m : mentions) {
            if ("PER".equals(m.type()) && m.words().size() > 1) {
                surnames.putIfAbsent(Stems.of(m.words().get(m.words().size() - 1), lang), m);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention person = m.words().size() == 1 ? surnameOf(m.words().get(0), lang, surnames) : null;
            // A word the German dictionary lists only as a place stays one ("Mönchengladbach" after a run that ended on it).
            boolean place = person != null && "de".equals(lang) && "LOC".equals(ProperNouns.germanNameType(m.words().get(0)));
            if (person == null || place || m.key() != null && !"PER".equals(m.type())) {
                out.add(m);
                continue;
            }
            out.add(new Mention(m.start(), m.end(), "PER", m.surface(), m.key() != null ? m.key() : person.key(),
                    m.words(), m.gaps(), List.of(person.candidates().get(person.candidates().size() - 1)),
                    person.typeBasis() == Mention.TypeBasis.EVIDENCE ? Mention.TypeBasis.EVIDENCE : Mention.TypeBasis.DOCUMENT));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    // Possessive adjectives of surnames, longest first: Slovene -ov/-ev, Czech -ův/-ova, Polish -owa/-owej.
    private static final Pattern SURNAME_POSSESSIVE = Pattern.compile(
            "(ovega|ovemu|ovimi|ovih|ovem|ovim|ovo|ova|ove|ovi|ov|evega|evemu|evih|evem|evim|evo|eva|eve|evi|ev|ův|ovou|ovy|owej|owa|owy)$");

    /** The person a one-word mention names: by its match stem, or as a West Slavic possessive of the surname. */
    private static Mention surnameOf(String word, String lang, Map<String, Mention> surnames) {
        Mention person = surnames.get(Stems.of(word, lang));
        if (person != null || !("sl".equals(lang) || "cs".equals(lang) || "pl".equals(lang))) {
            return person;
        }
        Matcher possessive = SURNAME_POSSESSIVE.matcher(word);
        return possessive.find() && possessive.start() >= 3 ? surnames.get(Stems.of(word.substring(0, possessive.start()), lang)) : null;
    }
}
