package dev.bastion.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a listing and the total across all pages. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
        if (total < 0 || page < 1 || size < 1) {
            throw new IllegalArgumentException("total must not be negative, page and size must be positive");
        }
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
