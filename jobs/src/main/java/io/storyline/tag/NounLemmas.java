package io.storyline.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Nouns in names read in Morfologik dictionaries: whether a form can be a nominative, and its lemma
 * when it cannot. Endings alone cannot tell "Kraków" (nominative) from "Krakowa" (genitive), or
 * "Мурманск" from "Мурманска"; the dictionaries know for the names and common nouns they list.
 * Forms they do not list, most foreign names among them, are left to {@link BaseForms}' ending rules.
 *
 * <ul>
 *   <li>Polish: PoliMorf (Morfologik 2.1, BSD-2-Clause), names listed capitalised.</li>
 *   <li>Russian: LanguageTool's dictionary from AOT (LGPL-2.1), in lower case only, with surnames
 *       ({@code Fam}), given names ({@code Name}) and patronymics ({@code Patr}) marked.</li>
 *   <li>Ukrainian: VESUM as LanguageTool ships it (LGPL-2.1), names listed capitalised and marked
 *       {@code prop}, with {@code fname}, {@code lname} and {@code pname} for a person's.</li>
 * </ul>
 * Each dictionary writes case and number its own way; {@link Scheme} reads each tag into one reading.
 */
final class NounLemmas {
    private NounLemmas() {}

    /** One noun reading of a form: its lemma, case, number, whether it names a person, and its gender tag (Polish). */
    private record Reading(String lemma, boolean singular, boolean nominative, boolean vocativeOnly,
            boolean pluraleTantum, boolean indeclinable, boolean personName, String gender) {}

    /** How a dictionary's tags say case and number. */
    private enum Scheme {
        /** PoliMorf: {@code subst:sg:nom.acc:m3}, alternatives joined by '+'. */
        POLISH("pl", "/morfologik/stemming/polish/polish.dict", false) {
            @Override void read(String lemma, String tags, List<Reading> out) {
                for (String tag : tags.split("\\+")) {
                    String[] p = tag.split(":");
                    if (p.length < 4 || !p[0].equals("subst")) {
                        continue;
                    }
                    List<String> cases = List.of(p[2].split("\\."));
                    // Genders p1-p3 are nouns with no singular: the lemma is their nominative plural.
                    // m1, the masculine personal gender, is a person's: names and nouns of people ("Polacy").
                    out.add(new Reading(lemma, p[1].equals("sg"), cases.contains("nom"), cases.equals(List.of("voc")),
                            p[1].equals("pl") && p[3].startsWith("p"), false, p[3].equals("m1"), p[3]));
                }
            }
        },
        /**
         * AOT: {@code NN:Fam:Masc:Sin:R}; cases Nom, R, D, V, T, P; fields left out where they do not
         * apply (an empty gender for a noun with no singular, no number or case when indeclinable).
         */
        RUSSIAN("ru", "/org/languagetool/resource/ru/russian.dict", true) {
            private static final List<String> CASES = List.of("Nom", "R", "D", "V", "T", "P");

            @Override void read(String lemma, String tag, List<Reading> out) {
                List<String> p = List.of(tag.split(":", -1));
                if (!p.get(0).equals("NN")) {
                    return;
                }
                boolean person = p.contains("Fam") || p.contains("Name") || p.contains("Patr");
                boolean plural = p.contains("PL");
                boolean indeclinable = !plural && !p.contains("Sin") && p.stream().noneMatch(CASES::contains);
                out.add(new Reading(lemma, !plural, indeclinable || p.contains("Nom"), false, plural && p.contains(""),
                        indeclinable, person, ""));
            }
        },
        /** VESUM: {@code noun:anim:m:v_rod:prop:lname}; number p, else a gender; ns when there is no singular. */
        UKRAINIAN("uk", "/org/languagetool/resource/uk/ukrainian.dict", false) {
            @Override void read(String lemma, String tag, List<Reading> out) {
                String[] p = tag.split(":");
                if (p.length < 4 || !p[0].equals("noun")) {
                    return;
                }
                List<String> rest = List.of(p).subList(4, p.length);
                boolean person = rest.contains("fname") || rest.contains("lname") || rest.contains("pname");
                boolean plural = p[2].equals("p");
                out.add(new Reading(lemma, !plural, p[3].equals("v_naz"), p[3].equals("v_kly"),
                        plural && rest.contains("ns"), rest.contains("nv"), person, ""));
            }
        };

        final String lang;
        final String resource;
        /** Whether the dictionary lists names in lower case, so that its forms say nothing of names. */
        final boolean lowerCaseOnly;

        Scheme(String lang, String resource, boolean lowerCaseOnly) {
            this.lang = lang;
            this.resource = resource;
            this.lowerCaseOnly = lowerCaseOnly;
        }

        abstract void read(String lemma, String tag, List<Reading> out);
    }

