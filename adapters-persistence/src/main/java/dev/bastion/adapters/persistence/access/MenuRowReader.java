package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.shared.RowReader;
import dev.bastion.adapters.persistence.shared.SqlInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reads a {@code menus} row by column name, for the whole menu tree ({@code GET /menus}): Micronaut
 * Data's generic mapping, which builds its mapper for every row, was a quarter of that request's CPU
 * (bench/RESULTS.md). {@code MenuRowReaderTest} checks it against that mapping column by column.
 */
final class MenuRowReader implements RowReader<MenuRow> {

    static final MenuRowReader INSTANCE = new MenuRowReader();

    private MenuRowReader() {
    }

    @Override
    public MenuRow read(ResultSet row) throws SQLException {
        return new MenuRow(
                row.getObject("id", UUID.class),
                row.getObject("parent_id", UUID.class),
                row.getString("name"),
                row.getString("type"),
                row.getString("path"),
                row.getString("component"),
                row.getString("permission"),
                row.getString("icon"),
                row.getInt("sort"),
                row.getBoolean("visible"),
                row.getString("status"),
                row.getLong("version"),
                SqlInstants.read(row, "created_at"),
                SqlInstants.read(row, "updated_at"),
                SqlInstants.read(row, "deleted_at"));
    }
}
