package dev.bastion.adapters.persistence.identity;

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
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link UserRepository} on PostgreSQL; turns constraint and version failures into domain errors. */
@Singleton
final class JdbcUserRepository implements UserRepository {

    private final UserRowRepository rows;
    private final UserRowMapper mapper;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcUserRepository(UserRowRepository rows, UserRowMapper mapper, JdbcOperations jdbc,
                       TransactionOperations<Connection> transactions) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findLiveById(id.value()).map(this::toUser);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return rows.findLiveByUsername(username.value()).map(this::toUser);
    }

    @Override
    public Page<User> find(UserQuery query, PageRequest page, UserSort sort) {
        UserFilter filter = UserFilter.of(query);
        return transactions.executeRead(status -> {
            long total = jdbc.prepareStatement("SELECT count(*) FROM users" + filter.where(), statement -> {
                filter.bind(statement);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            });
            if (total == 0) {
                return Page.<User>of(List.of(), 0, page);
            }
            List<User> items = jdbc.prepareStatement("SELECT * FROM users" + filter.where() + " ORDER BY "
                    + orderBy(sort) + " LIMIT ? OFFSET ?", statement -> {
                        int next = filter.bind(statement);
                        statement.setInt(next, page.size());
                        statement.setLong(next + 1, page.offset());
                        try (ResultSet result = statement.executeQuery()) {
                            List<User> found = new ArrayList<>();
                            while (result.next()) {
                                found.add(toUser(jdbc.readEntity(result, UserRow.class)));
                            }
                            return found;
                        }
                    });
            return Page.of(items, total, page);
        });
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
