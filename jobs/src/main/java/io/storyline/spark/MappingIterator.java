package io.storyline.spark;

import java.util.Iterator;
import java.util.function.Function;

/** Maps a partition lazily, keeping one per-partition object (a finisher, an extractor) alive. */
public final class MappingIterator<A, B> implements Iterator<B> {
    private final Iterator<A> source;
    private final Function<A, B> mapping;

    public MappingIterator(Iterator<A> source, Function<A, B> mapping) {
        this.source = source;
        this.mapping = mapping;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public B next() {
        return mapping.apply(source.next());
    }
}
