package dev.bastion.modules.inventory.adapters.persistence;

import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.domain.organization.DeptId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Live departments of the core's table for the stores' tests (a warehouse's department is a foreign
 * key): inserted under the root the core's migration seeds, with plain SQL, as the module may not use
 * the core's department store.
 */
final class TestDepartments {

    private static final String ROOT = "01936f6e-0000-7000-8000-0000000000d1";

    private final TestPostgres.Database database;

    TestDepartments(TestPostgres.Database database) {
        this.database = database;
    }

    DeptId create() {
        DeptId id = DeptId.newId();
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO departments "
                     + "(id, parent_id, name, status, created_at, updated_at) "
                     + "VALUES (?, ?::uuid, 'Test department', 'ENABLED', now(), now())")) {
            insert.setObject(1, id.value());
            insert.setString(2, ROOT);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add a test department", e);
        }
        return id;
    }
}
