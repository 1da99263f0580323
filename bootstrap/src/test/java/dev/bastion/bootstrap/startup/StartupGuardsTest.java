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
                "BASTION_JWT_SECRET", "q8Zr0vL2pW5tY7uB9nM3kJ6hG1fD4sA0xC"))).isEmpty();
    }

    @Test
    void productionRefusesAJwtSecretOfLowVariety() {
        for (String weak : new String[] {"a".repeat(32), "ab".repeat(20), "0123456789".repeat(4),
                "passwordpasswordpasswordpassword"}) {
            assertThat(StartupGuards.problems(Map.of("MICRONAUT_ENVIRONMENTS", "prod", "BASTION_JWT_SECRET", weak)))
                    .as(weak).singleElement().asString().contains("too little variety");
        }
        assertThat(StartupGuards.problems(Map.of("BASTION_JWT_SECRET", "a".repeat(32))))
                .as("outside prod a weak key only needs the length").isEmpty();
        assertThat(StartupGuards.problems(Map.of("MICRONAUT_ENVIRONMENTS", "prod",
                "BASTION_JWT_SECRET", "3f9a1c0e7b2d4f6a8c1e3b5d7f9a0c2e"))).as("32 random hex digits").isEmpty();
        assertThat(StartupGuards.problems(Map.of("MICRONAUT_ENVIRONMENTS", "prod",
                "BASTION_JWT_SECRET", "kT9xQ2mV7rB4nW8pL1sD6fH3jZ5cY0aE+uG/iK=="))).as("base64").isEmpty();
    }

    @Test
    void aJwtSecretShorterThan32BytesIsRefusedEverywhere() {
        assertThat(StartupGuards.problems(Map.of("BASTION_JWT_SECRET", "short-secret")))
                .singleElement().asString().contains("at least 32 bytes");
        assertThat(StartupGuards.problems(Map.of("MICRONAUT_ENVIRONMENTS", "prod", "BASTION_JWT_SECRET", "short")))
                .singleElement().asString().contains("at least 32 bytes");
    }

    @Test
    void theLogFormatIsTextOrJson() {
        assertThat(StartupGuards.problems(Map.of("BASTION_LOG_FORMAT", "json"))).isEmpty();
        assertThat(StartupGuards.problems(Map.of("BASTION_LOG_FORMAT", " TEXT "))).isEmpty();
        assertThat(StartupGuards.problems(Map.of("BASTION_LOG_FORMAT", "xml")))
                .singleElement().asString().contains("BASTION_LOG_FORMAT must be text or json");
    }

    @Test
    void theAccessLogSwitchIsABoolean() {
        assertThat(StartupGuards.problems(Map.of("BASTION_ACCESS_LOG", "true"))).isEmpty();
        assertThat(StartupGuards.problems(Map.of("BASTION_ACCESS_LOG", "false"))).isEmpty();
        assertThat(StartupGuards.problems(Map.of("BASTION_ACCESS_LOG", "yes")))
                .singleElement().asString().contains("BASTION_ACCESS_LOG must be true or false");
    }

    @Test
    void theSampleIntervalIsADurationFromASecondToAnHour() {
        for (String good : new String[] {"15s", "1s", "1000ms", "5m", "1h", "PT30S", "PT1H"}) {
            assertThat(StartupGuards.problems(Map.of("BASTION_METRICS_SAMPLE_INTERVAL", good))).as(good).isEmpty();
        }
        for (String bad : new String[] {"0s", "999ms", "2h", "PT0.5S", "15", "soon", "-5s", "15 s"}) {
            assertThat(StartupGuards.problems(Map.of("BASTION_METRICS_SAMPLE_INTERVAL", bad))).as(bad)
                    .singleElement().asString().contains("BASTION_METRICS_SAMPLE_INTERVAL");
        }
    }
}
