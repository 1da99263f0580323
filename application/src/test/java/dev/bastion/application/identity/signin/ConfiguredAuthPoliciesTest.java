package dev.bastion.application.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.application.system.config.ConfigParamView;
import dev.bastion.application.system.config.ConfigParamsService;
import dev.bastion.application.system.config.SeedBuiltInParams.BuiltInParam;
import dev.bastion.application.system.config.UpdateConfigParam;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryConfigParamRepository;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParamChanged;
import dev.bastion.domain.system.config.ConfigParamId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sign-in policies read from the built-in parameters, cached until a parameter event. */
class ConfiguredAuthPoliciesTest {

    private final List<BuiltInParam> builtIns = AuthParameters.builtIns(Map.of("BASTION_LOGIN_MAX_FAILURES", "6",
            "BASTION_PASSWORD_CHARACTER_CLASSES", "2", "BASTION_LOGIN_MODE", "SINGLE"));
    private final InMemoryConfigParamRepository params = new InMemoryConfigParamRepository();
    private final ConfiguredAuthPolicies policies = new ConfiguredAuthPolicies(params,
            AuthParameters.valuesOf(builtIns));
    /** Hands each committed event to {@link #following}, as every instance hears them. */
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox(event -> following().on(event));
    private final InMemoryConfigParamRepository heard = new InMemoryConfigParamRepository(outbox);
    private final ConfigParamsService service = new ConfigParamsService(heard, AuthParameters.rule(),
            new InMemoryTransactions(), FixedClock.at("2026-11-25T10:00:00Z"));
    private final ConfiguredAuthPolicies following = new ConfiguredAuthPolicies(heard,
            AuthParameters.valuesOf(builtIns));

    private ConfiguredAuthPolicies following() {
        return following;
    }

    @Test
    void beforeSeedingTheStartUpValuesAnswer() {
        AuthSettings settings = policies.current();

        assertThat(settings.lockout().maxFailures()).isEqualTo(6);
        assertThat(settings.passwordPolicy().characterClasses()).isEqualTo(2);
        assertThat(settings.loginMode()).isEqualTo(AuthSettings.LoginMode.SINGLE);
        assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void onceReadTheSettingsAreServedWithoutTheStoreUntilAParameterEvent() {
        policies.current();
        int reads = params.reads();

        policies.current();
        policies.current();
        assertThat(params.reads()).as("served from memory").isEqualTo(reads);

        policies.on(new ConfigParamChanged(ConfigParamId.newId()));
        policies.current();
        assertThat(params.reads()).isEqualTo(reads + 1);
    }

    @Test
    void aChangedParameterIsServedFromTheNextUse() {
        ConfiguredAuthPolicies listening = following;
        service.seed(builtIns);
        assertThat(listening.current().lockout().maxFailures()).isEqualTo(6);

        ConfigParamView maxFailures = service.get(AuthParameters.MAX_FAILURES);
        service.update(new UpdateConfigParam.Command(maxFailures.id(), maxFailures.version(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of("2")));

        assertThat(listening.current().lockout().maxFailures()).as("the event dropped the cached settings")
                .isEqualTo(2);
    }

    @Test
    void otherEventsLeaveTheCacheAlone() {
        policies.current();
        int reads = params.reads();

        policies.on(new dev.bastion.domain.organization.DepartmentChanged(
                dev.bastion.domain.organization.DeptId.newId()));
        policies.current();

        assertThat(params.reads()).isEqualTo(reads);
    }

    @Test
    void everyBuiltInHasAVariableAndADefaultThatMakeValidSettings() {
        assertThat(AuthParameters.variables()).hasSize(10).containsEntry(new ConfigKey("security.lockout.max-failures"),
                "BASTION_LOGIN_MAX_FAILURES");
        AuthSettings defaults = AuthParameters.settings(AuthParameters.valuesOf(AuthParameters.builtIns(Map.of())),
                Map.of());
        assertThat(defaults).isEqualTo(AuthSettings.defaults());
    }

    @Test
    void usesAreCountedAsHitsAndMissesAndAForgetReadsAgain() {
        assertThat(policies.holds()).isFalse();
        policies.current();
        policies.current();
        policies.current();
        assertThat(policies.holds()).isTrue();
        assertThat(policies.misses()).isEqualTo(1);
        assertThat(policies.hits()).isEqualTo(2);
        int reads = params.reads();

        policies.forget();

        assertThat(policies.holds()).isFalse();
        policies.current();
        assertThat(params.reads()).as("read again after the forget").isGreaterThan(reads);
        assertThat(policies.misses()).isEqualTo(2);
    }
}
