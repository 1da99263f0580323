package dev.bastion.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.shared.UnavailableException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures answer 503 (a backing service is away) rather than 500. */
class UnavailableClassificationTest {

    @Test
    void aLostOrClosedDatabaseConnectionIsUnavailable() {
        RuntimeException closedUnderTheRequest = new RuntimeException("could not read",
                new SQLException("Connection is closed", "08003"));

        assertThat(UnexpectedExceptionHandler.isUnavailable(closedUnderTheRequest)).isTrue();
        assertThat(UnexpectedExceptionHandler.isUnavailable(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(UnexpectedExceptionHandler.isUnavailable(new IllegalStateException("could not set read-only",
                new SQLException("Connection is closed")))).as("the pool's own words, no SQLSTATE").isTrue();
        assertThat(UnexpectedExceptionHandler.isUnavailable(new SQLException("terminating connection due to "
                + "administrator command", "57P01"))).isTrue();
        assertThat(UnexpectedExceptionHandler.isUnavailable(new SQLTransientConnectionException("pool timeout")))
                .isTrue();
        assertThat(UnexpectedExceptionHandler.isUnavailable(new IllegalStateException(new ConnectException())))
                .isTrue();
        assertThat(UnexpectedExceptionHandler.isUnavailable(new UnavailableException("cache", null))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(UnexpectedExceptionHandler.isUnavailable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(UnexpectedExceptionHandler.isUnavailable(new SQLException("no state"))).isFalse();
        assertThat(UnexpectedExceptionHandler.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
