package dev.bastion.bootstrap.identity;

import dev.bastion.application.identity.PasswordGenerator;
import dev.bastion.application.identity.SeedAdministrator;
import dev.bastion.application.identity.SeedAdministratorService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Constructs the identity use cases; the core itself carries no annotations. */
@Factory
final class IdentityWiring {

    @Singleton
    Clock clock() {
        return Clock.system();
    }

    @Singleton
    SeedAdministrator seedAdministrator(UserRepository users, PasswordHasher hasher, Transactions transactions,
                                        Clock clock) {
        return new SeedAdministratorService(users, hasher, transactions, clock, PasswordGenerator.secure());
    }
}
