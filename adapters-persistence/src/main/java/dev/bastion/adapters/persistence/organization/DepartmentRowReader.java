package dev.bastion.adapters.persistence.organization;

import dev.bastion.adapters.persistence.shared.RowReader;
import dev.bastion.adapters.persistence.shared.SqlInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reads a {@code departments} row by column name, for the whole tree ({@code GET /depts}): Micronaut
 * Data's generic mapping was a third of that request's CPU at 1 000 departments (bench/RESULTS.md).
 * {@code DepartmentRowReaderTest} checks it against that mapping column by column.
 */
final class DepartmentRowReader implements RowReader<DepartmentRow> {

    static final DepartmentRowReader INSTANCE = new DepartmentRowReader();

    private DepartmentRowReader() {
    }

    @Override
    public DepartmentRow read(ResultSet row) throws SQLException {
        return new DepartmentRow(
                row.getObject("id", UUID.class),
                row.getObject("parent_id", UUID.class),
                row.getString("name"),
                row.getInt("sort"),
                row.getString("leader"),
                row.getString("phone"),
                row.getString("email"),
                row.getString("status"),
                row.getLong("version"),
                SqlInstants.read(row, "created_at"),
                SqlInstants.read(row, "updated_at"),
                SqlInstants.read(row, "deleted_at"));
    }
}
