package dev.bastion.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.identity.signin.AuthParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-ins' start-up values: read from the properties the variables set, each checked, naming the variable. */
class BuiltInParamsAtStartTest {

    private static BuiltInParamsAtStart read(Map<String, String> properties) {
        return BuiltInParamsAtStart.read(properties::get);
    }

    @Test
    void unsetVariablesTakeTheirDefaults() {
        assertThat(read(Map.of()).values()).containsEntry(AuthParameters.MAX_FAILURES, "5")
                .containsEntry(AuthParameters.ACCESS_TTL, "15m").containsEntry(AuthParameters.PASSWORD_CLASSES, "0");
    }

    @Test
    void eachVariableSetsItsParameter() {
        assertThat(read(Map.of("bastion.login.max-failures", "3", "bastion.password.character-classes", "2",
                "bastion.login.mode", " Single ", "bastion.access-token-ttl", "PT5M")).values())
                .containsEntry(AuthParameters.MAX_FAILURES, "3").containsEntry(AuthParameters.PASSWORD_CLASSES, "2")
                .containsEntry(AuthParameters.LOGIN_MODE, "single").containsEntry(AuthParameters.ACCESS_TTL, "PT5M");
    }

    @Test
    void aRateHighEnoughToTurnTheLimitOffIsAccepted() {
        // what load tests set (bench/run.sh): the limit off, as before the rate was a parameter
        assertThat(read(Map.of("bastion.login.rate-per-minute", "100000000")).values())
                .containsEntry(AuthParameters.LOGIN_RATE, "100000000");
        assertThatThrownBy(() -> read(Map.of("bastion.login.rate-per-minute", "2147483648")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BASTION_LOGIN_RATE_PER_MINUTE");
    }

    @Test
    void aBadValueIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> read(Map.of("bastion.login.max-failures", "0")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BASTION_LOGIN_MAX_FAILURES");
        assertThatThrownBy(() -> read(Map.of("bastion.login.mode", "both")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BASTION_LOGIN_MODE");
        assertThatThrownBy(() -> read(Map.of("bastion.refresh-token-ttl", "1m")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refresh");
    }

    @Test
    void aServerWithABadVariableDoesNotStart() {
        TestPostgres.Database database = TestPostgres.freshSchema();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", "-1");
        properties.put("bastion.password.character-classes", "5");

        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, properties, "test").close())
                .hasStackTraceContaining("BASTION_PASSWORD_CHARACTER_CLASSES");
    }
}
