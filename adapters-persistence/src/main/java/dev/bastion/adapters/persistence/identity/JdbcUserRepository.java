package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link UserRepository} on PostgreSQL; turns constraint and version failures into domain errors. */
@Singleton
final class JdbcUserRepository implements UserRepository {

    private final UserRowRepository rows;
    private final UserRowMapper mapper;
    private final PagedQueries queries;

    JdbcUserRepository(UserRowRepository rows, UserRowMapper mapper, PagedQueries queries) {
        this.rows = rows;
        this.mapper = mapper;
        this.queries = queries;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findLiveById(id.value()).map(this::toUser);
    }

    @Override
    public Optional<User> findVisible(UserId id, RecordScope scope) {
        return queries.findFirst("users", UserFilter.visible(id, scope), UserRow.class, this::toUser);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return rows.findLiveByUsername(username.value()).map(this::toUser);
    }

    @Override
    public Page<User> find(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        return queries.page("users", UserFilter.of(query, scope), orderBy(sort), UserRow.class, this::toUser, page);
    }

    /** Only these fixed strings ever reach the ORDER BY clause. */
    private static String orderBy(UserSort sort) {
        return switch (sort) {
            case USERNAME_ASC -> "lower(username) ASC, id ASC";
            case USERNAME_DESC -> "lower(username) DESC, id DESC";
            case CREATED_AT_ASC -> "created_at ASC, id ASC";
            case CREATED_AT_DESC -> "created_at DESC, id DESC";
        };
    }

    @Override
    public void add(User user) {
        try {
            rows.save(mapper.toRow(user.snapshot()));
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    @Override
    public User update(User user) {
        try {
            return toUser(rows.update(mapper.toRow(user.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("user " + user.id());
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    private User toUser(UserRow row) {
        return User.reconstitute(mapper.toSnapshot(row));
    }

    private static RuntimeException translate(DataAccessException failure) {
        return UniqueViolation.constraintOf(failure)
                .<RuntimeException>map(constraint -> switch (constraint) {
                    case "users_username_key" -> new ConflictException("username", "username is already taken");
                    case "users_email_key" -> new ConflictException("email", "email is already in use");
                    case "users_pkey" -> new ConflictException("id", "a user with this id already exists");
                    default -> ConflictException.ofState("the user clashes with an existing one");
                })
                .orElse(failure);
    }
}
