package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginLog} promises, in memory as in PostgreSQL: newest first, the filters of
 * {@link LoginLogQuery}, pages with their total. Each test signs in under names of its own and asks
 * for them, so tests sharing one database never meet. Entries that share an instant come in no
 * promised order (PostgreSQL breaks the tie by id), so no test relies on one.
 */
public abstract class LoginLogContract {

    private static final Instant T0 = AccessWorld.NOW;

    private LoginLog log;
    private String tag;

    protected abstract LoginLog log();

    @BeforeEach
    void openLog() {
        log = log();
        tag = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    private LoginLogEntry append(String name, int secondsLater, LoginOutcome outcome) {
        LoginLogEntry entry = LoginLogEntry.of(T0.plusSeconds(secondsLater), tag + name, "203.0.113.7",
                "Mozilla/5.0 (contract)", outcome);
        log.append(entry);
        return entry;
    }

    private LoginLogQuery byName(String name) {
        return new LoginLogQuery(tag + name, null, null, null);
    }

    private List<LoginLogEntry> found(LoginLogQuery query) {
        return log.find(query, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    @Test
    void anAppendedEntryIsReadBackAsItWas() {
        LoginLogEntry entry = LoginLogEntry.of(T0, tag + "Jane", " 2001:db8::1 ", "Agent\u0007 with a bell",
                LoginOutcome.LOCKED);

        log.append(entry);

        assertThat(found(byName("Jane"))).containsExactly(entry);
    }

    @Test
    void entriesComeNewestFirstWhateverTheOrderTheyWereAppendedIn() {
        LoginLogEntry second = append("jane", 2, LoginOutcome.SUCCESS);
        LoginLogEntry first = append("jane", 1, LoginOutcome.WRONG_PASSWORD);
        LoginLogEntry third = append("jane", 3, LoginOutcome.SUCCESS);

        assertThat(found(byName("jane"))).containsExactly(third, second, first);
    }

    @Test
    void theUsernameFilterMatchesTheWholeNameIgnoringCaseAndTakesWildcardsLiterally() {
        LoginLogEntry jane = append("jane", 1, LoginOutcome.SUCCESS);
        LoginLogEntry shouting = append("JANE", 2, LoginOutcome.SUCCESS);
        append("janet", 3, LoginOutcome.SUCCESS);
        append("j_ne", 4, LoginOutcome.SUCCESS);

        assertThat(found(new LoginLogQuery((tag + "Jane").toUpperCase(Locale.ROOT), null, null, null)))
                .containsExactly(shouting, jane);
        assertThat(found(byName("j%"))).isEmpty();
        assertThat(found(byName("j_ne"))).hasSize(1);
    }

    @Test
    void theOutcomeFilterKeepsThatOutcomeOnly() {
        append("jane", 1, LoginOutcome.SUCCESS);
        LoginLogEntry wrong = append("jane", 2, LoginOutcome.WRONG_PASSWORD);
        append("jane", 3, LoginOutcome.LOCKED);

        assertThat(found(new LoginLogQuery(tag + "jane", LoginOutcome.WRONG_PASSWORD, null, null)))
                .containsExactly(wrong);
        assertThat(found(new LoginLogQuery(tag + "jane", LoginOutcome.RATE_LIMITED, null, null))).isEmpty();
    }

    @Test
    void fromIsInclusiveAndToExclusive() {
        append("jane", 1, LoginOutcome.SUCCESS);
        LoginLogEntry atFrom = append("jane", 2, LoginOutcome.SUCCESS);
        LoginLogEntry inside = append("jane", 3, LoginOutcome.SUCCESS);
        append("jane", 4, LoginOutcome.SUCCESS);

        assertThat(found(new LoginLogQuery(tag + "jane", null, T0.plusSeconds(2), T0.plusSeconds(4))))
                .containsExactly(inside, atFrom);
        assertThat(found(new LoginLogQuery(tag + "jane", null, T0.plusSeconds(4), null))).hasSize(1);
        assertThat(found(new LoginLogQuery(tag + "jane", null, null, T0.plusSeconds(2)))).hasSize(1);
    }

    @Test
    void pagesSplitTheMatchingEntriesAndEachCarriesTheirTotal() {
        for (int i = 1; i <= 5; i++) {
            append("jane", i, i % 2 == 0 ? LoginOutcome.SUCCESS : LoginOutcome.WRONG_PASSWORD);
        }

        Page<LoginLogEntry> second = log.find(byName("jane"), new PageRequest(2, 2));
        Page<LoginLogEntry> failures = log.find(new LoginLogQuery(tag + "jane", LoginOutcome.WRONG_PASSWORD, null,
                null), PageRequest.first(2));
        Page<LoginLogEntry> beyond = log.find(byName("jane"), new PageRequest(4, 2));

        assertThat(second.items()).map(LoginLogEntry::at).containsExactly(T0.plusSeconds(3), T0.plusSeconds(2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(2);
        assertThat(failures.items()).map(LoginLogEntry::at).containsExactly(T0.plusSeconds(5), T0.plusSeconds(3));
        assertThat(failures.total()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(log.find(byName("nobody"), PageRequest.first(10)).total()).isZero();
    }
}
