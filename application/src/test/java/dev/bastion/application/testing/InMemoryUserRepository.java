package dev.bastion.application.testing;

import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSnapshot;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@link UserRepository} contract in a map, for use-case tests. Stores snapshots, never the
 * caller's objects, so a change is only stored through {@link #update}.
 *
 * <ul>
 *   <li>Deleted users are invisible to lookups and do not hold their username or e-mail (as a
 *       unique index {@code WHERE deleted_at IS NULL} would behave).</li>
 *   <li>Usernames are unique ignoring case ({@link Username#canonical()}); e-mails are unique
 *       as spelled. A clash is a {@link ConflictException} naming the field.</li>
 *   <li>{@link #update} refuses a stale version and returns the user at version + 1.</li>
 * </ul>
 */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, UserSnapshot> rows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return live().filter(row -> row.id().equals(id)).findFirst().map(User::reconstitute);
    }

    @Override
    public synchronized Optional<User> findByUsername(Username username) {
        return live().filter(row -> row.username().canonical().equals(username.canonical()))
                .findFirst().map(User::reconstitute);
    }

    @Override
    public synchronized void add(User user) {
        UserSnapshot row = user.snapshot();
        if (row.version() != 0) {
            throw new IllegalArgumentException("a new user is at version 0, not " + row.version());
        }
        if (rows.containsKey(row.id())) {
            throw new IllegalStateException("user " + row.id() + " was already added");
        }
        requireUnique(row);
        rows.put(row.id(), row);
    }

    @Override
    public synchronized User update(User user) {
        UserSnapshot changed = user.snapshot();
        UserSnapshot stored = rows.get(changed.id());
        if (stored == null) {
            throw new NotFoundException("user");
        }
        if (stored.version() != changed.version()) {
            throw new VersionConflictException("user");
        }
        requireUnique(changed);
        UserSnapshot saved = withVersion(changed, stored.version() + 1);
        rows.put(saved.id(), saved);
        return User.reconstitute(saved);
    }

    /** Every row ever stored, deleted ones included, in insertion order: for assertions. */
    public synchronized List<UserSnapshot> rows() {
        return new ArrayList<>(rows.values());
    }

    private Stream<UserSnapshot> live() {
        return rows.values().stream().filter(row -> row.deletedAt() == null);
    }

    private void requireUnique(UserSnapshot candidate) {
        if (candidate.deletedAt() != null) {
            return;
        }
        live().filter(other -> !other.id().equals(candidate.id())).forEach(other -> {
            if (other.username().canonical().equals(candidate.username().canonical())) {
                throw new ConflictException("username", "username is taken");
            }
            if (candidate.email() != null && candidate.email().equals(other.email())) {
                throw new ConflictException("email", "email is taken");
            }
        });
    }

    private static UserSnapshot withVersion(UserSnapshot s, long version) {
        return new UserSnapshot(s.id(), s.username(), s.nickname(), s.email(), s.passwordHash(),
                s.mustChangePassword(), s.status(), version, s.createdAt(), s.updatedAt(), s.deletedAt());
    }
}
