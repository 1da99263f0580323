package dev.bastion.bootstrap.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresServerTest}: starts the embedded server,
 * commits one row, says READY and waits to be killed with {@code kill -9}.
 */
public final class EmbeddedPostgresChild {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS survivors (value text)");
            statement.execute("INSERT INTO survivors VALUES ('" + args[1] + "')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
