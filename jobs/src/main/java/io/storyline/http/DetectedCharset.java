package io.storyline.http;

import java.nio.charset.Charset;
import java.util.Objects;

/** A charset to decode a payload with, and the evidence it came from. */
public record DetectedCharset(Charset charset, CharsetSource source) {
    public DetectedCharset {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }
}
