package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OperationLogQueryTest {

    private static void refused(Runnable query, String field) {
        assertThatThrownBy(query::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void every_filter_may_be_left_out() {
        assertThat(OperationLogQuery.any().actor()).isNull();
    }

    @Test
    void bad_filters_are_refused_naming_their_parameter() {
        refused(() -> new OperationLogQuery("a".repeat(65), null, null, null, null, null, null), "actor");
        refused(() -> new OperationLogQuery(null, "m".repeat(65), null, null, null, null, null), "module");
        refused(() -> new OperationLogQuery(null, null, "/".repeat(256), null, null, null, null), "route");
        refused(() -> new OperationLogQuery(null, null, null, null, 99, null, null), "status");
        refused(() -> new OperationLogQuery(null, null, null, null, 600, null, null), "status");
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        refused(() -> new OperationLogQuery(null, null, null, null, null, t, t), "to");
    }

    @Test
    void the_outcome_is_success_below_400() {
        assertThat(OperationOutcome.of(399)).isEqualTo(OperationOutcome.SUCCESS);
        assertThat(OperationOutcome.of(400)).isEqualTo(OperationOutcome.FAILURE);
    }
}
