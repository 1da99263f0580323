package dev.bastion.application.system.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.identity.signin.AuthParameters;
import dev.bastion.application.shared.FieldPatch;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryConfigParamRepository;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.config.ConfigConstraints;
import dev.bastion.domain.system.config.ConfigDefinition;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParamChanged;
import dev.bastion.domain.system.config.ConfigParamCreated;
import dev.bastion.domain.system.config.ConfigParamDeleted;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigParamQuery;
import dev.bastion.domain.system.config.ConfigType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfigParamsServiceTest {

    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryConfigParamRepository params = new InMemoryConfigParamRepository(outbox);
    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final ConfigParamsService service = new ConfigParamsService(params, AuthParameters.rule(),
            new InMemoryTransactions(), clock);

    @BeforeEach
    void seed() {
        service.seed(AuthParameters.builtIns(Map.of()));
    }

    private ConfigParamView builtIn(ConfigKey key) {
        return service.get(key);
    }

    private ConfigParamView setValue(ConfigParamView param, String value) {
        return service.update(new UpdateConfigParam.Command(param.id(), param.version(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(value)));
    }

    private static void assertRefusedNaming(String field, Runnable change, String inMessage) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(inMessage);
        });
    }

    @Test
    void seedingAddsEveryBuiltInWithItsDefaultAndTellsIt() {
        assertThat(service.list(new ConfigParamQuery(null, null, true), PageRequest.first(100)).items())
                .extracting(ConfigParamView::key).containsExactlyElementsOf(AuthParameters.variables().keySet()
                        .stream().map(ConfigKey::value).sorted().toList());
        assertThat(builtIn(AuthParameters.ACCESS_TTL).value()).isEqualTo("15m");
        assertThat(outbox.appended()).hasSize(10).allMatch(e -> e instanceof ConfigParamCreated);
    }

    @Test
    void seedingAgainWithTheSameEnvironmentChangesNothing() {
        int before = outbox.count();

        service.seed(AuthParameters.builtIns(Map.of()));

        assertThat(outbox.count()).isEqualTo(before);
    }

    @Test
    void seedingWithValuesThatBreakTheRulesFailsTheStart() {
        assertThatThrownBy(() -> service.seed(AuthParameters.builtIns(Map.of("BASTION_ACCESS_TOKEN_TTL", "30d"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not fit together");
        assertThatThrownBy(() -> service.seed(AuthParameters.builtIns(Map.of("BASTION_LOGIN_MODE", "both"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BASTION_LOGIN_MODE");
    }

    @Test
    void aParameterIsCreatedChangedAndDeletedAndEachChangeIsTold() {
        ConfigDefinition definition = new ConfigDefinition(new ConfigKey("app.greeting"), "Greeting", ConfigType.STRING,
                ConfigConstraints.oneOf("hi", "bye"), null);
        ConfigParamView created = service.create(new CreateConfigParam.Command(definition, "hi"));
        ConfigParamView changed = setValue(created, "bye");
        service.delete(created.id());

        assertThat(changed.value()).isEqualTo("bye");
        assertThat(changed.version()).isEqualTo(1);
        assertThat(outbox.appended().subList(10, 13)).containsExactly(new ConfigParamCreated(created.id()),
                new ConfigParamChanged(created.id()), new ConfigParamDeleted(created.id()));
        assertThatThrownBy(() -> service.get(new ConfigKey("app.greeting"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaleVersionIsAConflict() {
        ConfigParamView param = builtIn(AuthParameters.MAX_FAILURES);
        setValue(param, "3");

        assertThatThrownBy(() -> setValue(param, "4")).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> service.delete(ConfigParamId.newId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setValue(new ConfigParamView(ConfigParamId.newId(), "a.b", "n", ConfigType.STRING,
                "x", ConfigConstraints.NONE, null, false, true, 0, clock.now(), clock.now()), "y"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBuiltInCannotBeDeletedNorRetypedNorReconstrained() {
        ConfigParamView param = builtIn(AuthParameters.PASSWORD_MIN_LENGTH);

        assertThatThrownBy(() -> service.delete(param.id())).isInstanceOf(ConflictException.class);
        assertRefusedNaming("type", () -> service.update(new UpdateConfigParam.Command(param.id(), param.version(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(ConfigType.STRING), FieldPatch.absent(),
                FieldPatch.absent())), "built-in");
        assertRefusedNaming("constraints", () -> service.update(new UpdateConfigParam.Command(param.id(),
                param.version(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(null),
                FieldPatch.absent())), "built-in");
    }

    @Test
    void aBuiltInValueMustKeepTheRulesBetweenBuiltIns() {
        assertRefusedNaming("value", () -> setValue(builtIn(AuthParameters.REFRESH_TTL), "PT1M"), "refresh");
        ConfigParamView longer = setValue(builtIn(AuthParameters.REFRESH_TTL), "30d");
        ConfigParamView access = setValue(builtIn(AuthParameters.ACCESS_TTL), "10d");

        assertThat(longer.overridden()).isTrue();
        assertThat(access.value()).isEqualTo("10d");
    }

    @Test
    void aCustomParameterIsNotHeldToTheBuiltInsRules() {
        ConfigParamView created = service.create(new CreateConfigParam.Command(new ConfigDefinition(
                new ConfigKey("app.ttl"), "TTL", ConfigType.DURATION, ConfigConstraints.NONE, null), "1s"));

        assertThat(setValue(created, "0s").value()).isEqualTo("0s");
    }

    @Test
    void aSecondParameterWithAKeyInUseIsAConflict() {
        assertThatThrownBy(() -> service.create(new CreateConfigParam.Command(new ConfigDefinition(
                AuthParameters.LOGIN_MODE, "Mode", ConfigType.STRING, ConfigConstraints.NONE, null), "x")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theListingFilters() {
        assertThat(service.list(new ConfigParamQuery("security.token.", ConfigType.DURATION, null),
                PageRequest.first(10)).items()).extracting(ConfigParamView::key)
                .containsExactly("security.token.access-ttl", "security.token.refresh-ttl");
        assertThat(service.list(new ConfigParamQuery(null, null, false), PageRequest.first(10)).items()).isEmpty();
    }
}
