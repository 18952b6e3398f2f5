package io.storyline.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Entity resolution over tag-time keys: which keys name the same entity. The tag stage gives each
 * mention a key from its own document and day ({@code g:<entry>} or {@code n:<phonetic key>}); this
 * core merges keys that are spelling variants of one another ("breksit"/"brekzit", "defis"/"deifis")
 * or that take each other's place in two copies of one near-duplicate article.
 *
 * <p>Rules, each for a reason (docs/tagging.md has the measurements behind them):
 * <ul>
 *   <li>People only with people, other names only with other names (by the majority type of each
 *       key's mentions), and never two gazetteer keys: the gazetteer's entries are distinct
 *       entities by construction. LOC, ORG and MISC are not kept apart: for a name outside the
 *       gazetteer they are guesses from shape cues, and one name gets different ones in different
 *       languages (Velká Británie as ORG, Wielka Brytania as LOC).</li>
 *   <li>Edit distance on phonetic spellings, with a limit that grows with length (0 up to 3
 *       letters, 1 up to 7, 2 beyond): short keys differ by one letter between different names
 *       (mai/kai), long ones by transliteration noise.</li>
 *   <li>The first letter must agree: transliteration rarely changes it, and one-letter changes
 *       there make another name (Parker/Barker, Dunaj/Dubaj).</li>
 *   <li>The consonant skeleton (vowels and j dropped, z as s) must be equal, or within one edit
 *       beyond 7 letters: transliterations differ mostly in vowels and s/z (Brekzit/Breksit,
 *       Deivis/Devis), different names mostly in consonants (Telegram/Telegraf).</li>
 *   <li>People: a surname and its feminine form (Ivanov/Ivanova) are different people; and two
 *       keys whose full names are both known must also agree on them (Mumtaz Qadri is not Afzal
 *       Qadri).</li>
 *   <li>Near-duplicate evidence (the two keys stand in the same context in two copies of one
 *       near-duplicate group) is strong: it lifts the limit to half the length and waives the
 *       skeleton and feminine checks, but not type, gazetteer and first-letter checks (an updated
 *       copy that replaces one person by another is not a spelling variant).</li>
 *   <li>No chaining: sets are stars around a centre, and a key joins only a centre it is close to,
 *       so A~B and B~C do not put A and C together when they are far apart.</li>
 * </ul>
 *
 * <p>Ids: a set's canonical key is its centre. Centres are taken gazetteer keys first, then by the
 * day a key was first seen, then by documents, then by key: so the canonical key does not depend
 * on partitioning or input order, and a key seen on a later day never displaces an older centre
 * (ids survive daily runs). The most frequent spelling of the first day is the centre.
 */
public final class EntityResolver {
    /** Keys in a larger block are not compared with each other (a hot-block guard; such blocks are generic). */
    public static final int MAX_BLOCK_KEYS = 200;
    /** Full names (of two or more words) of a person kept as spellings. */
    static final int FULL_NAMES = 2;

    private EntityResolver() {}

    /**
     * What the resolver knows of one key.
     *
     * @param firstDay the epoch day of the earliest event_time of its documents
     * @param spellings phonetic strings of its names (see {@link #spellings}); the first is the key's own
     * @param fullNames phonetic full names of a person (two or more words), empty otherwise
     */
    public record KeySummary(String key, String type, long docs, long firstDay, List<String> spellings,
                             List<String> fullNames) implements Serializable {
        boolean gazetteer() {
            return key.startsWith("g:");
        }
    }

    /** Two keys judged the same entity, at {@code distance}; {@code evidence} near-duplicate contexts. */
    public record Edge(String a, String b, int distance, long evidence) implements Serializable {}

    /** A base form and how many mentions have it. */
    public record Form(String baseForm, long count) implements Serializable {}

    /**
     * The summary of a key from its mentions: the gazetteer's type, else the majority type (ties
     * alphabetical), and its spellings. A gazetteer key's spellings are its entry's names, a name key's its phonetic key;
     * a person's full names come from the most frequent base forms of two or more words.
     */
    public static KeySummary summary(String key, Map<String, Long> types, List<Form> forms, long docs, long firstDay,
                                     Gazetteer gazetteer) {
        Gazetteer.Entry entry = key.startsWith("g:") ? gazetteer.byId(key.substring(2)) : null;
        // A gazetteer entry's type is known; a name's is the majority of its mentions' guesses.
        String type = entry != null ? entry.type() : new TreeMap<>(types).entrySet().stream()
                .max(Comparator.comparingLong(Map.Entry<String, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
        Set<String> spellings = new LinkedHashSet<>();
        Set<String> fullNames = new LinkedHashSet<>();
        if (key.startsWith("g:")) {
            if (entry != null) {
                entry.names().forEach((lang, names) -> names.forEach(n -> {
                    String phonetic = EntityKeys.phonetic(n, lang);
                    spellings.add(phonetic);
                    if ("PER".equals(type) && phonetic.indexOf(' ') > 0) {
                        fullNames.add(phonetic);
                    }
                }));
            }
        } else {
            spellings.add(key.substring(2));
            if ("PER".equals(type)) {
                forms.stream().filter(f -> f.baseForm().indexOf(' ') > 0)
                        .sorted(Comparator.comparingLong(Form::count).reversed().thenComparing(Form::baseForm))
                        .limit(FULL_NAMES)
                        .forEach(f -> fullNames.add(EntityKeys.phonetic(f.baseForm(), BaseForms.isCyrillic(f.baseForm()) ? "ru" : "en")));
            }
        }
        spellings.removeIf(String::isEmpty);
        return new KeySummary(key, type, docs, firstDay, List.copyOf(spellings), List.copyOf(fullNames));
    }

    /** PER, or NAME for every other type: what must agree for two keys to merge. */
    static String kind(String type) {
        return "PER".equals(type) ? "PER" : "NAME";
    }

    /** Edits allowed between two spellings whose shorter one has {@code length} characters. */
    static int limit(int length) {
        return length <= 3 ? 0 : length <= 7 ? 1 : 2;
    }

    /** Edits allowed with near-duplicate evidence. */
    static int evidenceLimit(int length) {
        return Math.max(limit(length), length / 2);
    }

    /**
     * The blocks a spelling is indexed under: itself and every string made by deleting up to
     * {@code limit(length)} characters after the first. Two spellings within the limit of each
     * other (with the same first letter) share a block, so candidates need no all-pairs
     * comparison (the deletion neighbourhood of SymSpell). The {@link #kind} of {@code type} is part
     * of the block, since only keys of one kind merge.
     */
    public static List<String> blocks(String type, String spelling) {
        Set<String> out = new LinkedHashSet<>();
        deletions(spelling, limit(spelling.length()), 1, out);
        List<String> blocks = new ArrayList<>(out.size());
        for (String s : out) {
            blocks.add(kind(type) + ":" + s);
        }
        return blocks;
    }

    private static void deletions(String s, int left, int from, Set<String> out) {
        out.add(s);
        if (left == 0) {
            return;
        }
        for (int i = Math.max(from, 1); i < s.length(); i++) {
            deletions(s.substring(0, i) + s.substring(i + 1), left - 1, i, out);
        }
    }

    /**
     * The edge between two keys, or null when they must stay apart.
     *
     * @param evidence near-duplicate contexts in which one key stands in one copy and the other in another
     */
    public static Edge edge(KeySummary a, KeySummary b, long evidence) {
        if (a.key().equals(b.key()) || !kind(a.type()).equals(kind(b.type())) || a.gazetteer() && b.gazetteer()) {
            return null;
        }
        boolean person = "PER".equals(a.type());
        if (person && evidence == 0 && !a.fullNames().isEmpty() && !b.fullNames().isEmpty()
                && closest(a.fullNames(), b.fullNames(), false, false) < 0) {
            return null;
        }
        int best = closest(a.spellings(), b.spellings(), evidence > 0, person && evidence == 0);
        if (best < 0 && person && evidence == 0) {
            // Surnames apart, full names close: "Тереза Май" and the gazetteer's "Тереза Мей".
            best = closest(a.fullNames(), b.fullNames(), false, false);
        }
        if (best < 0) {
            return null;
        }
        return a.key().compareTo(b.key()) < 0 ? new Edge(a.key(), b.key(), best, evidence) : new Edge(b.key(), a.key(), best, evidence);
    }

    /** The smallest distance between two spellings of the lists that the rules allow, or -1. */
    private static int closest(List<String> as, List<String> bs, boolean evidence, boolean feminineGuard) {
        int best = -1;
        for (String s : as) {
            for (String t : bs) {
                int d = distance(s, t, evidence, feminineGuard);
                if (d >= 0 && (best < 0 || d < best)) {
                    best = d;
                }
            }
        }
        return best;
    }

    /** The edit distance of two spellings when the rules allow the pair, else -1. */
    static int distance(String s, String t, boolean evidence, boolean feminineGuard) {
        if (s.isEmpty() || t.isEmpty() || s.charAt(0) != t.charAt(0)) {
            return -1;
        }
        int length = Math.min(s.length(), t.length());
        int max = evidence ? evidenceLimit(length) : limit(length);
        // commons-text (on Spark's classpath) stops as soon as the distance exceeds the threshold.
        int d = new LevenshteinDistance(max).apply(s, t);
        if (d < 0 || evidence || d == 0) {
            return d;
        }
        if (feminineGuard && (s.equals(t + "a") || t.equals(s + "a"))) {
            return -1;
        }
        int skeletonMax = length <= 7 ? 0 : 1;
        return new LevenshteinDistance(skeletonMax).apply(skeleton(s), skeleton(t)) < 0 ? -1 : d;
    }

    /** Consonants only, z as s: what stays of a name across transliterations. */
    static String skeleton(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouj".indexOf(c) < 0) {
                b.append(c == 'z' ? 's' : c);
            }
        }
        return b.toString();
    }

    /**
     * The canonical key of every key that joins another: star clustering over the edges, centres in
     * the order of {@link #centreOrder}. Keys that stay their own centre are left out.
     */
    public static Map<String, String> resolve(Collection<KeySummary> keys, Collection<Edge> edges) {
        Map<String, KeySummary> byKey = new HashMap<>();
        keys.forEach(k -> byKey.put(k.key(), k));
        Map<String, List<Edge>> adjacent = new HashMap<>();
        for (Edge e : edges) {
            if (byKey.containsKey(e.a()) && byKey.containsKey(e.b())) {
                adjacent.computeIfAbsent(e.a(), k -> new ArrayList<>()).add(e);
                adjacent.computeIfAbsent(e.b(), k -> new ArrayList<>()).add(e);
            }
        }
        List<KeySummary> order = new ArrayList<>(byKey.values());
        order.sort(centreOrder());
        Map<String, String> centreOf = new HashMap<>();
        Map<String, String> canonical = new TreeMap<>();
        for (KeySummary centre : order) {
            if (centreOf.containsKey(centre.key())) {
                continue;
            }
            centreOf.put(centre.key(), centre.key());
            List<Edge> near = new ArrayList<>(adjacent.getOrDefault(centre.key(), List.of()));
            // The closest first, then the stronger evidence, then by key: the same order in every run.
            near.sort(Comparator.comparingInt(Edge::distance).thenComparing(Edge::evidence, Comparator.reverseOrder())
                    .thenComparing(Edge::a).thenComparing(Edge::b));
            for (Edge e : near) {
                String other = e.a().equals(centre.key()) ? e.b() : e.a();
                if (!centreOf.containsKey(other) && !byKey.get(other).gazetteer()) {
                    centreOf.put(other, centre.key());
                    canonical.put(other, centre.key());
                }
            }
        }
        return canonical;
    }

    /** Gazetteer keys first, then the earliest first day, then more documents, then the smaller key. */
    static Comparator<KeySummary> centreOrder() {
        return Comparator.comparing((KeySummary k) -> !k.gazetteer())
                .thenComparingLong(KeySummary::firstDay)
                .thenComparing(KeySummary::docs, Comparator.reverseOrder())
                .thenComparing(KeySummary::key);
    }
}
