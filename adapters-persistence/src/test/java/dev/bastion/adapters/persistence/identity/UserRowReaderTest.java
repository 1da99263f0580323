package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.shared.RowsReadBothWays;
import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import dev.bastion.domain.identity.Nickname;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written reader of the user listings reads every column exactly as Micronaut Data's mapping does. */
@MicronautTest(startApplication = false, transactional = false)
class UserRowReaderTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    UserRepository users;
    @Inject
    JdbcOperations jdbc;
    @Inject
    ConnectionOperations<Connection> connections;

    @Test
    void readsEveryColumnAsMicronautDataDoes() {
        User full = User.register(UserId.newId(), new Username("reader.full"), new Nickname("Full Reader"),
                new Email("full.reader@example.com"), HASH, true, now);
        full.updateProfile(new Nickname("Full Reader"), new Email("full.reader@example.com"),
                new PhoneNumber("+49 30 1234567"), full.deptId(), now.plusSeconds(5));
        User sparse = User.register(UserId.newId(), new Username("reader.sparse"), null, null, HASH, false, now);
        User gone = User.register(UserId.newId(), new Username("reader.gone"), null, null, HASH, false, now);
        users.add(full);
        users.add(sparse);
        users.add(gone);
        User deleted = users.findById(gone.id()).orElseThrow();
        deleted.disable(now.plusSeconds(1));
        deleted.delete(now.plusSeconds(2));
        users.update(deleted);

        List<RowsReadBothWays.Read<UserRow>> pairs = RowsReadBothWays.of(connections, jdbc,
                "SELECT * FROM users WHERE username LIKE 'reader.%' ORDER BY username", UserRowReader.INSTANCE, UserRow.class);

        assertThat(pairs).hasSize(3);
        for (RowsReadBothWays.Read<UserRow> pair : pairs) {
            assertThat(pair.byReader()).isEqualTo(pair.byMapping());
        }
        assertThat(pairs.get(0).byReader().phone()).isEqualTo("+49 30 1234567");
        assertThat(pairs.get(1).byReader().deletedAt()).isEqualTo(now.plusSeconds(2));
        assertThat(pairs.get(2).byReader().email()).isNull();
    }
}
