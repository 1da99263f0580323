package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class LoginLogQueryProperties {

    @Property
    void a_range_is_accepted_exactly_when_from_is_before_to(
            @ForAll @LongRange(min = 0, max = 4_102_444_800L) long from,
            @ForAll @LongRange(min = 0, max = 4_102_444_800L) long to) {
        Instant fromAt = Instant.ofEpochSecond(from);
        Instant toAt = Instant.ofEpochSecond(to);

        if (from < to) {
            assertThat(new LoginLogQuery(null, null, fromAt, toAt).to()).isEqualTo(toAt);
        } else {
            assertThatThrownBy(() -> new LoginLogQuery(null, null, fromAt, toAt))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        }
    }

    @Property
    void a_username_up_to_64_characters_is_accepted(@ForAll @StringLength(max = 64) String username) {
        assertThat(new LoginLogQuery(username, null, null, null).username()).isEqualTo(username);
    }

    @Property
    void a_username_over_64_characters_is_refused_naming_username(@ForAll @StringLength(min = 65, max = 300) String username) {
        assertThatThrownBy(() -> new LoginLogQuery(username, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }
}
