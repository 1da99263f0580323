package dev.bastion.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.RecordingEventBus;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.RelayEvents;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserDisabled;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRegistered;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.UuidV7;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transactional outbox on PostgreSQL: an aggregate's events are stored in the transaction of
 * its change, published once after the commit, never for a rollback, and still published when the
 * publication failed or never happened.
 */
@MicronautTest(startApplication = false, transactional = false)
class OutboxTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    @Inject
    Transactions transactions;

    @Inject
    UserRepository users;

    @Inject
    RecordingEventBus bus;

    @Inject
    RelayEvents relay;

    @Inject
    JdbcOperations jdbc;

    @BeforeEach
    void catchUp() {
        bus.away(false);
        relay.relayPending();
        bus.clear();
    }

    private static User newUser(String name) {
        return User.register(UserId.newId(), new Username(name), null, null, HASH, false, Instant.now());
    }

    /** Rows of the outbox about {@code subject}, read on a connection of its own (what other transactions see). */
    private long storedOutside(UUID subject) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM outbox WHERE subject = ?")) {
            count.setObject(1, subject);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long storedInside(UUID subject) {
        return jdbc.prepareStatement("SELECT count(*) FROM outbox WHERE subject = ?", statement -> {
            statement.setObject(1, subject);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Test
    void theEventIsStoredInTheTransactionOfTheChangeAndPublishedOnceAfterItsCommit() throws SQLException {
        User ann = newUser("ann");
        UUID subject = ann.id().value();

        transactions.inTransaction(() -> {
            users.add(ann);
            assertThat(storedInside(subject)).as("inside the transaction").isEqualTo(1);
            try {
                assertThat(storedOutside(subject)).as("not before the commit, elsewhere").isZero();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            assertThat(bus.published()).as("nothing is published before the commit").isEmpty();
            return null;
        });

        assertThat(storedOutside(subject)).isEqualTo(1);
        assertThat(bus.published()).extracting(CommittedEvent::event).containsExactly(new UserRegistered(ann.id()));
        assertThat(relay.relayPending()).as("published, so not again").isZero();
    }

    @Test
    void aRolledBackChangeLeavesNoEventAndPublishesNothing() throws SQLException {
        User ghost = newUser("ghost");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.add(ghost);
            throw new IllegalStateException("boom after the insert");
        })).hasMessageContaining("boom");

        assertThat(storedOutside(ghost.id().value())).isZero();
        assertThat(bus.published()).isEmpty();
        assertThat(relay.relayPending()).isZero();
    }

    @Test
    void anEventCommittedWhilePublishingFailsIsPublishedByTheNextPoll() {
        User bob = newUser("bob");
        bus.away(true);

        transactions.inTransaction(() -> {
            users.add(bob);
            return null;
        });
        User stored = users.findById(bob.id()).orElseThrow();
        stored.disable(Instant.now());
        transactions.inTransaction(() -> users.update(stored));

        assertThat(users.findById(bob.id()).orElseThrow().canSignIn()).as("the change committed").isFalse();
        assertThat(bus.published()).isEmpty();

        bus.away(false);
        assertThat(relay.relayPending()).isEqualTo(2);
        assertThat(bus.published()).extracting(CommittedEvent::event)
                .containsExactly(new UserRegistered(bob.id()), new UserDisabled(bob.id()));
    }

    @Test
    void anEventLeftByAProcessThatDiedBetweenCommitAndPublishIsPublishedByThePoll() throws SQLException {
        // what a process leaves when it dies right after its commit: the row, never published
        UserId cid = UserId.newId();
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO outbox (id, type, subject, occurred_at) VALUES (?, 'UserDisabled', ?, now())")) {
            insert.setObject(1, UuidV7.next());
            insert.setObject(2, cid.value());
            insert.executeUpdate();
        }

        assertThat(relay.relayPending()).isEqualTo(1);
        assertThat(bus.published()).extracting(CommittedEvent::event).containsExactly(new UserDisabled(cid));
    }

    @Test
    void aRowOfATypeThisVersionDoesNotKnowIsLeftForTheVersionThatWroteIt() throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO outbox (id, type, subject, occurred_at) VALUES (?, 'SomethingNewer', ?, now())")) {
            insert.setObject(1, UuidV7.next());
            insert.setObject(2, UUID.randomUUID());
            insert.executeUpdate();
        }

        assertThat(relay.relayPending()).isZero();
        assertThat(bus.published()).isEmpty();
        try (Connection connection = database.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox WHERE type = 'SomethingNewer'")) {
            delete.executeUpdate(); // leave the shared schema as the other tests expect it
        }
    }

    @Test
    void publishedEventsArePurgedAfterTheRetentionAndUnpublishedOnesNever() throws SQLException {
        User dan = newUser("dan");
        transactions.inTransaction(() -> {
            users.add(dan);
            return null;
        });
        try (Connection connection = database.connect();
             PreparedStatement age = connection.prepareStatement(
                     "UPDATE outbox SET published_at = now() - interval '8 days' WHERE subject = ?")) {
            age.setObject(1, dan.id().value());
            age.executeUpdate();
        }

        assertThat(relay.purgePublished()).isGreaterThanOrEqualTo(1);
        assertThat(storedOutside(dan.id().value())).isZero();
    }
}
