package dev.bastion.adapters.persistence.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

/** Appends only; the filtered listing is built in {@link JdbcLoginLog}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginLogRowRepository extends GenericRepository<LoginLogRow, UUID> {

    LoginLogRow save(LoginLogRow row);
}
