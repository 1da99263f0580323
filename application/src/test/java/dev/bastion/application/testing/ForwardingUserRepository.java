package dev.bastion.application.testing;

import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A {@link UserRepository} that passes every call on: tests override the one call they watch or delay. */
public class ForwardingUserRepository implements UserRepository {

    private final UserRepository users;

    public ForwardingUserRepository(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return users.findById(id);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return users.findByUsername(username);
    }

    @Override
    public Page<User> find(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        return users.find(query, scope, page, sort);
    }

    @Override
    public Optional<User> findVisible(UserId id, RecordScope scope) {
        return users.findVisible(id, scope);
    }

    @Override
    public void add(User user) {
        users.add(user);
    }

    @Override
    public User update(User user) {
        return users.update(user);
    }

    @Override
    public List<User> findSlice(UserQuery query, RecordScope scope, UserSort sort, Optional<User> after,
                                int limit) {
        return users.findSlice(query, scope, sort, after, limit);
    }

    @Override
    public void addAll(List<User> added) {
        users.addAll(added);
    }

    @Override
    public Set<Username> takenUsernames(Collection<Username> usernames) {
        return users.takenUsernames(usernames);
    }

    @Override
    public Set<Email> takenEmails(Collection<Email> emails) {
        return users.takenEmails(emails);
    }
}
