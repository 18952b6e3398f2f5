package io.storyline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * Where the report keeps its data, so that a page opened from disk loads only what it shows.
 *
 * <p>Browsers refuse {@code fetch} on {@code file://} pages, so every data file is a script that
 * hands its JSON to {@code storyline.load(name, data)} (app.js adds the script tag when a view
 * needs it). Long lists (stories, entities, sources) are cut into files of {@link #LIST_CHUNK}
 * rows in display order; the details of a story or an entity sit in a bucket file named by the
 * first hex digits of its id, with enough digits that a bucket holds about {@link #BUCKET_TARGET}
 * records. Ids are hex ({@code doc_id}, {@code entity_id}), so the page finds the bucket from the
 * id alone.
 */
public final class SiteLayout {
    /** Rows per list file: a page of the story list needs one file of about half a megabyte. */
    public static final int LIST_CHUNK = 2_000;
    /** Records per detail bucket on average. */
    public static final int BUCKET_TARGET = 500;
    private static final int MAX_DIGITS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteLayout() {}

    /** Hex digits of the bucket prefix for {@code records} records: 1 for small runs, one more per 16×. */
    public static int bucketDigits(long records) {
        int digits = 1;
        double buckets = 16;
        while (digits < MAX_DIGITS && buckets * BUCKET_TARGET < records) {
            digits++;
            buckets *= 16;
        }
        return digits;
    }

    /** The list files needed for {@code rows} rows. */
    public static long chunks(long rows) {
        return (rows + LIST_CHUNK - 1) / LIST_CHUNK;
    }

    /** The data file name (without {@code data/} and {@code .js}) of row {@code rank} (0-based) of a list. */
    public static String listFile(String list, long rank) {
        return list + "/" + (rank / LIST_CHUNK);
    }

    /** The data file name of the details of {@code id} (a hex id). */
    public static String bucketFile(String kind, String id, int digits) {
        return kind + "/" + id.substring(0, Math.min(digits, id.length())).toLowerCase(Locale.ROOT);
    }

    /** The text of a data file: the JSON value handed to the page under the file's name. */
    public static String script(String name, String json) {
        return "storyline.load(" + quote(name) + ", " + json + ");\n";
    }

    /** A JSON string literal. */
    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The path of a data file under the report's folder. */
    public static String path(String name) {
        return "data/" + name + ".js";
    }
}
