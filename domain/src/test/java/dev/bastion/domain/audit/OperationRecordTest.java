package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OperationRecordTest {

    private static OperationRecord withArguments(String arguments) {
        return OperationRecord.of(Instant.parse("2026-01-01T00:00:00.123456789Z"), null, null, null, "ua\u0000x",
                "POST", "/api/v1/users", null, "system:user", "create user", arguments, 201, null, 3, "r1");
    }

    @Test
    void arguments_over_the_cap_are_cut_and_marked() {
        String cut = withArguments("x".repeat(OperationRecord.MAX_ARGUMENTS + 10)).arguments();

        assertThat(cut).hasSize(OperationRecord.MAX_ARGUMENTS).endsWith(Text.TRUNCATED);
        assertThat(withArguments("{}").arguments()).isEqualTo("{}");
    }

    @Test
    void text_is_kept_printable_the_address_never_blank_and_time_in_microseconds() {
        OperationRecord record = withArguments(null);

        assertThat(record.userAgent()).isEqualTo("ua x");
        assertThat(record.clientAddress()).isEqualTo("unknown");
        assertThat(record.at()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }
}
