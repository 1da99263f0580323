package dev.bastion.domain.identity;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.organization.RecordScope;
import java.util.Optional;

/**
 * The users that exist. Deleted users are invisible to every lookup. Uniqueness of the
 * username (ignoring case) and e-mail is enforced here: a clash is a
 * {@link dev.bastion.domain.shared.ConflictException} naming the field.
 */
public interface UserRepository {

    Optional<User> findById(UserId id);

    /** The user, if it exists and lies inside {@code scope}. */
    Optional<User> findVisible(UserId id, RecordScope scope);

    Optional<User> findByUsername(Username username);

    /** A page of the users inside {@code scope} matching {@code query}, in {@code sort} order. */
    Page<User> find(UserQuery query, RecordScope scope, PageRequest page, UserSort sort);

    /** Stores a new user (version 0). */
    void add(User user);

    /**
     * Stores the changes of a user read earlier and returns it as stored (version + 1).
     * A user changed in between is a {@link dev.bastion.domain.shared.VersionConflictException}.
     */
    User update(User user);
}
