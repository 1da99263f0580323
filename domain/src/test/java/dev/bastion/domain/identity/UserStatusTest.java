package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserStatusTest {

    @Test
    void each_status_is_read_from_its_name() {
        assertThat(UserStatus.parse("status", "ENABLED")).isEqualTo(UserStatus.ENABLED);
        assertThat(UserStatus.parse("status", "DISABLED")).isEqualTo(UserStatus.DISABLED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "enabled", " ENABLED", "DELETED", "1"})
    void anything_else_is_refused_on_the_named_field(String text) {
        InvalidValueException refused = catchThrowableOfType(() -> UserStatus.parse("rows[2].status", text),
                InvalidValueException.class);

        assertThat(refused.field()).isEqualTo("rows[2].status");
        assertThat(refused.getMessage()).isEqualTo("must be ENABLED or DISABLED");
    }
}
