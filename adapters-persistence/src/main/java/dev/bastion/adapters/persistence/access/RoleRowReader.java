package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.shared.RowReader;
import dev.bastion.adapters.persistence.shared.SqlInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reads a {@code roles} row by column name, for every read of roles ({@code GET /roles} above all):
 * Micronaut Data's generic mapping, which builds its mapper for every row, was a tenth of that
 * request's CPU (bench/RESULTS.md). {@code RoleRowReaderTest} checks it against that mapping column by column.
 */
final class RoleRowReader implements RowReader<RoleRow> {

    static final RoleRowReader INSTANCE = new RoleRowReader();

    private RoleRowReader() {
    }

    @Override
    public RoleRow read(ResultSet row) throws SQLException {
        return new RoleRow(
                row.getObject("id", UUID.class),
                row.getString("code"),
                row.getString("name"),
                row.getInt("sort"),
                row.getString("status"),
                row.getString("data_scope"),
                row.getLong("version"),
                SqlInstants.read(row, "created_at"),
                SqlInstants.read(row, "updated_at"),
                SqlInstants.read(row, "deleted_at"));
    }
}
