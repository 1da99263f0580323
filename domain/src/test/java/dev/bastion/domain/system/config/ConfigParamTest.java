package dev.bastion.domain.system.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfigParamTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ConfigKey KEY = new ConfigKey("security.lockout.max-failures");
    private static final ConfigDefinition COUNT = new ConfigDefinition(KEY, "Failures", ConfigType.INTEGER,
            ConfigConstraints.range("1", "10"), null);

    private static ConfigParam builtIn(String value) {
        ConfigParam param = ConfigParam.seedBuiltIn(ConfigParamId.newId(), COUNT, "BASTION_LOGIN_MAX_FAILURES", value,
                NOW);
        param.pullEvents();
        return param;
    }

    @Test
    void aCreatedParameterIsOverriddenAndTold() {
        ConfigParam param = ConfigParam.create(ConfigParamId.newId(), COUNT, "3", NOW);

        assertThat(param.builtIn()).isFalse();
        assertThat(param.overridden()).isTrue();
        assertThat(param.pullEvents()).containsExactly(new ConfigParamCreated(param.id()));
    }

    @Test
    void aValueBreakingTypeOrConstraintsIsRefusedNamingValue() {
        assertThatThrownBy(() -> ConfigParam.create(ConfigParamId.newId(), COUNT, "abc", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("value"));
        assertThatThrownBy(() -> ConfigParam.create(ConfigParamId.newId(), COUNT, "11", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).contains("at most 10"));
        assertThatThrownBy(() -> ConfigParam.create(ConfigParamId.newId(), COUNT, "1".repeat(4001), NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).contains("4000"));
    }

    @Test
    void aBadEnvironmentValueIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ConfigParam.seedBuiltIn(ConfigParamId.newId(), COUNT, "BASTION_LOGIN_MAX_FAILURES",
                "0", NOW)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("BASTION_LOGIN_MAX_FAILURES"));
    }

    @Test
    void aBuiltInCannotBeDeleted() {
        assertThatThrownBy(() -> builtIn("5").delete(NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("built in");
    }

    @Test
    void aBuiltInKeepsItsTypeAndConstraintsButTakesANewValueAndName() {
        ConfigParam param = builtIn("5");

        assertThatThrownBy(() -> param.revise(new ConfigDefinition(KEY, "Failures", ConfigType.DECIMAL,
                ConfigConstraints.NONE, null), "5", true, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> param.revise(new ConfigDefinition(KEY, "Failures", ConfigType.INTEGER,
                ConfigConstraints.range("1", "99"), null), "5", true, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("constraints"));
        param.revise(new ConfigDefinition(KEY, "Wrong passwords", ConfigType.INTEGER, COUNT.constraints(), "why"),
                "2", true, NOW);

        assertThat(param.value()).isEqualTo("2");
        assertThat(param.overridden()).isTrue();
        assertThat(param.pullEvents()).containsExactly(new ConfigParamChanged(param.id()));
    }

    @Test
    void theKeyNeverChanges() {
        ConfigParam param = ConfigParam.create(ConfigParamId.newId(), COUNT, "3", NOW);

        assertThatThrownBy(() -> param.revise(new ConfigDefinition(new ConfigKey("other.key"), "F",
                ConfigType.INTEGER, ConfigConstraints.NONE, null), "3", true, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("key"));
    }

    @Test
    void aBuiltInNobodySetFollowsTheEnvironmentAtStart() {
        ConfigParam param = builtIn("5");

        param.followDefinition(COUNT, "BASTION_LOGIN_MAX_FAILURES", "7", NOW);

        assertThat(param.value()).isEqualTo("7");
        assertThat(param.overridden()).isFalse();
        assertThat(param.pullEvents()).containsExactly(new ConfigParamChanged(param.id()));
        param.followDefinition(COUNT, "BASTION_LOGIN_MAX_FAILURES", "7", NOW);
        assertThat(param.pullEvents()).as("nothing changed, nothing told").isEmpty();
    }

    @Test
    void aBuiltInAnOperatorSetKeepsTheOperatorsValueAtStart() {
        ConfigParam param = builtIn("5");
        param.revise(param.definition(), "2", true, NOW);

        param.followDefinition(COUNT, "BASTION_LOGIN_MAX_FAILURES", "7", NOW);

        assertThat(param.value()).isEqualTo("2");
        assertThat(param.overridden()).isTrue();
    }

    @Test
    void anOperatorsValueTheNewDefinitionNoLongerAllowsGivesWayToTheEnvironment() {
        ConfigParam param = builtIn("5");
        param.revise(param.definition(), "9", true, NOW);
        ConfigDefinition narrower = new ConfigDefinition(KEY, "Failures", ConfigType.INTEGER,
                ConfigConstraints.range("1", "8"), null);

        param.followDefinition(narrower, "BASTION_LOGIN_MAX_FAILURES", "6", NOW);

        assertThat(param.value()).isEqualTo("6");
        assertThat(param.overridden()).isFalse();
        assertThat(param.definition().constraints()).isEqualTo(narrower.constraints());
    }

    @Test
    void changingOnlyTheNameDoesNotPinTheValue() {
        ConfigParam param = builtIn("5");

        param.revise(new ConfigDefinition(KEY, "Renamed", ConfigType.INTEGER, COUNT.constraints(), null), "5", false,
                NOW);

        assertThat(param.overridden()).isFalse();
        assertThat(param.definition().name()).isEqualTo("Renamed");
    }
}
