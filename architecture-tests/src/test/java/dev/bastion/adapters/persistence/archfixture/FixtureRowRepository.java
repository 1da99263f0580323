package dev.bastion.adapters.persistence.archfixture;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

/** Compliant where it is: a row repository, in persistence, named *RowRepository. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FixtureRowRepository extends GenericRepository<FixtureRow, UUID> {

    FixtureRow save(FixtureRow row);
}
