package dev.bastion.domain.identity;

import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.organization.RecordScope;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Up to {@code limit} users inside {@code scope} matching {@code query} in {@code sort} order, starting right after
     * {@code after} (a user of the previous slice) or at the first when it is empty. Reading slice
     * after slice visits every matching user once, however many there are, without counting or
     * skipping rows: the sort keys (username, creation time, id) never change.
     */
    List<User> findSlice(UserQuery query, RecordScope scope, UserSort sort, Optional<User> after, int limit);

    /** Stores new users (version 0) together; a clash is refused as for {@link #add}. */
    void addAll(List<User> users);

    /** Of {@code usernames}, those a live user already has (ignoring case). */
    Set<Username> takenUsernames(Collection<Username> usernames);

    /** Of {@code emails}, those a live user already has (ignoring case). */
    Set<Email> takenEmails(Collection<Email> emails);
}
