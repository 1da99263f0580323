package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a user listing can have ({@code sort=field,asc|desc}); anything else is refused on {@code sort}. */
public enum UserSort {
    USERNAME_ASC("username,asc"),
    USERNAME_DESC("username,desc"),
    CREATED_AT_ASC("createdAt,asc"),
    CREATED_AT_DESC("createdAt,desc");

    private final String text;

    UserSort(String text) {
        this.text = text;
    }

    public static UserSort parse(String text) {
        if (text == null || text.isBlank()) {
            return CREATED_AT_DESC;
        }
        return Arrays.stream(values()).filter(sort -> sort.text.equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.text).collect(Collectors.joining(" | "))));
    }
}
