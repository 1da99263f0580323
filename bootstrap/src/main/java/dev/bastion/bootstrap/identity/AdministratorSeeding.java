package dev.bastion.bootstrap.identity;

import dev.bastion.application.identity.administration.SeedAdministrator;
import dev.bastion.domain.shared.InvalidValueException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: creates {@code admin} (after Flyway has migrated, which happens when the
 * datasource is created). A generated password is printed once, here, and never again.
 */
@Singleton
@Requires(property = "bastion.seed.enabled", notEquals = "false")
final class AdministratorSeeding implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorSeeding.class);

    private final SeedAdministrator seedAdministrator;
    private final String configuredPassword;

    AdministratorSeeding(SeedAdministrator seedAdministrator,
                         @Nullable @Value("${bastion.admin.password:}") String configuredPassword) {
        this.seedAdministrator = seedAdministrator;
        this.configuredPassword = configuredPassword == null || configuredPassword.isEmpty() ? null : configuredPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        SeedAdministrator.Result result;
        try {
            result = seedAdministrator.seed(new SeedAdministrator.Command(configuredPassword));
        } catch (InvalidValueException e) {
            throw new IllegalStateException(e.field() + " " + e.getMessage(), e);
        }
        if (!result.created()) {
            LOG.info("Administrator 'admin' exists ({}); nothing seeded", result.administratorId());
            return;
        }
        result.generatedPassword().ifPresentOrElse(
                password -> LOG.warn("""

                        ==================================================================
                          First start: created user 'admin' with the generated password

                              {}

                          It is shown only this once and must be changed at first login.
                          Set BASTION_ADMIN_PASSWORD before the first start to choose it.
                        ==================================================================""", password),
                () -> LOG.info("First start: created user 'admin' with the password from BASTION_ADMIN_PASSWORD"));
    }
}
