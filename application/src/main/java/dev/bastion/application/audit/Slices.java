package dev.bastion.application.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A listing read slice by slice (each slice after the last item read); a short slice is the last. */
final class Slices<T> implements Iterator<T> {

    static final int SIZE = 500;

    private final BiFunction<T, Integer, List<T>> read;
    private Iterator<T> current = List.<T>of().iterator();
    private T last;
    private boolean exhausted;

    private Slices(BiFunction<T, Integer, List<T>> read) {
        this.read = read;
    }

    /** {@code read(after, limit)}: up to {@code limit} items after {@code after} (null: from the start). */
    static <T> Stream<T> stream(BiFunction<T, Integer, List<T>> read) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Slices<>(read),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        if (!current.hasNext() && !exhausted) {
            List<T> slice = read.apply(last, SIZE);
            exhausted = slice.size() < SIZE;
            current = slice.iterator();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        last = current.next();
        return last;
    }
}
