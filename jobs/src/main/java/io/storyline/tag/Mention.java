package io.storyline.tag;

import java.io.Serializable;

/**
 * A named-entity mention in a document: [start, end) in UTF-16 units of the text, its type, its
 * surface and base form, and the cross-lingual key its entity_id is derived from.
 */
public record Mention(int start, int end, String type, String surface, String baseForm, String key) implements Serializable {}
