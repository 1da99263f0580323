package dev.bastion.adapters.persistence.modules;

import dev.bastion.application.modules.BastionModule;
import dev.bastion.application.modules.ModuleMenu;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Seeds a business module's menu entries by their fixed ids: a missing entry is added (marked with
 * the module, granted to no role), an existing one is left as it is, even edited or deleted by an
 * operator. Entries are added in the module's order, so a parent comes before its children.
 * Runs inside the caller's transaction.
 */
@Singleton
final class ModuleMenus {

    private static final String INSERT = """
            INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status,
                               version, created_at, updated_at, module)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'ENABLED', 0, now(), now(), ?)
            ON CONFLICT (id) DO NOTHING""";

    private final JdbcOperations jdbc;

    ModuleMenus(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** How many entries were added. */
    int seed(BastionModule module) {
        return jdbc.prepareStatement(INSERT, statement -> {
            int added = 0;
            for (ModuleMenu menu : module.menus()) {
                bind(statement, menu, module.name());
                added += statement.executeUpdate();
            }
            return added;
        });
    }

    private static void bind(PreparedStatement statement, ModuleMenu menu, String module) throws SQLException {
        statement.setObject(1, menu.id());
        statement.setObject(2, menu.parentId(), Types.OTHER);
        statement.setString(3, menu.name());
        statement.setString(4, menu.type());
        statement.setString(5, menu.path());
        statement.setString(6, menu.component());
        statement.setString(7, menu.permission());
        statement.setString(8, menu.icon());
        statement.setInt(9, menu.sort());
        statement.setString(10, module);
    }
}
