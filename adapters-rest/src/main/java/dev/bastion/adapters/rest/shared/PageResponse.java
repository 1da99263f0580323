package dev.bastion.adapters.rest.shared;

import dev.bastion.domain.shared.Page;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/**
 * A page of a listing: the items of page {@code page} (1-based) of {@code size} items, and how many
 * items ({@code total}) and pages ({@code totalPages}) there are in all.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(List<T> items, long total, int page, int size, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageResponse<>(page.items().stream().<T>map(mapper).toList(), page.total(), page.page(),
                page.size(), page.totalPages());
    }
}
