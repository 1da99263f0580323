package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.RowReader;
import dev.bastion.adapters.persistence.shared.SqlArrays;
import dev.bastion.adapters.persistence.shared.SqlColumns;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.UserWithRoles;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Live users inside a data scope (the scope a predicate of the statement, {@link UserFilter}): one
 * user or a page of a listing, read alone ({@code UserRepository.findVisible}, {@code find}) or each
 * with the ids of the roles it holds as an array beside its row, in the same statement
 * ({@code RoleHoldings.visibleWithRoles}): one round trip and one plan for an administrator's read
 * of a user or of a page of users.
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
        return queries.findFirst("users", ROLE_IDS, UserFilter.visible(id, scope), this::withRoles, found -> found);
    }

    /** A page of a listing, its total from the counters where they answer it ({@link UserCounts}). */
    Page<User> find(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        return find(query, scope, page, sort, SqlColumns.NONE, UserRowReader.INSTANCE, this::toUser);
    }

    public Page<UserWithRoles> findWithRoles(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        return find(query, scope, page, sort, ROLE_IDS, this::withRoles, found -> found);
    }

    private <R, T> Page<T> find(UserQuery query, RecordScope scope, PageRequest page, UserSort sort,
                                SqlColumns columns, RowReader<R> rows, Function<R, T> toItem) {
        SqlFilter filter = UserFilter.of(query, scope);
        String orderBy = UserKeyset.orderBy(sort);
        return UserCounts.of(query, scope)
                .map(total -> queries.page("users", columns, filter, orderBy, rows, toItem, page, total))
                .orElseGet(() -> queries.page("users", columns, filter, orderBy, rows, toItem, page));
    }

    private UserWithRoles withRoles(ResultSet row) throws SQLException {
        return new UserWithRoles(toUser(UserRowReader.INSTANCE.read(row)),
                SqlArrays.uuids(row, "role_ids").stream().map(RoleId::new).toList());
    }

    User toUser(UserRow row) {
        return User.reconstitute(mapper.toSnapshot(row));
    }
}
