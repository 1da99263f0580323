package dev.bastion.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.InMemoryLoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListLoginLogServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private final InMemoryLoginLog loginLog = new InMemoryLoginLog();
    private final ListLoginLog listing = new ListLoginLogService(loginLog);

    private LoginLogEntry append(int minute, String username, LoginOutcome outcome) {
        LoginLogEntry entry = LoginLogEntry.of(NOW.plusSeconds(60L * minute), username, "203.0.113.7", "curl",
                outcome);
        loginLog.append(entry);
        return entry;
    }

    @Test
    void the_log_comes_newest_first() {
        LoginLogEntry older = append(0, "jane", LoginOutcome.WRONG_PASSWORD);
        LoginLogEntry newer = append(1, "jane", LoginOutcome.SUCCESS);

        assertThat(listing.list(LoginLogQuery.any(), PageRequest.first(20)).items()).containsExactly(newer, older);
    }

    @Test
    void the_filters_apply() {
        append(0, "jane", LoginOutcome.SUCCESS);
        LoginLogEntry failure = append(1, "jane", LoginOutcome.WRONG_PASSWORD);
        append(2, "john", LoginOutcome.WRONG_PASSWORD);

        Page<LoginLogEntry> page = listing.list(new LoginLogQuery("Jane", LoginOutcome.WRONG_PASSWORD, null, null),
                PageRequest.first(20));

        assertThat(page.items()).containsExactly(failure);
    }

    @Test
    void the_log_comes_in_pages_with_the_total() {
        for (int minute = 0; minute < 3; minute++) {
            append(minute, "jane", LoginOutcome.SUCCESS);
        }

        Page<LoginLogEntry> second = listing.list(LoginLogQuery.any(), new PageRequest(2, 2));

        assertThat(second.items()).extracting(LoginLogEntry::at).containsExactly(NOW);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(2);
    }
}
