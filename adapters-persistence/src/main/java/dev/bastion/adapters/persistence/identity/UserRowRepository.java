package dev.bastion.adapters.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRowRepository extends GenericRepository<UserRow, UUID> {

    @Query("SELECT * FROM users WHERE id = :id AND deleted_at IS NULL")
    Optional<UserRow> findLiveById(UUID id);

    /** Uses the {@code lower(username)} unique index. */
    @Query("SELECT * FROM users WHERE lower(username) = lower(:username) AND deleted_at IS NULL")
    Optional<UserRow> findLiveByUsername(String username);

    UserRow save(UserRow row);

    /** Of the lower-cased {@code usernames}, those a live user has; uses the {@code lower(username)} unique index. */
    @Query("SELECT lower(username) FROM users WHERE lower(username) IN (:usernames) AND deleted_at IS NULL")
    List<String> findLiveCanonicalUsernames(Collection<String> usernames);

    /** Of the lower-cased {@code emails}, those a live user has; uses the {@code lower(email)} unique index. */
    @Query("SELECT lower(email) FROM users WHERE lower(email) IN (:emails) AND deleted_at IS NULL")
    List<String> findLiveLowerEmails(Collection<String> emails);

    /** Optimistic: matches on id and version, throws {@code OptimisticLockException} otherwise. */
    UserRow update(UserRow row);
}