    /** Loaded once per JVM (2-3 MB each); a lookup object keeps buffers, so each thread has its own. */
    private static final class Holder {
        static final Map<String, Scheme> SCHEMES = Arrays.stream(Scheme.values())
                .collect(Collectors.toUnmodifiableMap(scheme -> scheme.lang, scheme -> scheme));
        static final Map<Scheme, ThreadLocal<DictionaryLookup>> LOOKUPS = Arrays.stream(Scheme.values())
                .collect(Collectors.toUnmodifiableMap(scheme -> scheme, Holder::lookups));

        /** PoliMorf's synthesis dictionary: "lemma|tag" to the forms. */
        static final ThreadLocal<DictionaryLookup> POLISH_FORMS =
                MorfologikDictionaries.lookups("/org/languagetool/resource/pl/polish_synth.dict", "the Polish synthesis dictionary");

        private static ThreadLocal<DictionaryLookup> lookups(Scheme scheme) {
            return MorfologikDictionaries.lookups(scheme.resource, "the " + scheme.lang + " dictionary");
        }
    }

    /**
     * Candidate base forms of a word of a name in {@code lang}, the dictionary's preference first;
     * empty when the dictionary lists no noun of that form (or has none for the language). The word
     * itself first when one of its readings is a nominative singular ("Kraków", "Morawiecki") or an
     * indeclinable noun ("Карачи"); then the lemmas of its singular readings ("Krakowa" → "Kraków",
     * "Мурманска" → "Мурманск"); with no singular reading, the word when it is a nominative plural
     * ("Polacy", "Niemcy"), else the lemma of a noun that has no singular ("Niemczech" → "Niemcy").
     * Vocatives alone are not read: news hardly uses them, and "Galileo" would be the vocative of
     * "Galilea". Where the dictionary settles the form ({@link #settles}) the first is the only one.
     *
     * <p>In a person's name ({@code person}) only readings the dictionary marks as a person's name
     * count where it marks them (Russian, Ukrainian), and elsewhere only the others: "Сергея" →
     * "Сергей" in a person's name, while "Путина" is also a common noun's nominative. Polish and
     * Ukrainian list names capitalised, so a word is looked up as written; with {@code commonNouns} a
     * capitalised one also in lower case, for the common nouns in the names of organisations and places
     * ("Parlamentu" → "Parlament"), never in a person's name, where "Tony" is no form of "tona".
     * Russian lists everything in lower case, so it is looked up so.
     */
    static List<String> candidates(String word, String lang, boolean commonNouns, boolean person) {
        Scheme scheme = Holder.SCHEMES.get(lang);
        if (scheme == null || word.isEmpty()) {
            return List.of();
        }
        DictionaryLookup lookup = Holder.LOOKUPS.get(scheme).get();
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> ordered = order(word, readings(scheme, lookup, scheme.lowerCaseOnly ? lower : word, person));
        if (ordered.isEmpty() && !scheme.lowerCaseOnly && commonNouns && !person && !lower.equals(word)) {
            ordered = order(word, readings(scheme, lookup, lower, false));
        }
        return ordered.size() > 1 && settles(scheme, person) ? ordered.subList(0, 1) : ordered;
    }

    /**
     * Whether the dictionary's first reading settles a form. Not in Russian, listed in lower case; and
     * not in a person's name in Russian or Ukrainian, whose given names of both genders meet
     * ("Домініка" is a woman's name and a man's genitive) and meet foreign names ("Асии" is a form
     * of "Асий"): there the readings are candidates for the evidence to settle ({@link BaseForms}).
     */
    static boolean settles(String lang, boolean person) {
        Scheme scheme = Holder.SCHEMES.get(lang);
        return scheme != null && settles(scheme, person);
    }

    private static boolean settles(Scheme scheme, boolean person) {
        return !scheme.lowerCaseOnly && !(person && scheme != Scheme.POLISH);
    }

