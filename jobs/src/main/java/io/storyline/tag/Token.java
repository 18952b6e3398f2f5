package io.storyline.tag;

import java.io.Serializable;

/** A token of a document: [begin, end) in the text, and the index of its sentence. */
public record Token(int begin, int end, String text, int sentence) implements Serializable {}
