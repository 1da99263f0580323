package dev.bastion.adapters.rest.shared;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PageRequest;
import java.util.Set;

/**
 * Reads {@code page}, {@code size} and {@code sort} (docs/api.md, "Pages"). A listing names the sorts it
 * supports; any other {@code sort} is a validation error on {@code sort}.
 */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size, String sort, Set<String> allowedSorts) {
        if (sort != null && !allowedSorts.contains(sort.strip())) {
            throw new InvalidValueException("sort", "must be one of " + String.join(" | ", allowedSorts));
        }
        return new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
    }
}
