package dev.bastion.application.identity.administration;

import dev.bastion.domain.access.RoleCode;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.Optional;

/**
 * Creates {@code admin} once, holding the role {@code super_admin}. The check and the insert run under one cluster-wide lock so two
 * instances starting together cannot both create it. A configured password is the operator's
 * choice and is not flagged must-change; a generated one is shown once and must be changed.
 */
public final class SeedAdministratorService implements SeedAdministrator {

    public static final Username ADMINISTRATOR = new Username("admin");
    static final String LOCK = "bastion.seed.administrator";
    static final int MIN_CONFIGURED_LENGTH = 10;

    private final UserRepository users;
    private final RoleHoldings holdings;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;
    private final PasswordGenerator passwords;

    public SeedAdministratorService(UserRepository users, RoleHoldings holdings, PasswordHasher hasher,
                                    Transactions transactions, Clock clock, PasswordGenerator passwords) {
        this.users = users;
        this.holdings = holdings;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
        this.passwords = passwords;
    }

    @Override
    public Result seed(Command command) {
        String configured = command.configuredPassword();
        return transactions.inExclusiveTransaction(LOCK, () -> users.findByUsername(ADMINISTRATOR)
                .map(existing -> new Result(existing.id(), false, Optional.empty()))
                .orElseGet(() -> create(configured)));
    }

    private Result create(String configured) {
        if (configured != null && configured.length() < MIN_CONFIGURED_LENGTH) {
            // Only the first start reads the operator's password; a weak one is refused, not stored.
            throw new InvalidValueException("BASTION_ADMIN_PASSWORD",
                    "must be at least " + MIN_CONFIGURED_LENGTH + " characters");
        }
        boolean generated = configured == null;
        String password = generated ? passwords.generate() : configured;
        User admin = User.register(UserId.newId(), ADMINISTRATOR, null, null,
                hasher.hash(password), generated, clock.now());
        users.add(admin);
        holdings.assign(admin.id(), RoleCode.SUPER_ADMIN);
        return new Result(admin.id(), true, generated ? Optional.of(password) : Optional.empty());
    }
}
