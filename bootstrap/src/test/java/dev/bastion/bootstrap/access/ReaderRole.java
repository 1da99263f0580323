package dev.bastion.bootstrap.access;

import dev.bastion.adapters.persistence.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A role granting {@code system:user:list} (listing users), written with SQL: the API has no
 * role management yet, and the migrations define only {@code super_admin}. Also adds permissions
 * behind the application's back, which no instance is told about.
 */
final class ReaderRole {

    static final String LIST_USERS = "/api/v1/users";
    static final String LIST_DEPARTMENTS = "/api/v1/depts";

    private final TestPostgres.Database database;
    private final UUID id = UUID.randomUUID();

    private ReaderRole(TestPostgres.Database database) {
        this.database = database;
    }

    /** Creates the role {@code user_reader} in the (migrated) schema. */
    static ReaderRole create(TestPostgres.Database database) {
        ReaderRole role = new ReaderRole(database);
        role.execute("INSERT INTO roles (id, code, name, status, version, created_at, updated_at) "
                + "VALUES (?, 'user_reader', 'User reader', 'ENABLED', 0, now(), now())", null);
        role.grant("system:user:list");
        return role;
    }

    UUID id() {
        return id;
    }

    /** Adds {@code permission} to the role directly in the database (no instance hears of it). */
    void grant(String permission) {
        execute("INSERT INTO role_permissions (role_id, permission) VALUES (?, ?)", permission);
    }

    /**
     * Stores an outbox event of type {@code type} about this role, unpublished: what an instance
     * leaves behind when it dies between its commit and the publication.
     */
    void leaveUnpublished(String type) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO outbox (id, type, subject, occurred_at) VALUES (gen_random_uuid(), ?, ?, now())")) {
            statement.setString(1, type);
            statement.setObject(2, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the test event", e);
        }
    }

    private void execute(String sql, String permission) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            if (permission != null) {
                statement.setString(2, permission);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the test role", e);
        }
    }
}
