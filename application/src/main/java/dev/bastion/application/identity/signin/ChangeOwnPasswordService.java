package dev.bastion.application.identity.signin;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ChangeOwnPasswordService implements ChangeOwnPassword {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordHistory history;
    private final SessionStore sessions;
    private final Transactions transactions;
    private final Clock clock;
    /** Read at each use: the policy is a run-time parameter. */
    private final Supplier<PasswordPolicy> policy;

    public ChangeOwnPasswordService(UserRepository users, PasswordHasher hasher, PasswordHistory history,
                                    SessionStore sessions, Transactions transactions, Clock clock,
                                    Supplier<PasswordPolicy> policy) {
        this.users = users;
        this.hasher = hasher;
        this.history = history;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public void change(Command command) {
        User user = users.findById(command.user()).orElseThrow(AuthenticationFailedException::unauthorized);
        PasswordPolicy policy = this.policy.get();
        policy.checkShape("newPassword", command.newPassword(), user.username());
        if (!hasher.matches(command.oldPassword(), user.passwordHash())) {
            throw new InvalidValueException("oldPassword", "is not your current password");
        }
        List<PasswordHash> earlier = new ArrayList<>();
        earlier.add(user.passwordHash());
        earlier.addAll(history.recent(user.id(), policy.historySize()));
        policy.checkHistory("newPassword", command.newPassword(), earlier, hasher);

        PasswordHash newHash = hasher.hash(command.newPassword());
        Instant now = clock.now();
        PasswordHash oldHash = user.passwordHash();
        transactions.inTransaction(() -> {
            user.changePassword(newHash, now);
            users.update(user);
            history.record(user.id(), oldHash, now);
            return null;
        });
        sessions.revokeAllOf(user.id(), command.currentSession(), RevocationReason.PASSWORD_CHANGED, now);
        clearForcedChange(command, now);
    }

    /** This session no longer has to change the password; retried once if a refresh raced with it. */
    private void clearForcedChange(Command command, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Session session = sessions.find(command.currentSession()).orElse(null);
            if (session == null || !session.isLive(now) || !session.passwordChangeRequired()) {
                return;
            }
            session.passwordChanged();
            if (sessions.update(session)) {
                return;
            }
        }
    }
}
