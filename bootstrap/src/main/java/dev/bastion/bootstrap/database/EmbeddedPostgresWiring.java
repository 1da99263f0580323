package dev.bastion.bootstrap.database;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The embedded server as a bean, for the liveness check and the start-up report. */
@Factory
final class EmbeddedPostgresWiring {

    /** Waits for the start in flight (by then long over: the pool waited for it first). */
    @Singleton
    @Requires(beans = EmbeddedPostgresStart.class)
    EmbeddedPostgresServer embeddedPostgres(EmbeddedPostgresStart start) {
        return start.await();
    }
}
