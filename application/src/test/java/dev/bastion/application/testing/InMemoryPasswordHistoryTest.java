package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryPasswordHistoryTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private final InMemoryPasswordHistory history = new InMemoryPasswordHistory();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final UserId jane = UserId.newId();

    private PasswordHash record(String password, int minute) {
        PasswordHash hash = hasher.hash(password);
        history.record(jane, hash, NOW.plusSeconds(60L * minute));
        return hash;
    }

    @Test
    void a_user_without_history_has_none() {
        assertThat(history.recent(jane, 3)).isEmpty();
    }

    @Test
    void recent_hashes_come_newest_first() {
        PasswordHash first = record("first-password", 0);
        PasswordHash second = record("second-password", 1);

        assertThat(history.recent(jane, 3)).containsExactly(second, first);
    }

    @Test
    void at_most_limit_hashes_are_returned() {
        record("first-password", 0);
        PasswordHash second = record("second-password", 1);
        PasswordHash third = record("third-password", 2);

        assertThat(history.recent(jane, 2)).containsExactly(third, second);
        assertThat(history.recent(jane, 0)).isEmpty();
    }

    @Test
    void histories_are_per_user() {
        record("first-password", 0);

        assertThat(history.recent(UserId.newId(), 3)).isEmpty();
    }
}
