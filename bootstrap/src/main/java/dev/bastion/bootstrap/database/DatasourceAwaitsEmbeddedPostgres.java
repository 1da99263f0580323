package dev.bastion.bootstrap.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * The connection pool's settings are the last step before its first connection: with the embedded
 * PostgreSQL still starting in the background ({@link EmbeddedPostgresStart}), the context waits
 * here until it is up (or fails with what stopped it), so the pool never meets a closed port and
 * Flyway runs on a server that is there.
 */
@Singleton
@Requires(beans = EmbeddedPostgresStart.class)
final class DatasourceAwaitsEmbeddedPostgres implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final EmbeddedPostgresStart start;

    DatasourceAwaitsEmbeddedPostgres(EmbeddedPostgresStart start) {
        this.start = start;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        start.await();
        return event.getBean();
    }
}
