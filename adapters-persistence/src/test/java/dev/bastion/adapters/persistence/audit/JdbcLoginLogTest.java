package dev.bastion.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcLoginLogTest extends PostgresTest {

    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_SIZE);

    @Inject
    LoginLog log;

    @BeforeEach
    void emptyLog() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM login_log");
        }
    }

    private LoginLogEntry append(Instant at, String username, LoginOutcome outcome) {
        LoginLogEntry entry = LoginLogEntry.of(at, username, "203.0.113.7", "curl/8.5", outcome);
        log.append(entry);
        return entry;
    }

    private List<String> usernamesFor(String username) {
        return log.find(new LoginLogQuery(username, null, null, null), ALL).items().stream()
                .map(LoginLogEntry::username).toList();
    }

    @Test
    void listsNewestFirstAndBreaksTiesByIdDescending() {
        UUID lower = UUID.fromString("01936f6e-0000-7000-8000-00000000000a");
        UUID higher = UUID.fromString("01936f6e-0000-7000-8000-00000000000b");
        log.append(new LoginLogEntry(lower, T, "tie-low", "ip", "ua", LoginOutcome.SUCCESS));
        log.append(new LoginLogEntry(higher, T, "tie-high", "ip", "ua", LoginOutcome.SUCCESS));
        append(T.minusSeconds(60), "older", LoginOutcome.SUCCESS);
        append(T.plusSeconds(60), "newer", LoginOutcome.SUCCESS);

        assertThat(log.find(LoginLogQuery.any(), ALL).items()).extracting(LoginLogEntry::username)
                .containsExactly("newer", "tie-high", "tie-low", "older");
    }

    @Test
    void aFullLastPageStillCountsTheTotal() {
        IntStream.range(0, 4).forEach(i -> append(T.plusSeconds(i), "user" + i, LoginOutcome.SUCCESS));

        assertThat(log.find(LoginLogQuery.any(), new PageRequest(2, 2)).total()).isEqualTo(4);
        assertThat(log.find(LoginLogQuery.any(), new PageRequest(1, 4)).total()).isEqualTo(4);
        assertThat(log.find(LoginLogQuery.any(), new PageRequest(1, 5)).total()).isEqualTo(4);
    }

    @Test
    void anEmptyLogHasNoItemsAndNoTotal() {
        Page<LoginLogEntry> page = log.find(LoginLogQuery.any(), ALL);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void sqlSpecialCharactersInTheUsernameAreMatchedLiterally() {
        List<String> names = List.of("o'brien", "abc", "a%c", "a_c", "back\\slash", "x' OR '1'='1",
                "who?", "$1", "semi;colon", "dq\"uote", "--comment");
        for (int i = 0; i < names.size(); i++) {
            append(T.plusSeconds(i), names.get(i), LoginOutcome.UNKNOWN_USER);
        }

        for (String name : names) {
            assertThat(usernamesFor(name)).as("filter %s", name).containsExactly(name);
        }
        assertThat(usernamesFor("O'BRIEN")).containsExactly("o'brien");
        assertThat(usernamesFor("%")).isEmpty();
        assertThat(usernamesFor("_")).isEmpty();
        assertThat(usernamesFor("a%")).isEmpty();
        assertThat(usernamesFor("a_")).isEmpty();
        assertThat(usernamesFor("ab_")).isEmpty();
        assertThat(usernamesFor("back%")).isEmpty();
        assertThat(usernamesFor("back\\\\slash")).isEmpty();
        assertThat(usernamesFor("' OR '1'='1")).isEmpty();
        assertThat(usernamesFor("x' OR 1=1 --")).isEmpty();
        assertThat(log.find(LoginLogQuery.any(), ALL).total()).isEqualTo(names.size());
    }

    @Test
    void filtersCombineAndTheTotalCountsEveryMatchNotJustThePage() {
        for (int i = 0; i < 10; i++) {
            append(T.plusSeconds(i), i % 2 == 0 ? "Eve" : "eve", i < 6 ? LoginOutcome.WRONG_PASSWORD : LoginOutcome.SUCCESS);
            append(T.plusSeconds(i), "mallory", LoginOutcome.WRONG_PASSWORD);
        }
        LoginLogQuery query = new LoginLogQuery("EVE", LoginOutcome.WRONG_PASSWORD, T.plusSeconds(1), T.plusSeconds(9));

        Page<LoginLogEntry> first = log.find(query, new PageRequest(1, 2));
        Page<LoginLogEntry> last = log.find(query, new PageRequest(3, 2));

        assertThat(first.items()).extracting(LoginLogEntry::at).containsExactly(T.plusSeconds(5), T.plusSeconds(4));
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.items()).extracting(LoginLogEntry::at).containsExactly(T.plusSeconds(1));
        assertThat(last.total()).isEqualTo(5);
    }

    @Test
    void headerValuesLongerThanTheirColumnsAreCutNotRefused() {
        String userAgent = "\uD83D\uDE00".repeat(600);
        String ip = "198.51.100.1, ".repeat(10);
        log.append(LoginLogEntry.of(T, "bob", ip, "agent\u0000" + userAgent, LoginOutcome.SUCCESS));

        LoginLogEntry read = log.find(LoginLogQuery.any(), ALL).items().get(0);

        assertThat(read.userAgent().codePointCount(0, read.userAgent().length())).isEqualTo(512);
        assertThat(read.userAgent()).startsWith("agent \uD83D\uDE00");
        assertThat(read.ip()).hasSize(64).isEqualTo(ip.substring(0, 64));
    }
}
