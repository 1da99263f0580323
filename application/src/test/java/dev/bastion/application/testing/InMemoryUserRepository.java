package dev.bastion.application.testing;

import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSnapshot;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.bastion.domain.shared.Email;

/**
 * The {@link UserRepository} contract in a map, for use-case tests. Stores snapshots, never the
 * caller's objects, so a change is only stored through {@link #update}.
 *
 * <ul>
 *   <li>Deleted users are invisible to lookups and do not hold their username or e-mail (as a
 *       unique index {@code WHERE deleted_at IS NULL} would behave).</li>
 *   <li>Usernames and e-mails are unique ignoring case ({@link Username#canonical()}; e-mails as
 *       PostgreSQL's {@code lower(email)} index does). A clash is a {@link ConflictException} naming
 *       the field; {@link #addAll} stores the whole batch or, on a clash (with a stored user or within
 *       the batch), nothing of it.</li>
 *   <li>{@link #update} refuses a stale version and returns the user at version + 1.</li>
 *   <li>A {@link RecordScope} is applied with {@link RecordScope#covers}: a user is inside when
 *       the scope covers their department, or they are the viewer and own records count.</li>
 *   <li>The listing's {@code deptId} filter includes the sub-departments when the fake is given
 *       the department tree; without one it matches that department only. Given an
 *       {@link InMemoryDepartmentRepository}, the fake tells it which departments have members.</li>
 *   <li>Ties in the listing's order are broken by the id as PostgreSQL compares uuids (unsigned).</li>
 * </ul>
 */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, UserSnapshot> rows = new LinkedHashMap<>();
    private final DepartmentRepository departments;
    private InMemoryEventOutbox outbox = new InMemoryEventOutbox();

    /** A repository that knows no department tree: the {@code deptId} filter matches that department only. */
    public InMemoryUserRepository() {
        this(null);
    }

    /** A repository whose {@code deptId} filter takes the sub-departments from {@code departments}. */
    public InMemoryUserRepository(DepartmentRepository departments) {
        this.departments = departments;
        if (departments instanceof InMemoryDepartmentRepository inMemory) {
            inMemory.countingMembersOf(this);
        }
    }

    /** The outbox this fake appends the events of what it stores to (by default one nobody reads). */
    public InMemoryUserRepository sendingEventsTo(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
        return this;
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return live().filter(row -> row.id().equals(id)).findFirst().map(User::reconstitute);
    }

    @Override
    public synchronized Optional<User> findVisible(UserId id, RecordScope scope) {
        return live().filter(row -> row.id().equals(id))
                .filter(row -> inside(row, scope))
                .findFirst().map(User::reconstitute);
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
        outbox.append(user.pullEvents());
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
        outbox.append(user.pullEvents());
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
        requireUnique(candidate, live().toList());
    }

    private static void requireUnique(UserSnapshot candidate, List<UserSnapshot> others) {
        if (candidate.deletedAt() != null) {
            return;
        }
        others.stream().filter(other -> !other.id().equals(candidate.id())).forEach(other -> {
            if (other.username().canonical().equals(candidate.username().canonical())) {
                throw new ConflictException("username", "username is taken");
            }
            if (candidate.email() != null && other.email() != null
                    && lower(candidate.email()).equals(lower(other.email()))) {
                throw new ConflictException("email", "email is taken");
            }
        });
    }

    /** As PostgreSQL's {@code lower} for the ASCII an e-mail address is made of. */
    private static String lower(Email email) {
        return email.value().toLowerCase(Locale.ROOT);
    }

    /** Whether a live user belongs to {@code dept} itself (not to a department below it). */
    synchronized boolean hasLiveMemberIn(DeptId dept) {
        return live().anyMatch(row -> row.deptId().equals(dept));
    }

    private static UserSnapshot withVersion(UserSnapshot s, long version) {
        return new UserSnapshot(s.id(), s.username(), s.nickname(), s.email(), s.phone(), s.deptId(), s.passwordHash(),
                s.mustChangePassword(), s.status(), version, s.createdAt(), s.updatedAt(), s.deletedAt());
    }

    /** Filters like the real one: prefix ignoring case, status, department (see the class), and the scope. */
    @Override
    public synchronized Page<User> find(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        List<UserSnapshot> matching = matching(query, scope).sorted(order(sort)).toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).map(User::reconstitute).toList(),
                matching.size(), page);
    }

    /** Keyset like the real one: the users after {@code after} in {@code sort} order, the id breaking ties. */
    @Override
    public synchronized List<User> findSlice(UserQuery query, RecordScope scope, UserSort sort, Optional<User> after,
                                             int limit) {
        Comparator<UserSnapshot> order = order(sort);
        return matching(query, scope)
                    .filter(s -> after.isEmpty() || order.compare(s, after.get().snapshot()) > 0)
                .sorted(order)
                .limit(limit)
                .map(User::reconstitute)
                .toList();
    }

    @Override
    public synchronized void addAll(List<User> users) {
        List<UserSnapshot> checked = new ArrayList<>(live().toList());
        for (User user : users) {
            UserSnapshot row = user.snapshot();
            if (row.version() != 0) {
                throw new IllegalArgumentException("a new user is at version 0, not " + row.version());
            }
            requireUnique(row, checked);
            checked.add(row);
        }
        users.forEach(this::add);
    }

    @Override
    public synchronized Set<Username> takenUsernames(Collection<Username> usernames) {
        Set<String> taken = live().map(s -> s.username().canonical()).collect(Collectors.toSet());
        return usernames.stream().filter(name -> taken.contains(name.canonical())).collect(Collectors.toSet());
    }

    @Override
    public synchronized Set<Email> takenEmails(Collection<Email> emails) {
        Set<String> taken = live().filter(s -> s.email() != null)
                .map(s -> s.email().value().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return emails.stream().filter(email -> taken.contains(email.value().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toSet());
    }

    private Stream<UserSnapshot> matching(UserQuery query, RecordScope scope) {
        Set<DeptId> depts = query.deptId() == null ? null
                : departments == null ? Set.of(query.deptId()) : departments.subtreesOf(Set.of(query.deptId()));
        return live()
                .filter(s -> query.usernamePrefix() == null
                        || s.username().canonical().startsWith(query.usernamePrefix().toLowerCase(Locale.ROOT)))
                .filter(s -> query.status() == null || s.status() == query.status())
                .filter(s -> depts == null || depts.contains(s.deptId()))
                .filter(s -> inside(s, scope));
    }

    private static boolean inside(UserSnapshot row, RecordScope scope) {
        return scope.covers(row.deptId(), row.id().value());
    }

    private static Comparator<UserSnapshot> order(UserSort sort) {
        Comparator<UserSnapshot> byName = Comparator.comparing(s -> s.username().canonical());
        Comparator<UserSnapshot> byCreation = Comparator.comparing(UserSnapshot::createdAt);
        Comparator<UserSnapshot> byId = Comparator
                .comparing((UserSnapshot s) -> s.id().value().getMostSignificantBits(), Long::compareUnsigned)
                .thenComparing(s -> s.id().value().getLeastSignificantBits(), Long::compareUnsigned);
        return switch (sort) {
            case USERNAME_ASC -> byName.thenComparing(byId);
            case USERNAME_DESC -> byName.thenComparing(byId).reversed();
            case CREATED_AT_ASC -> byCreation.thenComparing(byId);
            case CREATED_AT_DESC -> byCreation.thenComparing(byId).reversed();
        };
    }
}
