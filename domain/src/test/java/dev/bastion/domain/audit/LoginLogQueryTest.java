package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginLogQueryTest {

    private static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-03-02T00:00:00Z");

    @Test
    void any_filters_nothing() {
        LoginLogQuery any = LoginLogQuery.any();

        assertThat(any.username()).isNull();
        assertThat(any.outcome()).isNull();
        assertThat(any.from()).isNull();
        assertThat(any.to()).isNull();
    }

    @Test
    void every_filter_is_kept() {
        LoginLogQuery query = new LoginLogQuery("jane", LoginOutcome.LOCKED, FROM, TO);

        assertThat(query).isEqualTo(new LoginLogQuery("jane", LoginOutcome.LOCKED, FROM, TO));
        assertThat(query.username()).isEqualTo("jane");
        assertThat(query.outcome()).isEqualTo(LoginOutcome.LOCKED);
    }

    @Test
    void from_before_to_is_accepted() {
        assertThat(new LoginLogQuery(null, null, FROM, TO).to()).isEqualTo(TO);
    }

    @Test
    void to_one_nanosecond_after_from_is_accepted() {
        assertThat(new LoginLogQuery(null, null, FROM, FROM.plusNanos(1)).to()).isEqualTo(FROM.plusNanos(1));
    }

    @Test
    void from_equal_to_to_is_refused_naming_to() {
        assertRefusedNaming("to", () -> new LoginLogQuery(null, null, FROM, FROM));
    }

    @Test
    void from_after_to_is_refused_naming_to() {
        assertRefusedNaming("to", () -> new LoginLogQuery(null, null, TO, FROM));
    }

    @Test
    void only_from_is_accepted() {
        assertThat(new LoginLogQuery(null, null, FROM, null).from()).isEqualTo(FROM);
    }

    @Test
    void only_to_is_accepted() {
        assertThat(new LoginLogQuery(null, null, null, TO).to()).isEqualTo(TO);
    }

    @Test
    void a_username_of_64_characters_is_accepted() {
        assertThat(new LoginLogQuery("a".repeat(64), null, null, null).username()).hasSize(64);
    }

    @Test
    void a_username_longer_than_64_is_refused_naming_username() {
        assertRefusedNaming("username", () -> new LoginLogQuery("a".repeat(65), null, null, null));
    }

    @Test
    void a_username_that_is_not_a_valid_username_may_still_be_searched() {
        // Failed attempts are exactly the ones with odd input.
        assertThat(new LoginLogQuery("not a valid name!", null, null, null).username()).isEqualTo("not a valid name!");
    }

    private static void assertRefusedNaming(String field, Runnable build) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        });
    }
}
