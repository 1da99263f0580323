package dev.bastion.adapters.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordHistoryRowRepository extends GenericRepository<PasswordHistoryRow, UUID> {

    PasswordHistoryRow save(PasswordHistoryRow row);

    /** Newest first; uses {@code user_password_history_user_created_idx}. */
    @Query("""
            SELECT password_hash FROM user_password_history
            WHERE user_id = :userId
            ORDER BY created_at DESC, id DESC
            LIMIT :limit""")
    List<String> findRecentHashes(UUID userId, int limit);

    /** Deletes all but the newest {@code keep} entries of the user. */
    @Query("""
            DELETE FROM user_password_history
            WHERE user_id = :userId
              AND id NOT IN (SELECT id FROM user_password_history
                             WHERE user_id = :userId
                             ORDER BY created_at DESC, id DESC
                             LIMIT :keep)""")
    void deleteAllButNewest(UUID userId, int keep);
}
