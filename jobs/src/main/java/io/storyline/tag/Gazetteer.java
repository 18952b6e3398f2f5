package io.storyline.tag;

import io.storyline.config.Settings;
import io.storyline.config.SettingsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The multilingual gazetteer: entities with an id, a type and their names per language. Files are
 * TSV: a header {@code id type <lang> <lang> ...}, then one entity per line, aliases separated by
 * {@code |}, {@code #} comments. The default is the set bundled in the jar from {@code conf/gazetteer}.
 */
public final class Gazetteer implements Serializable {
    static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");
    /** The bundled files, in the jar under {@code gazetteer/}. */
    static final List<String> BUNDLED = List.of("places.tsv", "organisations.tsv", "media.tsv", "events.tsv", "people.tsv");

    /** One entity: its names are base forms, per language. */
    public record Entry(String id, String type, Map<String, List<String>> names) implements Serializable {}

    private final List<Entry> entries;
    private final Map<String, Entry> byId;

    Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> ids = new HashMap<>();
        for (Entry e : entries) {
            if (ids.put(e.id(), e) != null) {
                throw new SettingsException("gazetteer: duplicate id " + e.id());
            }
        }
        this.byId = ids;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Entry byId(String id) {
        return byId.get(id);
    }

    /** The gazetteer as one TSV text that {@link #parse} reads back (a pipeline parameter). */
    public String toTsv() {
        java.util.TreeSet<String> langs = new java.util.TreeSet<>();
        entries.forEach(e -> langs.addAll(e.names().keySet()));
        List<String> columns = new ArrayList<>(langs);
        StringBuilder b = new StringBuilder("id\ttype\t").append(String.join("\t", columns)).append('\n');
        for (Entry e : entries) {
            b.append(e.id()).append('\t').append(e.type());
            for (String lang : columns) {
                b.append('\t').append(String.join("|", e.names().getOrDefault(lang, List.of())));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * The bundled given names per language ({@code gazetteer/given-names.txt}: a line per language,
     * {@code lang<TAB>name name ...}), a cue that a capitalised sequence is a person. They are not
     * entities, so a gazetteer the configuration names does not replace them.
     */
    static Map<String, List<String>> givenNames() {
        return GivenNames.BY_LANGUAGE;
    }

    /** Read once per JVM, on first use. */
    private static final class GivenNames {
        static final Map<String, List<String>> BY_LANGUAGE = read();
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream("gazetteer/given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer/given-names.txt is missing from the classpath");
            }
            Map<String, List<String>> out = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.strip().isEmpty() || line.startsWith("#") ? new String[0] : line.split("\t");
                if (cells.length == 2) {
                    out.put(cells[0].strip(), List.of(cells[1].strip().split(" +")));
                }
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled gazetteer (from the classpath), with every country's names from ICU ({@link CountryNames})
     * in the files' languages and in {@code languages}, those documents are tagged in.
     */
    public static Gazetteer bundled(List<String> languages) {
        List<Entry> all = new ArrayList<>();
        for (String file : BUNDLED) {
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream("gazetteer/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer/" + file + " is missing from the classpath");
                }
                all.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Gazetteer(CountryNames.addTo(all, languages));
    }

    /** The gazetteer of the tag settings: {@link #load} with their location and languages. */
    public static Gazetteer of(Settings.Tag settings) {
        return load(settings.gazetteer(), settings.languages());
    }

    /**
     * The gazetteer at {@code location}: empty means the bundled one, with country names in {@code languages};
     * otherwise a TSV file, or a folder whose {@code *.tsv} files are read in name order, as they are.
     */
    public static Gazetteer load(String location, List<String> languages) {
        if (location == null || location.isBlank()) {
            return bundled(languages);
        }
        Path path = Path.of(location);
        List<Path> files;
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
                }
            } else if (Files.isRegularFile(path)) {
                files = List.of(path);
            } else {
                throw new SettingsException("storyline.tag.gazetteer: no such file or folder: " + location);
            }
            List<Entry> all = new ArrayList<>();
            for (Path file : files) {
                all.addAll(parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            }
            return new Gazetteer(all);
        } catch (IOException e) {
            throw new SettingsException("storyline.tag.gazetteer: cannot read " + location + ": " + e.getMessage());
        }
    }

    /** Parses one TSV file; {@code name} is for error messages. */
    static List<Entry> parse(String tsv, String name) {
        List<Entry> out = new ArrayList<>();
        List<String> header = null;
        int lineNo = 0;
        for (String raw : tsv.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = raw.replace("\r", "").split("\t", -1);
            if (header == null) {
                header = List.of(cells);
                if (header.size() < 3 || !header.get(0).equals("id") || !header.get(1).equals("type")) {
                    throw new SettingsException("gazetteer " + name + ": the header must be 'id<TAB>type<TAB><lang>...'");
                }
                continue;
            }
            if (cells.length > header.size()) {
                throw new SettingsException("gazetteer " + name + " line " + lineNo + ": more cells than the header has");
            }
            String id = cells[0].strip();
            String type = cells.length > 1 ? cells[1].strip() : "";
            if (id.isEmpty() || !TYPES.contains(type)) {
                throw new SettingsException("gazetteer " + name + " line " + lineNo + ": needs an id and a type in " + TYPES);
            }
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (int i = 2; i < cells.length; i++) {
                List<String> aliases = new ArrayList<>();
                for (String alias : cells[i].split("\\|")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
                if (!aliases.isEmpty()) {
                    names.put(header.get(i).strip(), Collections.unmodifiableList(aliases));
                }
            }
            if (names.isEmpty()) {
                throw new SettingsException("gazetteer " + name + " line " + lineNo + ": " + id + " has no name");
            }
            out.add(new Entry(id, type, Collections.unmodifiableMap(names)));
        }
        return out;
    }
}
