package dev.bastion.bootstrap.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupGuardsTest {

    @Test
    void nothingConfiguredIsFine() {
        assertThat(StartupGuards.problems(Map.of())).isEmpty();
    }

    @Test
    void aClusterNeedsRedisAndAnExternalDatabase() {
        assertThat(StartupGuards.problems(Map.of("BASTION_CLUSTER", "true")))
                .anySatisfy(p -> assertThat(p).contains("needs REDIS_URI"))
                .anySatisfy(p -> assertThat(p).contains("needs DATABASE_URL"));
        assertThat(StartupGuards.problems(Map.of("BASTION_CLUSTER", "true",
                "REDIS_URI", "redis://cache:6379/0", "DATABASE_URL", "jdbc:postgresql://db/bastion"))).isEmpty();
    }

    @Test
    void aClusterFlagThatIsNotABooleanIsRefused() {
        assertThat(StartupGuards.problems(Map.of("BASTION_CLUSTER", "yes")))
                .singleElement().asString().contains("BASTION_CLUSTER must be true or false");
    }

    @Test
    void aPortThatIsNotAPortIsRefused() {
        assertThat(StartupGuards.problems(Map.of("PORT", "http"))).singleElement().asString().contains("PORT");
        assertThat(StartupGuards.problems(Map.of("PORT", "70000"))).singleElement().asString().contains("PORT");
        assertThat(StartupGuards.problems(Map.of("PORT", "8081"))).isEmpty();
    }

    @Test
    void productionRefusesToStartWithoutAJwtSecret() {
        assertThat(StartupGuards.problems(Map.of("MICRONAUT_ENVIRONMENTS", "cloud,prod")))
                .singleElement().asString().contains("BASTION_JWT_SECRET is required");
        assertThat(StartupGuards.problems(Map.of("MICRONAUT_ENVIRONMENTS", "prod",
                "BASTION_JWT_SECRET", "x".repeat(32)))).isEmpty();
    }

    @Test
    void aJwtSecretShorterThan32BytesIsRefusedEverywhere() {
        assertThat(StartupGuards.problems(Map.of("BASTION_JWT_SECRET", "short-secret")))
                .singleElement().asString().contains("at least 32 bytes");
        assertThat(StartupGuards.problems(Map.of("MICRONAUT_ENVIRONMENTS", "prod", "BASTION_JWT_SECRET", "short")))
                .singleElement().asString().contains("at least 32 bytes");
    }
}
