package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.NotFoundException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcPasswordHistoryTest extends PostgresTest {

    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");

    @Inject
    PasswordHistory history;

    @Inject
    UserRepository users;

    @Inject
    Transactions transactions;

    private static PasswordHash hash(int n) {
        return new PasswordHash(String.format("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaA%04d", n));
    }

    private UserId newUser(String username) {
        User user = User.register(UserId.newId(), new Username(username), null, null, hash(0), false, T);
        users.add(user);
        return user.id();
    }

    private long stored(UserId user) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM user_password_history WHERE user_id = ?")) {
            count.setObject(1, user.value());
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void keepsOnlyTheNewest24PerUser() throws SQLException {
        UserId olga = newUser("olga");
        UserId paul = newUser("paul");
        history.record(paul, hash(100), T);
        IntStream.rangeClosed(1, 30).forEach(n -> history.record(olga, hash(n), T.plusSeconds(n)));

        List<PasswordHash> expected = IntStream.iterate(30, n -> n >= 7, n -> n - 1).mapToObj(JdbcPasswordHistoryTest::hash).toList();
        assertThat(stored(olga)).isEqualTo(24);
        assertThat(history.recent(olga, 100)).isEqualTo(expected);
        assertThat(history.recent(paul, 100)).containsExactly(hash(100));
    }

    @Test
    void trimmingDropsTheOldestByTimeNotByInsertionOrder() throws SQLException {
        UserId quinn = newUser("quinn");
        IntStream.rangeClosed(1, 24).forEach(n -> history.record(quinn, hash(n), T.plusSeconds(n)));

        history.record(quinn, hash(0), T);

        assertThat(stored(quinn)).isEqualTo(24);
        assertThat(history.recent(quinn, 100)).doesNotContain(hash(0)).contains(hash(1), hash(24));
    }

    @Test
    void recordingJoinsTheCallersTransaction() {
        UserId rita = newUser("rita");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            history.record(rita, hash(1), T);
            throw new IllegalStateException("boom after recording");
        })).hasMessageContaining("boom");

        assertThat(history.recent(rita, 24)).isEmpty();
    }

    @Test
    void anUnknownUserHasNoHistoryToRecordInto() {
        assertThatThrownBy(() -> history.record(UserId.newId(), hash(1), T)).isInstanceOf(NotFoundException.class);
    }
}
