package dev.bastion.adapters.persistence.archfixture;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

/** WRONG ON PURPOSE: a @JdbcRepository not named *RowRepository (only its meta-annotation tells). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserJdbcStore extends GenericRepository<FixtureRow, UUID> {
}
