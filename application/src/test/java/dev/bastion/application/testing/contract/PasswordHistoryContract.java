package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.UserId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordHistory} promises, in memory as in PostgreSQL: a user's hashes newest
 * first, at most the limit asked for. The users exist (a history belongs to one); hashes recorded at
 * the same instant come in no promised order, so no test relies on one.
 */
public abstract class PasswordHistoryContract {

    private static final Instant T0 = AccessWorld.NOW;

    private AccessWorld world;
    private PasswordHistory history;

    protected abstract AccessWorld world();

    protected abstract PasswordHistory history();

    @BeforeEach
    void open() {
        world = world();
        history = history();
    }

    private static PasswordHash hash(int n) {
        return new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo" + n);
    }

    @Test
    void aUserWithoutHistoryHasNone() {
        assertThat(history.recent(world.user("fresh"), 5)).isEmpty();
    }

    @Test
    void recentHashesComeNewestFirstByTheirTimeNotByTheOrderRecorded() {
        UserId jane = world.user("jane");
        history.record(jane, hash(2), T0.plusSeconds(2));
        history.record(jane, hash(1), T0.plusSeconds(1));
        history.record(jane, hash(3), T0.plusSeconds(3));

        assertThat(history.recent(jane, 5)).containsExactly(hash(3), hash(2), hash(1));
    }

    @Test
    void atMostTheLimitIsReturnedTheNewestOnes() {
        UserId jane = world.user("jane");
        for (int i = 1; i <= 4; i++) {
            history.record(jane, hash(i), T0.plusSeconds(i));
        }

        assertThat(history.recent(jane, 2)).containsExactly(hash(4), hash(3));
        assertThat(history.recent(jane, 0)).isEmpty();
    }

    @Test
    void historiesArePerUser() {
        UserId jane = world.user("jane");
        UserId john = world.user("john");
        history.record(jane, hash(1), T0);
        history.record(john, hash(2), T0);

        assertThat(history.recent(jane, 5)).containsExactly(hash(1));
        assertThat(history.recent(john, 5)).containsExactly(hash(2));
    }
}
