package dev.bastion.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The zero-install database keeps its data, refuses a second owner and survives a killed server. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataFolder;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataFolder)) {
            execute(first, "CREATE TABLE notes (text text)", "INSERT INTO notes VALUES ('kept')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataFolder)) {
            assertThat(select(second, "SELECT text FROM notes")).containsExactly("kept");
            assertThat(select(second, "SHOW synchronous_commit")).containsExactly("on");
            assertThat(select(second, "SHOW fsync")).containsExactly("on");
            assertThat(second.port()).isNotEqualTo(5432);
        }
    }

    @Test
    void theStartSaysWhatItIsDoing() {
        Logger logger = (Logger) LoggerFactory.getLogger(EmbeddedPostgresServer.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataFolder)) {
                assertThat(messages(lines)).anyMatch(line -> line.startsWith("Creating a new PostgreSQL database cluster in"))
                        .anyMatch(line -> line.matches("Embedded PostgreSQL is up on 127\\.0\\.0\\.1:" + first.port()
                                + " after \\d+ ms \\(new cluster created\\)"));
            }
            lines.list.clear();
            try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataFolder)) {
                assertThat(messages(lines)).anyMatch(line -> line.startsWith("Starting PostgreSQL on its existing data in"))
                        .noneMatch(line -> line.startsWith("Creating a new"))
                        .anyMatch(line -> line.matches("Embedded PostgreSQL is up on 127\\.0\\.0\\.1:\\d+ after \\d+ ms"));
            }
        } finally {
            logger.detachAppender(lines);
        }
    }

    private static List<String> messages(ListAppender<ILoggingEvent> lines) {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aSecondServerOnTheSameFolderIsRefusedWithAClearMessage() {
        try (EmbeddedPostgresServer owner = EmbeddedPostgresServer.start(dataFolder)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataFolder))
                    .isInstanceOf(EmbeddedPostgresServer.DataFolderInUseException.class)
                    .hasMessageContaining("Another Bastion server is already using the data folder");
        }
    }

    @Test
    void committedDataSurvivesKillMinusNineAndTheNextStartWorks() throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), dataFolder.toString(), "committed-before-the-crash")
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // skip start-up output
            }
            assertThat(line).as("the child server started").isEqualTo("READY");
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is orphaned
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataFolder)) {
            assertThat(select(restarted, "SELECT value FROM survivors")).containsExactly("committed-before-the-crash");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> select(EmbeddedPostgresServer server, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
