package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link UserRepository} on PostgreSQL; turns constraint and version failures into domain errors. */
@Singleton
final class JdbcUserRepository implements UserRepository {

    private final JdbcEventOutbox outbox;
    private final UserRowRepository rows;
    private final UserRowMapper mapper;
    private final PagedQueries queries;
    private final UserBulkInsert bulkInsert;
    private final VisibleUsers visible;

    JdbcUserRepository(UserRowRepository rows, UserRowMapper mapper, PagedQueries queries, UserBulkInsert bulkInsert,
                       JdbcEventOutbox outbox, VisibleUsers visible) {
        this.outbox = outbox;
        this.visible = visible;
        this.rows = rows;
        this.mapper = mapper;
        this.queries = queries;
        this.bulkInsert = bulkInsert;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findLiveById(id.value()).map(this::toUser);
    }

    @Override
    public Optional<User> findVisible(UserId id, RecordScope scope) {
        return visible.find(id, scope);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return rows.findLiveByUsername(username.value()).map(this::toUser);
    }

    @Override
    public Page<User> find(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        return visible.find(query, scope, page, sort);
    }

    @Override
    public List<User> findSlice(UserQuery query, RecordScope scope, UserSort sort, Optional<User> after,
                                int limit) {
        SqlFilter filter = UserFilter.of(query, scope);
        if (after.isPresent()) {
            filter = UserKeyset.after(filter, sort, after.get());
        }
        return queries.slice("users", filter, UserKeyset.orderBy(sort), limit, UserRowReader.INSTANCE, this::toUser);
    }

    @Override
    public void add(User user) {
        try {
            rows.save(mapper.toRow(user.snapshot()));
        } catch (DataAccessException e) {
            throw translate(e);
        }
        outbox.appendFrom(user);
    }

    @Override
    public User update(User user) {
        User stored;
        try {
            stored = toUser(rows.update(mapper.toRow(user.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("user " + user.id());
        } catch (DataAccessException e) {
            throw translate(e);
        }
        outbox.appendFrom(user);
        return stored;
    }

    @Override
    public void addAll(List<User> users) {
        if (users.isEmpty()) {
            return;
        }
        try {
            bulkInsert.insert(users.stream().map(user -> mapper.toRow(user.snapshot())).toList());
        } catch (DataAccessException e) {
            throw translate(e);
        }
        outbox.append(users.stream().flatMap(user -> user.pullEvents().stream()).toList());
    }

    @Override
    public Set<Username> takenUsernames(Collection<Username> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        Set<String> taken = new HashSet<>(rows.findLiveCanonicalUsernames(
                usernames.stream().map(Username::canonical).collect(Collectors.toSet())));
        return usernames.stream().filter(name -> taken.contains(name.canonical())).collect(Collectors.toSet());
    }

    @Override
    public Set<Email> takenEmails(Collection<Email> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        Set<String> taken = new HashSet<>(rows.findLiveLowerEmails(
                emails.stream().map(JdbcUserRepository::lower).collect(Collectors.toSet())));
        return emails.stream().filter(email -> taken.contains(lower(email))).collect(Collectors.toSet());
    }

    /** As PostgreSQL's {@code lower} for the ASCII an e-mail address is made of. */
    private static String lower(Email email) {
        return email.value().toLowerCase(Locale.ROOT);
    }

    private User toUser(UserRow row) {
        return visible.toUser(row);
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
