package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryLoginLogTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final PageRequest ALL = PageRequest.first(100);

    private final InMemoryLoginLog log = new InMemoryLoginLog();

    private LoginLogEntry append(int minute, String username, LoginOutcome outcome) {
        LoginLogEntry entry = LoginLogEntry.of(NOW.plusSeconds(60L * minute), username, "10.0.0.1", "test", outcome);
        log.append(entry);
        return entry;
    }

    @Test
    void entries_come_newest_first() {
        LoginLogEntry early = append(0, "jane", LoginOutcome.SUCCESS);
        LoginLogEntry late = append(2, "jane", LoginOutcome.SUCCESS);
        LoginLogEntry middle = append(1, "jane", LoginOutcome.SUCCESS);

        assertThat(log.find(LoginLogQuery.any(), ALL).items()).containsExactly(late, middle, early);
    }

    @Test
    void entries_at_the_same_instant_come_latest_appended_first() {
        LoginLogEntry first = append(0, "jane", LoginOutcome.WRONG_PASSWORD);
        LoginLogEntry second = append(0, "jane", LoginOutcome.SUCCESS);

        assertThat(log.find(LoginLogQuery.any(), ALL).items()).containsExactly(second, first);
    }

    @Test
    void the_username_filter_matches_exactly_ignoring_case() {
        LoginLogEntry jane = append(0, "Jane", LoginOutcome.SUCCESS);
        append(1, "janet", LoginOutcome.SUCCESS);

        assertThat(log.find(new LoginLogQuery("JANE", null, null, null), ALL).items()).containsExactly(jane);
    }

    @Test
    void the_outcome_filter_keeps_that_outcome_only() {
        append(0, "jane", LoginOutcome.SUCCESS);
        LoginLogEntry wrong = append(1, "jane", LoginOutcome.WRONG_PASSWORD);

        assertThat(log.find(new LoginLogQuery(null, LoginOutcome.WRONG_PASSWORD, null, null), ALL).items())
                .containsExactly(wrong);
    }

    @Test
    void from_is_inclusive_and_to_exclusive() {
        append(0, "jane", LoginOutcome.SUCCESS);
        LoginLogEntry atFrom = append(1, "jane", LoginOutcome.SUCCESS);
        append(2, "jane", LoginOutcome.SUCCESS);

        LoginLogQuery query = new LoginLogQuery(null, null, NOW.plusSeconds(60), NOW.plusSeconds(120));

        assertThat(log.find(query, ALL).items()).containsExactly(atFrom);
    }

    @Test
    void pages_split_the_matching_entries_and_tell_their_total() {
        for (int minute = 0; minute < 5; minute++) {
            append(minute, "jane", LoginOutcome.SUCCESS);
        }
        append(9, "john", LoginOutcome.SUCCESS);

        Page<LoginLogEntry> last = log.find(new LoginLogQuery("jane", null, null, null), new PageRequest(3, 2));

        assertThat(last.items()).extracting(LoginLogEntry::at).containsExactly(NOW);
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.totalPages()).isEqualTo(3);
    }
}
