package io.storyline.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written sentence templates and page-chrome phrases of one language, read from
 * {@code /synth/lang-<code>.txt}. The file has {@code [section]} headers; list sections hold one
 * template per line, and the {@code [chrome]} section holds {@code key = value} lines.
 *
 * <p>Template syntax (see {@link SentenceFiller}): {@code {a|b|c}} picks one alternative,
 * {@code <m|f>} agrees with the gender of the last person filled, and slots such as {@code [PER]},
 * {@code [ORG]}, {@code [LOC]}, {@code [IN_LOC]}, {@code [NUM]}, {@code [PCT]}, {@code [N]},
 * {@code [DAY]} take the story's entities and facts.
 */
final class LanguageBank {
    final String code;
    private final Map<String, List<String>> lists;
    private final Map<String, String> chrome;
    private final Map<String, List<String>> chromeLists = new java.util.HashMap<>();

    private LanguageBank(String code, Map<String, List<String>> lists, Map<String, String> chrome) {
        this.code = code;
        this.lists = lists;
        this.chrome = chrome;
    }

    static LanguageBank load(String code) {
        String resource = "/synth/lang-" + code + ".txt";
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, String> chrome = new LinkedHashMap<>();
        try (InputStream in = LanguageBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no sentence bank for language '" + code + "' (" + resource + ")");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]") && !line.contains(" ")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(resource + ": text before the first [section]");
                }
                if (section.equals("chrome")) {
                    int eq = line.indexOf('=');
                    chrome.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                } else {
                    lists.computeIfAbsent(section, k -> new ArrayList<>()).add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lists.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new LanguageBank(code, lists, chrome);
    }

    List<String> list(String section) {
        List<String> list = lists.get(section);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("lang-" + code + ".txt has no [" + section + "] section");
        }
        return list;
    }

    String chrome(String key) {
        String value = chrome.get(key);
        if (value == null) {
            throw new IllegalStateException("lang-" + code + ".txt has no chrome key '" + key + "'");
        }
        return value;
    }

    /** A chrome value holding a list separated by {@code ;}. */
    List<String> chromeList(String key) {
        return chromeLists.computeIfAbsent(key, this::splitChrome);
    }

    private List<String> splitChrome(String key) {
        List<String> out = new ArrayList<>();
        for (String part : chrome(key).split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return List.copyOf(out);
    }
}
