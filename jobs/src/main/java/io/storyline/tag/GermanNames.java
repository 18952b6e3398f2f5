package io.storyline.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The spans of German names that {@link MentionFinder}'s capitalised runs get wrong, because German writes
 * every noun with a capital: places by river or region, streets and media by a place's adjective, a person
 * run into a place in a byline, institutions named by what they are for or by their place, and roads by
 * their number. Each rule rewrites the document's spans in place.
 */
final class GermanNames {
    private GermanNames() {}

    /** All the rules, in the order each needs the others' spans. */
    static void apply(List<Token> tokens, TreeMap<Integer, Span> spans) {
        adjectivesOfPlaces(tokens, spans);
        namesOfPlaceAdjectives(tokens, spans);
        placesByRiverOrRegion(tokens, spans);
        placeAfterPerson(tokens, spans);
        institutionsFor(tokens, spans);
        institutionsOfPlaces(tokens, spans);
        roads(tokens, spans);
        addresses(tokens, spans);
        saintsArePlaces(tokens, spans);
    }

    /** A name that opens with a saint's ("St. Josef", "Sankt Michael") is a church, a parish or a place, not a person. */
    private static void saintsArePlaces(List<Token> tokens, TreeMap<Integer, Span> spans) {
        for (Span s : List.copyOf(spans.values())) {
            if (s.to() > s.from() && s.name() == null && "PER".equals(s.type()) && SAINT.contains(tokens.get(s.from()).text())) {
                spans.put(s.from(), new Span(s.from(), s.to(), "LOC", null, Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    /**
     * Addresses name their street and place: a street before its house number ("Obere Hangstraße 17", "im
     * Talweg 1") and a place after its postcode, behind a comma ("…, 74831 Walldürn"). The part-of-speech
     * model, trained on other text, takes many such streets and small places for common nouns.
     */
    private static void addresses(List<Token> tokens, TreeMap<Integer, Span> spans) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!WordShapes.sameSentence(tokens, k, k + 1)) {
                continue;
            }
            String word = tokens.get(k).text();
            String next = tokens.get(k + 1).text();
            // Both kinds hold a number: most tokens are passed over without a pattern.
            if (!startsWithDigit(next) && !startsWithDigit(word)) {
                continue;
            }
            java.util.regex.Matcher street = GERMAN_STREET.matcher(word);
            // A street's name ends so after three letters of its own ("Hangstraße", "Talweg"; not "Platz 1").
            if (WordShapes.isCapitalised(word) && street.find() && street.start() >= 3 && ROAD_NUMBER.matcher(next).matches()) {
                placeAt(spans, k);
            } else if (POSTCODE.matcher(word).matches() && k > 0 && tokens.get(k - 1).text().equals(",") && WordShapes.isCapitalised(next)) {
                ProperNouns.WordClass kind = ProperNouns.germanClass(next);
                if (kind == ProperNouns.WordClass.NAME || kind == ProperNouns.WordClass.OPEN) {
                    placeAt(spans, k + 1);
                }
            }
        }
    }

    private static boolean startsWithDigit(String t) {
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    /** A place of one word at token {@code k}, unless a span of more words holds it; a word's own span becomes the place. */
    private static void placeAt(TreeMap<Integer, Span> spans, int k) {
        Map.Entry<Integer, Span> holder = spans.floorEntry(k);
        if (holder != null && holder.getValue().to() >= k) {
            Span own = holder.getValue();
            if (own.from() != k || own.to() != k || own.name() != null || "LOC".equals(own.type())) {
                return;
            }
        }
        spans.put(k, new Span(k, k, "LOC", null, Mention.TypeBasis.EVIDENCE));
    }

    /** German and Swiss or Austrian postcodes. */
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{4,5}");

    /**
     * Roads by their number, which police and traffic reports name: "Bundesstraße 275", "Autobahn 7", and
     * "B275", "A7" after an article or a preposition ("auf der B275", "die A3"), or opening a headline. Not
     * a sign the document also writes after another name: "Audi A3", "Vitamin B12" are no roads.
     */
    private static void roads(List<Token> tokens, TreeMap<Integer, Span> spans) {
        Set<String> models = new HashSet<>();
        for (int k = 1; k < tokens.size(); k++) {
            String before = tokens.get(k - 1).text();
            if (ROAD.matcher(tokens.get(k).text()).matches() && WordShapes.isCapitalised(before) && !ROAD_LEADS.contains(before)) {
                models.add(tokens.get(k).text());
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            String word = tokens.get(k).text();
            int to = -1;
            if (ROAD_NOUNS.contains(word) && k + 1 < tokens.size() && WordShapes.sameSentence(tokens, k, k + 1)
                    && ROAD_NUMBER.matcher(tokens.get(k + 1).text()).matches()) {
                to = k + 1;
            } else if (ROAD.matcher(word).matches() && !models.contains(word) && (k == 0 || ROAD_LEADS.contains(tokens.get(k - 1).text()))) {
                to = k;
            }
            if (to >= 0) {
                spans.subMap(k, true, to, true).clear();
                Map.Entry<Integer, Span> before = spans.floorEntry(k);
                if (before == null || before.getValue().to() < k) {
                    spans.put(k, new Span(k, to, "LOC", null, Mention.TypeBasis.EVIDENCE));
                }
                k = to;
            }
        }
    }

    private static final Set<String> ROAD_NOUNS = Set.of("Bundesstraße", "Bundesautobahn", "Autobahn", "Landesstraße", "Staatsstraße",
            "Kreisstraße", "Landstraße");
    private static final Pattern ROAD_NUMBER = Pattern.compile("[0-9]{1,4}[a-z]?");
    /** A motorway (A), federal (B), state (L, St) or district (K) road's sign. */
    private static final Pattern ROAD = Pattern.compile("(A|B|L|K|St)[0-9]{1,4}");
    private static final Set<String> ROAD_LEADS = Set.of("der", "die", "auf", "zur", "über", "an", "von", "nach", "Richtung");

    /**
     * An institution named by its kind and its place is one organisation: "Bezirkskriminalinspektion
     * Flensburg", "Klinik Eichstätt", "Amtsgericht München", "Gemeindeverband Vorarlberg". The kind is a
     * noun that names institutions, alone or ending a compound, right before a place's span.
     */
    private static void institutionsOfPlaces(List<Token> tokens, TreeMap<Integer, Span> spans) {
        for (Span place : List.copyOf(spans.values())) {
            int k = place.from() - 1;
            if (k < 0 || !"LOC".equals(place.type()) || !WordShapes.sameSentence(tokens, k, place.to())) {
                continue;
            }
            String word = tokens.get(k).text();
            Map.Entry<Integer, Span> before = spans.floorEntry(k);
            if (WordShapes.isCapitalised(word) && (before == null || before.getValue().to() < k)
                    && (isGermanInstitution(word) || PLACE_INSTITUTION.matcher(word.toLowerCase(Locale.ROOT)).find())) {
                spans.remove(place.from());
                spans.put(k, new Span(k, place.to(), "ORG", null, Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    /** More nouns of institutions that go by their place: police, courts, clinics, local government. */
    private static final Pattern PLACE_INSTITUTION = Pattern.compile(
            "(inspektion|direktion|präsidium|verwaltung|klinik|klinikum|krankenhaus|gericht|gerichtshof|polizei|kammer|sparkasse"
                    + "|hochschule|universität|regierung)$");

    /**
     * A place's adjective or demonym in "-er" ("der Hamburger Kulturbehörde", "die Wiener") is no name,
     * though the gazetteer's stems match it to the place: a one-word place written longer than its name with
     * "-er" loses its span. So does a word alone that is a place the document names, with "-er" or "-r"
     * ("ein Dillenburger" beside "Dillenburg"). Where a noun makes a name with it ("Berliner Straße",
     * "Hamburger Abendblatt"), the next rule makes that name.
     */
    private static void adjectivesOfPlaces(List<Token> tokens, TreeMap<Integer, Span> spans) {
        Set<String> places = new HashSet<>();
        for (Span s : spans.values()) {
            if (s.from() == s.to() && "LOC".equals(s.type())) {
                places.add(tokens.get(s.from()).text());
            }
        }
        for (Span s : List.copyOf(spans.values())) {
            String word = tokens.get(s.from()).text();
            if (s.from() == s.to() && word.endsWith("er") && !ProperNouns.listedInLowerCase(word)
                    && (s.name() != null && "LOC".equals(s.type()) && word.length() > s.name().name().length()
                    || s.name() == null && (places.contains(word.substring(0, word.length() - 2))
                            || places.contains(word.substring(0, word.length() - 1))))) {
                spans.remove(s.from());
            }
        }
    }

    /**
     * German names made of a place's adjective in "-er" and a noun of a kind of name are one name, which the
     * part-of-speech model calls a common noun: streets ("Berliner Straße", "Hunsdorfer Weg"), media
     * ("Frankfurter Rundschau", "Berliner Zeitung") and places ("Frankfurter Flughafen"). Not institutions:
     * "Pariser Polizei" is the police of Paris, no name. The adjective is one the dictionary does not list in
     * lower case, as it lists "jeder", "neuer" and "oberer".
     */
    private static void namesOfPlaceAdjectives(List<Token> tokens, TreeMap<Integer, Span> spans) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String word = tokens.get(k).text();
            if (word.length() < 5 || !word.endsWith("er") || !WordShapes.isCapitalised(word) || !WordShapes.sameSentence(tokens, k, k + 1)) {
                continue;
            }
            String noun = tokens.get(k + 1).text();
            String type = STREET_NOUNS.contains(noun) ? "LOC" : MEDIA_TITLE.matcher(noun.toLowerCase(Locale.ROOT)).find() ? "MISC" : Cues.nameNounType(noun, "de");
            if (type == null || "ORG".equals(type) || ProperNouns.listedInLowerCase(word)) {
                continue;
            }
            Map.Entry<Integer, Span> before = spans.floorEntry(k + 1);
            boolean free = before == null || before.getValue().to() < k
                    || before.getKey() >= k && before.getValue().to() <= k + 1;
            if (free && (before == null || before.getKey() != k || before.getValue().name() == null)) {
                spans.remove(k);
                spans.remove(k + 1);
                spans.put(k, new Span(k, k + 1, type, null, Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    /** Last words of German newspapers' titles after a place's adjective ("Hamburger Abendblatt", "Kölner Stadt-Anzeiger", "Münchner Merkur"). */
    private static final Pattern MEDIA_TITLE = Pattern.compile("(blatt|anzeiger|kurier|bote|merkur|morgenpost|abendpost|allgemeine|tagespost)$");

    private static final Set<String> STREET_NOUNS = Set.of("Straße", "Strasse", "Str.", "Weg", "Allee", "Platz", "Ring", "Damm", "Ufer",
            "Gasse", "Chaussee", "Steig", "Pfad", "Landstraße");

    /**
     * German places named with the river or region they lie on ("Frankfurt am Main", "Waidhofen an der
     * Ybbs", "St. Veit in der Südsteiermark"): a place, or a saint's name, then "am", "im", or "an", "in",
     * "auf", "ob" with "der", then one word that the gazetteer does not know as a name of its own ("Berlin
     * in der Türkei" is two) and that is no street ("Preith in der Römerstraße"), is one place.
     */
    private static void placesByRiverOrRegion(List<Token> tokens, TreeMap<Integer, Span> spans) {
        for (Span s : List.copyOf(spans.values())) {
            int k = s.to() + 1;
            if (!spans.containsKey(s.from()) || k + 1 >= tokens.size()) {
                continue;
            }
            String word = tokens.get(k).text();
            int particles = word.equals("am") || word.equals("im") ? 1
                    : BEFORE_DER.contains(word) && tokens.get(k + 1).text().equals("der") ? 2 : 0;
            Span region = particles > 0 ? spans.get(k + particles) : null;
            boolean place = "LOC".equals(s.type()) || SAINT.contains(tokens.get(s.from()).text());
            if (region != null && place && region.name() == null && region.from() == region.to()
                    && !GERMAN_STREET.matcher(tokens.get(region.from()).text()).find() && WordShapes.sameSentence(tokens, s.from(), region.to())) {
                spans.remove(s.from());
                spans.remove(region.from());
                spans.put(s.from(), new Span(s.from(), region.to(), "LOC", null, Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    /**
     * A German byline or photo credit runs a person's name into the place it was written in ("Foto:
     * dpa/Thomas Kraus Düsseldorf", "Von Anna Schmidt Berlin"): a run of three words or more that the
     * gazetteer does not know, whose last word the dictionary lists only as a place and whose word before
     * it only as a given name or surname, is the person and the place.
     */
    private static void placeAfterPerson(List<Token> tokens, TreeMap<Integer, Span> spans) {
        for (Span s : List.copyOf(spans.values())) {
            if (s.name() == null && s.to() - s.from() >= 2 && "LOC".equals(ProperNouns.germanNameType(tokens.get(s.to()).text()))
                    && "PER".equals(ProperNouns.germanNameType(tokens.get(s.to() - 1).text()))) {
                spans.put(s.from(), new Span(s.from(), s.to() - 1, "PER", null, Mention.TypeBasis.EVIDENCE));
                spans.put(s.to(), new Span(s.to(), s.to(), "LOC", null, Mention.TypeBasis.EVIDENCE));
            }
        }
    }

    /**
     * German institutions are named by what they are for: "Bundesagentur für Arbeit", "Bundesamt für Migration
     * und Flüchtlinge", "Bundeszentrale für politische Bildung", "Französische Liga für Menschenrechte". An
     * institution's noun (alone or ending a compound), "für", then nouns, with lower-case adjectives before
     * them and "und" between them, is one organisation, with a capitalised adjective before the noun and any
     * name that ended with it. Not after an indefinite article ("eine Agentur für Werbung").
     */
    private static void institutionsFor(List<Token> tokens, TreeMap<Integer, Span> spans) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k + 1).text().equals("für") || !WordShapes.isCapitalised(tokens.get(k).text())
                    || !isGermanInstitution(tokens.get(k).text()) || !WordShapes.sameSentence(tokens, k, k + 2)) {
                continue;
            }
            Map.Entry<Integer, Span> covering = spans.floorEntry(k);
            int from = k;
            if (covering != null && covering.getValue().to() >= k) {
                if (covering.getValue().to() > k) {
                    continue;
                }
                from = covering.getKey();
            } else if (k > 0 && WordShapes.isCapitalised(tokens.get(k - 1).text()) && WordShapes.sameSentence(tokens, k - 1, k)
                    && ProperNouns.germanClass(tokens.get(k - 1).text()) == ProperNouns.WordClass.ADJECTIVE) {
                from = k - 1;
            }
            if (from > 0 && INDEFINITE_ARTICLES.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = -1;
            int m = k + 2;
            while (m < tokens.size() && m <= k + 8 && WordShapes.sameSentence(tokens, k, m)) {
                String word = tokens.get(m).text();
                if (WordShapes.isCapitalised(word) && !Cues.isStopWord(word.toLowerCase(Locale.ROOT), "de")) {
                    end = m;
                    if (m + 1 < tokens.size() && tokens.get(m + 1).text().equals("und")) {
                        m += 2;
                        continue;
                    }
                    break;
                }
                if (!ProperNouns.isGermanAdjective(word)) {
                    break;
                }
                m++;
            }
            if (end < 0) {
                continue;
            }
            spans.subMap(from, true, end, true).clear();
            spans.put(from, new Span(from, end, "ORG", null, Mention.TypeBasis.EVIDENCE));
            k = end;
        }
    }

    private static final Set<String> INDEFINITE_ARTICLES = Set.of("ein", "eine", "einer", "einem", "einen", "eines");
    /** Institutions' nouns, which also end their compounds ("Bundesagentur", "Landesamt", "Bundeszentrale"). */
    private static final Pattern GERMAN_INSTITUTION = Pattern.compile(
            "(amt|ministerium|agentur|institut|zentrum|zentrale|liga|akademie|kommission|stiftung|gesellschaft|verband|behörde"
                    + "|partei|bündnis|ausschuss|komitee|büro|forum|organisation)$");

    private static boolean isGermanInstitution(String word) {
        return GERMAN_INSTITUTION.matcher(word.toLowerCase(Locale.ROOT)).find();
    }

    private static final Set<String> BEFORE_DER = Set.of("an", "in", "auf", "ob");
    private static final Set<String> SAINT = Set.of("St.", "Sankt");
    private static final Pattern GERMAN_STREET = Pattern.compile("(straße|strasse|str\\.|weg|gasse|platz|allee|ring|zone|ufer|damm)$");
}
