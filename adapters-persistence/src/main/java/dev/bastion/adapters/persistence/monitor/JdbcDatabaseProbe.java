package dev.bastion.adapters.persistence.monitor;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.bastion.domain.monitor.DatabaseProbe;
import dev.bastion.domain.monitor.DatabaseStatus;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database as the server monitor shows it: one statement for the server's version and this
 * database's size (a database that does not answer is reported as unreachable, not thrown), and
 * the Hikari pool's own counters, which cost nothing to read.
 */
@Singleton
final class JdbcDatabaseProbe implements DatabaseProbe {

    static final String SQL = "SELECT current_setting('server_version'), pg_database_size(current_database())";
    private static final int QUERY_TIMEOUT_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabaseProbe.class);

    private final ConnectionOperations<Connection> connections;
    private final Optional<HikariDataSource> pool;

    JdbcDatabaseProbe(ConnectionOperations<Connection> connections, DataSource dataSource) {
        this.connections = connections;
        this.pool = hikari(dataSource);
    }

    @Override
    public DatabaseStatus database() {
        DatabaseStatus.Pool poolStatus = poolStatus();
        try {
            return connections.executeRead(status -> {
                try (PreparedStatement statement = status.getConnection().prepareStatement(SQL)) {
                    statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        return new DatabaseStatus(true, result.getString(1), result.getLong(2), poolStatus);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException unreachable) {
            LOG.debug("The database did not answer the monitor", unreachable);
            return new DatabaseStatus(false, null, null, poolStatus);
        }
    }

    private DatabaseStatus.Pool poolStatus() {
        if (pool.isEmpty()) {
            return new DatabaseStatus.Pool(0, 0, 0, 0);
        }
        HikariDataSource hikari = pool.get();
        HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
        if (bean == null) { // not started yet
            return new DatabaseStatus.Pool(0, 0, hikari.getMaximumPoolSize(), 0);
        }
        return new DatabaseStatus.Pool(bean.getActiveConnections(), bean.getIdleConnections(),
                hikari.getMaximumPoolSize(), bean.getThreadsAwaitingConnection());
    }

    private static Optional<HikariDataSource> hikari(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return Optional.of(hikari);
        }
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return Optional.of(dataSource.unwrap(HikariDataSource.class));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("The data source does not unwrap to Hikari", e);
        }
        return Optional.empty();
    }
}
