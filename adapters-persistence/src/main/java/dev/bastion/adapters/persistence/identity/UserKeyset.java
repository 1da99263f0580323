package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserSort;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A user listing's order and its keyset: "after this user" as a row comparison on the sort key and
 * the id, so each slice starts where the previous one ended without skipping rows. The keys never
 * change (usernames are immutable, so is the creation time), so a slice boundary cannot move.
 */
final class UserKeyset {

    private UserKeyset() {
    }

    /** Only these fixed strings ever reach the ORDER BY clause. */
    static String orderBy(UserSort sort) {
        return switch (sort) {
            case USERNAME_ASC -> "lower(username) ASC, id ASC";
            case USERNAME_DESC -> "lower(username) DESC, id DESC";
            case CREATED_AT_ASC -> "created_at ASC, id ASC";
            case CREATED_AT_DESC -> "created_at DESC, id DESC";
        };
    }

    /** {@code filter} narrowed to the users that come after {@code last} in {@code sort} order. */
    static SqlFilter after(SqlFilter filter, UserSort sort, User last) {
        return switch (sort) {
            case USERNAME_ASC -> filter.and("(lower(username), id) > (?, ?)", usernameKey(last));
            case USERNAME_DESC -> filter.and("(lower(username), id) < (?, ?)", usernameKey(last));
            case CREATED_AT_ASC -> filter.and("(created_at, id) > (?, ?)", createdAtKey(last));
            case CREATED_AT_DESC -> filter.and("(created_at, id) < (?, ?)", createdAtKey(last));
        };
    }

    /** Lower-cased as PostgreSQL's {@code lower} does for the ASCII that usernames are made of. */
    private static List<Object> usernameKey(User last) {
        return List.of(last.username().value().toLowerCase(Locale.ROOT), last.id().value());
    }

    private static List<Object> createdAtKey(User last) {
        return List.of(last.createdAt().atOffset(ZoneOffset.UTC), last.id().value());
    }
}
