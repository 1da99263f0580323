package dev.bastion.adapters.persistence.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.monitor.DatabaseProbe;
import dev.bastion.domain.monitor.DatabaseStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcDatabaseProbeTest extends PostgresTest {

    @Inject
    DatabaseProbe probe;

    @Test
    void theDatabaseTellsItsVersionAndSizeAndThePoolItsConnections() {
        DatabaseStatus status = probe.database();

        assertThat(status.reachable()).isTrue();
        assertThat(status.version()).matches("\\d+(\\.\\d+)?.*");
        assertThat(status.sizeBytes()).isPositive();
        assertThat(status.pool().max()).as("the Hikari pool is found behind the data source").isPositive();
        assertThat(status.pool().active() + status.pool().idle()).isLessThanOrEqualTo(status.pool().max());
        assertThat(status.pool().waiting()).isZero();
    }
}
