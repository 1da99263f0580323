package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.SqlInstants;
import dev.bastion.adapters.persistence.shared.RowReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads a {@code users} row by column name, for the user listings and reads on every screen:
 * Micronaut Data's generic mapping cost more than the query did (profiled in bench/RESULTS.md).
 * {@code UserRowReaderTest} checks it against that mapping column by column.
 */
final class UserRowReader implements RowReader<UserRow> {

    static final UserRowReader INSTANCE = new UserRowReader();

    private UserRowReader() {
    }

    @Override
    public UserRow read(ResultSet row) throws SQLException {
        return new UserRow(
                row.getObject("id", UUID.class),
                row.getString("username"),
                row.getString("nickname"),
                row.getString("email"),
                row.getString("phone"),
                row.getObject("dept_id", UUID.class),
                row.getString("password_hash"),
                row.getBoolean("must_change_password"),
                row.getString("status"),
                row.getLong("version"),
                instant(row, "created_at"),
                instant(row, "updated_at"),
                instant(row, "deleted_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return SqlInstants.read(row, column);
    }
}
