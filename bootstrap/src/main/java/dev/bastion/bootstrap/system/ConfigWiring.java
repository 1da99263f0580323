package dev.bastion.bootstrap.system;

import dev.bastion.application.identity.signin.AuthParameters;
import dev.bastion.application.identity.signin.ConfiguredAuthPolicies;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.system.config.ConfigParamsService;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.system.config.ConfigParamRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/**
 * Constructs the configuration parameters' use cases and the glue between them and sign-in: the
 * rules between built-ins come from identity ({@link AuthParameters#rule()}), and identity reads its
 * policies from the parameters ({@link ConfiguredAuthPolicies}, which also hears their events).
 */
@Factory
final class ConfigWiring {

    @Singleton
    BuiltInParamsAtStart builtInParamsAtStart(Environment environment) {
        return BuiltInParamsAtStart.read(name -> environment.getProperty(name, String.class).orElse(null));
    }

    @Singleton
    ConfigParamsService configParams(ConfigParamRepository params, Transactions transactions, Clock clock) {
        return new ConfigParamsService(params, AuthParameters.rule(), transactions, clock);
    }

    /** The sign-in policies, read from the parameters and cached until a parameter event (every instance hears it). */
    @Singleton
    ConfiguredAuthPolicies authPolicies(ConfigParamRepository params, BuiltInParamsAtStart atStart) {
        return new ConfiguredAuthPolicies(params, atStart.values());
    }
}
