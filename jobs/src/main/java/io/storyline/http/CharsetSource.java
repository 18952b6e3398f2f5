package io.storyline.http;

/** Where a page's charset came from, strongest first. */
public enum CharsetSource {
    /** A byte order mark at the start of the payload. */
    BOM,
    /** The {@code charset} parameter of the HTTP {@code Content-Type} header. */
    HTTP_HEADER,
    /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first bytes. */
    META,
    /** Statistical detection (strict UTF-8 validation, then ICU4J). */
    DETECTED,
    /** Nothing usable: UTF-8. */
    DEFAULT
}
