package dev.bastion.bootstrap.system;

import dev.bastion.application.system.config.SeedBuiltInParams;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/**
 * At each start (after Flyway): adds the built-in parameters that are missing and lets those no
 * operator changed follow their environment variables (docs/configuration.md, "Run-time parameters").
 */
@Singleton
@Requires(property = "bastion.seed.enabled", notEquals = "false")
final class BuiltInParamsSeeding implements ApplicationEventListener<StartupEvent> {

    private final SeedBuiltInParams seed;
    private final BuiltInParamsAtStart atStart;

    BuiltInParamsSeeding(SeedBuiltInParams seed, BuiltInParamsAtStart atStart) {
        this.seed = seed;
        this.atStart = atStart;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        seed.seed(atStart.params());
    }
}
