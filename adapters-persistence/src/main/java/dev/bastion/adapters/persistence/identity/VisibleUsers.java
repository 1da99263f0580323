package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.SqlArrays;
import dev.bastion.adapters.persistence.shared.SqlColumns;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.UserWithRoles;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.RecordScope;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * One live user inside a data scope (the scope a predicate of the statement, {@link UserFilter}),
 * read alone ({@code UserRepository.findVisible}) or with the ids of the roles it holds as an array
 * beside its row, in the same statement ({@code RoleHoldings.visibleWithRoles}): one round trip
 * and one plan for an administrator's read of a user.
 */
@Singleton
public final class VisibleUsers {

    /**
     * The ids of the user's live roles, sorted as {@code RoleHoldings.rolesOf} sorts them (uuid
     * order); walks the {@code user_roles} key.
     */
    private static final SqlColumns ROLE_IDS = new SqlColumns("""
            , ARRAY(SELECT ur.role_id FROM user_roles ur JOIN roles r ON r.id = ur.role_id AND r.deleted_at IS NULL
                     WHERE ur.user_id = users.id ORDER BY ur.role_id) AS role_ids""", List.of());

    private final PagedQueries queries;
    private final UserRowMapper mapper;

    VisibleUsers(PagedQueries queries, UserRowMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    Optional<User> find(UserId id, RecordScope scope) {
        return queries.findFirst("users", UserFilter.visible(id, scope), UserRowReader.INSTANCE, this::toUser);
    }

    public Optional<UserWithRoles> findWithRoles(UserId id, RecordScope scope) {
        return queries.findFirst("users", ROLE_IDS, UserFilter.visible(id, scope),
                row -> new UserWithRoles(toUser(UserRowReader.INSTANCE.read(row)),
                        SqlArrays.uuids(row, "role_ids").stream().map(RoleId::new).toList()),
                found -> found);
    }

    User toUser(UserRow row) {
        return User.reconstitute(mapper.toSnapshot(row));
    }
}
