package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What an import needs of the store: many users in one batch, and which names and e-mails are taken. */
@MicronautTest(startApplication = false, transactional = false)
class UserBatchesTest extends PostgresTest {

    private static final RecordScope EVERYTHING = RecordScope.everything(java.util.UUID.randomUUID());

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    UserRepository users;
    @Inject
    Transactions transactions;

    private User imported(String name, String email) {
        return User.registerWithoutPassword(UserId.newId(), new Username(name), null,
                email == null ? null : new Email(email), null, DeptId.ROOT, now);
    }

    @Test
    void aBatchStoresEveryUserWithEveryField() {
        User full = User.registerWithoutPassword(UserId.newId(), new Username("full.batch"), new Nickname("Full"),
                new Email("full@example.com"), new PhoneNumber("+1 555 0100"), DeptId.ROOT, now);
        List<User> batch = IntStream.range(0, 1200).mapToObj(i -> imported("batch" + i, null)).toList();

        users.addAll(List.of(full));
        users.addAll(batch);

        assertThat(users.findById(full.id()).orElseThrow().snapshot()).isEqualTo(full.snapshot());
        assertThat(users.findById(full.id()).orElseThrow().passwordHash()).isEqualTo(PasswordHash.NONE);
        assertThat(users.findSlice(new UserQuery("batch", null, null), EVERYTHING, UserSort.USERNAME_ASC, Optional.empty(), 2000))
                .hasSize(1200);
    }

    @Test
    void aClashInABatchIsAConflictOnTheFieldAndInATransactionNothingOfTheBatchStays() {
        users.add(imported("clash", "clash@example.com"));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.addAll(List.of(imported("clash_free", null), imported("CLASH", null)));
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("username"));
        assertThatThrownBy(() -> users.addAll(List.of(imported("clash_mail", "CLASH@example.com"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("email"));

        assertThat(users.findByUsername(new Username("clash_free"))).isEmpty();
    }

    @Test
    void takenNamesAndEmailsAreFoundIgnoringCaseAmongLiveUsersOnly() {
        users.add(imported("Taken", "Taken@Example.com"));
        User gone = imported("gone", "gone@example.com");
        users.add(gone);
        gone.delete(now);
        users.update(gone);

        assertThat(users.takenUsernames(List.of(new Username("TAKEN"), new Username("gone"), new Username("free"))))
                .containsExactly(new Username("TAKEN"));
        assertThat(users.takenEmails(List.of(new Email("taken@example.COM"), new Email("gone@example.com"),
                new Email("free@example.com")))).containsExactly(new Email("taken@example.COM"));
        assertThat(users.takenUsernames(List.of())).isEmpty();
        assertThat(users.takenEmails(List.of())).isEmpty();
    }
}
