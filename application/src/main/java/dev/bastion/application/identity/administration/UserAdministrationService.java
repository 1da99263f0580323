package dev.bastion.application.identity.administration;

import dev.bastion.domain.access.LastSuperAdministrator;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.LoginThrottle;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What an administrator does to someone else's account: unlock, enable/disable, reset the password;
 * only to users in the actor's data scope ({@code NOT_FOUND} otherwise) and within their reach
 * ({@code FORBIDDEN} otherwise, see {@link GrantGuard#requireReachable}).
 */
public final class UserAdministrationService implements UnlockUser, ChangeUserStatus, ResetUserPassword {

    private final UserRepository users;
    private final RoleHoldings holdings;
    private final GetUserAccess userAccess;
    private final GrantGuard guard;
    private final PasswordHasher hasher;
    private final PasswordHistory history;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final Transactions transactions;
    private final Clock clock;
    /** Read at each use: the policy is a run-time parameter. */
    private final Supplier<PasswordPolicy> policy;

    public UserAdministrationService(UserRepository users, RoleHoldings holdings, GetUserAccess userAccess,
                                     GrantGuard guard, PasswordHasher hasher,
                                     PasswordHistory history, SessionStore sessions, LoginThrottle throttle,
                                     Transactions transactions, Clock clock, Supplier<PasswordPolicy> policy) {
        this.users = users;
        this.holdings = holdings;
        this.userAccess = userAccess;
        this.guard = guard;
        this.hasher = hasher;
        this.history = history;
        this.sessions = sessions;
        this.throttle = throttle;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public void unlock(UserId actor, UserId id) {
        throttle.reset(find(actor, id).username().canonical());
    }

    @Override
    public void change(UserId actor, ChangeUserStatus.Command command) {
        Instant now = clock.now();
        boolean disabled = transactions.inExclusiveTransaction(RoleCode.SUPER_ADMIN.value(), () -> {
            User user = find(actor, command.user());
            if (user.status() == command.status()) {
                return false;
            }
            if (command.status() == UserStatus.ENABLED) {
                user.enable(now);
                users.update(user);
                return false;
            }
            new LastSuperAdministrator(holdings.enabledHoldersOf(RoleCode.SUPER_ADMIN))
                    .requireMayDisable(user.id());
            user.disable(now);
            users.update(user);
            return true;
        });
        if (disabled) {
            sessions.revokeAllOf(command.user(), null, RevocationReason.USER_DISABLED, now);
        }
    }

    @Override
    public void reset(UserId actor, ResetUserPassword.Command command) {
        User user = find(actor, command.user());
        policy.get().checkShape("password", command.password(), user.username());
        PasswordHash newHash = hasher.hash(command.password());
        Instant now = clock.now();
        PasswordHash oldHash = user.passwordHash();
        transactions.inTransaction(() -> {
            user.resetPassword(newHash, now);
            users.update(user);
            history.record(user.id(), oldHash, now);
            return null;
        });
        sessions.revokeAllOf(user.id(), null, RevocationReason.PASSWORD_RESET, now);
        throttle.reset(user.username().canonical());
    }

    /** The user, if in the actor's scope ({@code NOT_FOUND} otherwise) and reach ({@code FORBIDDEN} otherwise). */
    private User find(UserId actor, UserId id) {
        UserAccess acting = userAccess.of(actor);
        User user = users.findVisible(id, acting.scope()).orElseThrow(() -> new NotFoundException("user " + id));
        guard.requireReachable(acting, user.id(), user.deptId());
        return user;
    }
}
