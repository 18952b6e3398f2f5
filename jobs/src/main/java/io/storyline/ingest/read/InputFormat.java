package io.storyline.ingest.read;

import java.util.Locale;

/** Input formats, told apart by file name, as crawl archives are named by convention. */
public enum InputFormat {
    /** WARC, WARC.gz, WET and ARC files (jwarc reads all of them). */
    WARC,
    JSON_LINES,
    /** One article per file: a text folder. */
    TEXT,
    /** A list of input paths, one per line, such as Common Crawl's {@code warc.paths.gz}. */
    PATH_LIST;

    /** The format of a file name, or null when the name does not say. */
    public static InputFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".paths")) {
            return PATH_LIST;
        }
        if (name.endsWith(".warc") || name.endsWith(".wet") || name.endsWith(".arc")) {
            return WARC;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        return null;
    }

    public static boolean isGzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
