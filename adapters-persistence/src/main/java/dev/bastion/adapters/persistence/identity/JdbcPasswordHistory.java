package dev.bastion.adapters.persistence.identity;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.UuidV7;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** {@link PasswordHistory} on PostgreSQL, keeping the newest {@value #KEPT} hashes per user. */
@Singleton
final class JdbcPasswordHistory implements PasswordHistory {

    static final int KEPT = 24;

    private final DataSource dataSource;

    JdbcPasswordHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<PasswordHash> recent(UserId user, int limit) {
        List<PasswordHash> hashes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT password_hash FROM user_password_history
                      WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""")) {
            query.setObject(1, user.value());
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hashes.add(new PasswordHash(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the password history of user " + user, e);
        }
        return hashes;
    }

    @Override
    public void record(UserId user, PasswordHash hash, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
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
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a password of user " + user, e);
        }
    }
}