    /**
     * Whether a capitalised word is a person's by every noun reading its dictionary gives: a name
     * marked as a person's (Russian, Ukrainian: "Асия", not "Лондон", which is also a place), or in
     * Polish a noun of the masculine personal gender ("Polacy", "Brytyjczycy", "Mahomet"; not "Niemcy",
     * also the country). False when the dictionary lists no noun of that form.
     */
    static boolean isPersonNoun(String word, String lang) {
        Scheme scheme = Holder.SCHEMES.get(lang);
        if (scheme == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        List<Reading> readings = readings(scheme, Holder.LOOKUPS.get(scheme).get(),
                scheme.lowerCaseOnly ? word.toLowerCase(Locale.ROOT) : word);
        return !readings.isEmpty() && readings.stream().allMatch(Reading::personName);
    }

    /**
     * Whether a capitalised word is a common noun or a verb written with a capital, as a sentence's first
     * word is: its dictionary lists it in lower case as one and does not list it as written. Only where
     * names are listed capitalised (Polish, Ukrainian); false elsewhere. "Sprawa", "Mąż", "Powiesić",
     * "Пілоти"; not "Kraków", "Asia", nor an adjective ("Wielka", which opens names).
     */
    static boolean isCapitalisedCommonWord(String word, String lang) {
        DictionaryLookup lookup = capitalisedLookup(word, lang);
        return lookup != null && lookup.lookup(word).isEmpty()
                && tagged(lookup, word.toLowerCase(Locale.ROOT), "subst", "noun", "verb");
    }

    /**
     * Whether a capitalised word is a name by its dictionary: listed as written as a noun and not at all in
     * lower case ("Polacy", "Brytyjczycy", "Kraków"; not "Sprawa", nor "Wiosna", also a
     * common noun). Only where names are listed capitalised (Polish, Ukrainian); false elsewhere.
     */
    static boolean isListedName(String word, String lang) {
        DictionaryLookup lookup = capitalisedLookup(word, lang);
        return lookup != null && lookup.lookup(word.toLowerCase(Locale.ROOT)).isEmpty() && tagged(lookup, word, "subst", "noun");
    }

    /** The lookup for a capitalised word in a dictionary that lists names capitalised; null otherwise. */
    private static DictionaryLookup capitalisedLookup(String word, String lang) {
        Scheme scheme = Holder.SCHEMES.get(lang);
        if (scheme == null || scheme.lowerCaseOnly || word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return null;
        }
        return Holder.LOOKUPS.get(scheme).get();
    }

    /** Whether one of a form's tags opens with one of the prefixes (PoliMorf joins a form's alternative tags with '+'). */
    private static boolean tagged(DictionaryLookup lookup, String form, String... prefixes) {
        for (WordData reading : lookup.lookup(form)) {
            for (String tag : reading.getTag().toString().split("\\+")) {
                for (String prefix : prefixes) {
                    if (tag.startsWith(prefix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Reading> readings(Scheme scheme, DictionaryLookup lookup, String form, boolean person) {
        List<Reading> out = readings(scheme, lookup, form);
        if (scheme != Scheme.POLISH) {
            out.removeIf(r -> r.personName() != person);
        } else if (!person && out.stream().anyMatch(r -> !r.personName())) {
            // PoliMorf does not mark names, so a person's name keeps every reading; the name of a place or
            // an organisation is not a noun of people where it can be anything else ("Niemiec" → "Niemcy").
            out.removeIf(Reading::personName);
        }
        return out;
    }

    private static List<Reading> readings(Scheme scheme, DictionaryLookup lookup, String form) {
        List<Reading> out = new ArrayList<>();
        for (WordData reading : lookup.lookup(form)) {
            scheme.read(reading.getStem().toString(), reading.getTag().toString(), out);
        }
        return out;
    }

    private static List<String> order(String word, List<Reading> readings) {
        List<String> out = new ArrayList<>();
        for (Reading r : readings) {
            // A plural of people names a group as itself ("Hiszpanie", "Polacy"), not a locative of one of them.
            boolean people = r.gender().equals("m1") && !r.singular();
            if (r.indeclinable() || (r.singular() || people) && r.nominative() && !r.vocativeOnly()) {
                add(out, word);
            }
        }
        for (Reading r : readings) {
            if (r.singular() && !r.vocativeOnly()) {
                add(out, capitalisedAs(word, r.lemma()));
            }
        }
        if (out.isEmpty()) {
            for (Reading r : readings) {
                if (!r.singular() && r.nominative() && !r.vocativeOnly()) {
                    add(out, word);
                }
            }
            for (Reading r : readings) {
                if (r.pluraleTantum() && !r.vocativeOnly()) {
                    add(out, capitalisedAs(word, r.lemma()));
                }
            }
            // Only plural readings: the base form keeps the number ("Polaków" → "Polacy", "Wyspach" → "Wyspy").
            for (Reading r : readings) {
                if (!r.singular() && !r.vocativeOnly() && !r.gender().isEmpty()) {
                    nominativePlurals(r.lemma(), r.gender()).forEach(form -> add(out, capitalisedAs(word, form)));
                }
            }
        }
        return out;
    }

    /**
     * The nominative plurals of a Polish lemma of a gender, shortest first: "Polak", m1 → "Polacy",
     * "Polakowie" (the short form is the common one where there are two).
     */
    private static List<String> nominativePlurals(String lemma, String gender) {
        List<String> forms = new ArrayList<>();
        for (WordData form : Holder.POLISH_FORMS.get().lookup(lemma + "|subst:pl:nom:" + gender)) {
            forms.add(form.getStem().toString());
        }
        forms.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return forms;
    }

    private static void add(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }

    /** The lemma with the word's capitals where they share letters ("усть-кут" → "Усть-Кут"). */
    private static String capitalisedAs(String word, String lemma) {
        char[] c = lemma.toCharArray();
        for (int i = 0; i < c.length && i < word.length() && Character.toLowerCase(word.charAt(i)) == c[i]; i++) {
            c[i] = word.charAt(i);
        }
        return new String(c);
    }
}
