package dev.bastion.bootstrap.database;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * With the embedded PostgreSQL, the process is alive only while its postmaster is: a database
 * killed under the server would otherwise leave it answering 503 for ever while
 * {@code /health/liveness} says UP, and no supervisor would restart it. (An external database that
 * is away is a readiness matter: it may come back, and restarting this process would not help.)
 */
@Singleton
@Liveness
@Requires(beans = EmbeddedPostgresServer.class)
final class EmbeddedDatabaseLiveness implements HealthIndicator {

    private final EmbeddedPostgresServer database;

    EmbeddedDatabaseLiveness(EmbeddedPostgresServer database) {
        this.database = database;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean running = database.isRunning();
        HealthResult.Builder result = HealthResult.builder("embeddedDatabase",
                running ? HealthStatus.UP : HealthStatus.DOWN);
        return Publishers.just(running
                ? result.details(Map.of("dataDirectory", database.dataDirectory().toString())).build()
                : result.details(Map.of("error", "the embedded PostgreSQL is not running: restart Bastion")).build());
    }
}
