package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcUserRepositoryTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    // PostgreSQL keeps microseconds; compare like with like.
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    UserRepository users;

    private User newUser(String username, String email) {
        return User.register(UserId.newId(), new Username(username), null, email == null ? null : new Email(email),
                HASH, false, now);
    }

    @Test
    void storesAndReadsBackEveryField() {
        User alice = User.register(UserId.newId(), new Username("alice"), new Nickname("Alice A."),
                new Email("alice@example.com"), HASH, true, now);
        users.add(alice);

        User read = users.findById(alice.id()).orElseThrow();

        assertThat(read.snapshot()).isEqualTo(alice.snapshot());
    }

    @Test
    void findsByUsernameIgnoringCase() {
        User bob = newUser("Bob.Smith", null);
        users.add(bob);

        assertThat(users.findByUsername(new Username("bob.smith"))).map(User::id).contains(bob.id());
        assertThat(users.findByUsername(new Username("bob.smithx"))).isEmpty();
    }

    @Test
    void refusesASecondUserWithTheSameUsernameInAnyCase() {
        users.add(newUser("carol", null));

        assertThatThrownBy(() -> users.add(newUser("CAROL", null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.field()).contains("username"));
    }

    @Test
    void refusesASecondUserWithTheSameEmail() {
        users.add(newUser("dave", "dave@example.com"));

        assertThatThrownBy(() -> users.add(newUser("dave2", "DAVE@example.com")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.field()).contains("email"));
    }

    @Test
    void updateIncrementsTheVersionAndRefusesAStaleCopy() {
        User erin = newUser("erin", null);
        users.add(erin);
        User first = users.findById(erin.id()).orElseThrow();
        User second = users.findById(erin.id()).orElseThrow();

        first.disable(now.plusSeconds(1));
        User stored = users.update(first);
        second.updateProfile(new Nickname("Erin"), null, now.plusSeconds(2));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.status()).isEqualTo(UserStatus.DISABLED);
        assertThatThrownBy(() -> users.update(second)).isInstanceOf(VersionConflictException.class);
        assertThat(users.findById(erin.id()).orElseThrow().nickname().value()).isEqualTo("erin");
    }

    @Test
    void deletedUsersAreInvisibleAndFreeTheirUsername() {
        User frank = newUser("frank", "frank@example.com");
        users.add(frank);
        frank.delete(now.plusSeconds(1));
        users.update(frank);

        assertThat(users.findById(frank.id())).isEmpty();
        assertThat(users.findByUsername(new Username("frank"))).isEmpty();

        User again = newUser("frank", "frank@example.com");
        users.add(again);
        assertThat(users.findByUsername(new Username("frank"))).map(User::id).contains(again.id());
    }
}
