package dev.bastion.application.identity.signin;

import dev.bastion.application.identity.signin.GetCurrentUser.CurrentUser;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.Objects;

/**
 * {@link UpdateOwnProfile}: one read-change-write in a transaction; the change is a
 * {@code UserProfileChanged} event, which drops the cached profile on every instance before the
 * answer is read back through {@link GetCurrentUser}.
 */
public final class UpdateOwnProfileService implements UpdateOwnProfile {

    private final UserRepository users;
    private final Transactions transactions;
    private final Clock clock;
    private final GetCurrentUser currentUser;

    public UpdateOwnProfileService(UserRepository users, Transactions transactions, Clock clock,
                                   GetCurrentUser currentUser) {
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
    }

    @Override
    public CurrentUser update(Command command) {
        transactions.inTransaction(() -> {
            // the session let the request in; a user deleted since then is signed out
            User user = users.findById(command.self()).orElseThrow(AuthenticationFailedException::unauthorized);
            if (user.version() != command.version()) {
                throw new VersionConflictException("user " + command.self());
            }
            user.updateProfile(command.nickname().applyTo(user.nickname()),
                    command.email().applyTo(user.email().orElse(null)),
                    command.phone().applyTo(user.phone().orElse(null)), user.deptId(), clock.now());
            // the same profile again is no change: nothing stored, the version stays
            return user.hasPendingEvents() ? users.update(user) : user;
        });
        return currentUser.get(command.self());
    }
}
