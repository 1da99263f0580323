package dev.bastion.adapters.persistence.identity;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.UuidV7;
import dev.bastion.adapters.persistence.shared.Sql;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link PasswordHistory} on PostgreSQL, keeping the newest {@value #KEPT} hashes per user. */
@Singleton
final class JdbcPasswordHistory implements PasswordHistory {

    static final int KEPT = 24;

    private final Sql sql;

    JdbcPasswordHistory(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<PasswordHash> recent(UserId user, int limit) {
        return sql.read(connection -> {
            List<PasswordHash> hashes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT password_hash FROM user_password_history
                     WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""")) {
                query.setObject(1, user.value());
                query.setInt(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        hashes.add(new PasswordHash(rows.getString(1)));
                    }
                }
            }
            return hashes;
        });
    }

    @Override
    public void record(UserId user, PasswordHash hash, Instant at) {
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO user_password_history (id, user_id, password_hash, created_at) VALUES (?, ?, ?, ?)""")) {
                insert.setObject(1, UuidV7.next());
                insert.setObject(2, user.value());
                insert.setString(3, hash.encoded());
                insert.setTimestamp(4, Timestamp.from(at));
                insert.executeUpdate();
            }
            try (PreparedStatement trim = connection.prepareStatement("""
                    DELETE FROM user_password_history
                     WHERE user_id = ? AND id NOT IN (
                           SELECT id FROM user_password_history WHERE user_id = ?
                            ORDER BY created_at DESC, id DESC LIMIT ?)""")) {
                trim.setObject(1, user.value());
                trim.setObject(2, user.value());
                trim.setInt(3, KEPT);
                trim.executeUpdate();
            }
            return null;
        });
    }
}
