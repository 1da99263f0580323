package dev.bastion.adapters.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Filters are bound parameters; a null filter matches everything. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginLogRowRepository extends GenericRepository<LoginLogRow, UUID> {

    String FILTER = " WHERE (CAST(:username AS text) IS NULL OR lower(username) = lower(CAST(:username AS text)))"
            + " AND (CAST(:outcome AS text) IS NULL OR outcome = CAST(:outcome AS text))"
            + " AND (CAST(:from AS timestamptz) IS NULL OR at >= CAST(:from AS timestamptz))"
            + " AND (CAST(:to AS timestamptz) IS NULL OR at < CAST(:to AS timestamptz))";

    LoginLogRow save(LoginLogRow row);

    @Query("SELECT * FROM login_log" + FILTER + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<LoginLogRow> findPage(@Nullable String username, @Nullable String outcome, @Nullable Instant from,
                               @Nullable Instant to, int limit, long offset);

    @Query("SELECT count(*) FROM login_log" + FILTER)
    long countMatching(@Nullable String username, @Nullable String outcome, @Nullable Instant from,
                       @Nullable Instant to);
}
