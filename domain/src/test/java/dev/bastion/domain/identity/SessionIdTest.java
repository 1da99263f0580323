package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.UuidV7;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdTest {

    @Test
    void a_new_id_is_a_uuid_version_7() {
        assertThat(UuidV7.isVersion7(SessionId.newId().value())).isTrue();
    }

    @Test
    void two_new_ids_differ() {
        assertThat(SessionId.newId()).isNotEqualTo(SessionId.newId());
    }

    @Test
    void an_id_cannot_be_null() {
        assertThatThrownBy(() -> new SessionId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_canonical_uuid_parses() {
        assertThat(SessionId.parse("sid", "0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f").value())
                .isEqualTo(UUID.fromString("0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f"));
    }

    @Test
    void upper_case_hex_parses_to_the_same_id() {
        assertThat(SessionId.parse("sid", "0190F0E4-6B8A-7C3D-9E2F-1A2B3C4D5E6F"))
                .isEqualTo(SessionId.parse("sid", "0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f"));
    }

    @Test
    void the_text_form_is_the_canonical_lower_case_uuid() {
        assertThat(SessionId.parse("sid", "0190F0E4-6B8A-7C3D-9E2F-1A2B3C4D5E6F").toString())
                .isEqualTo("0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not-a-uuid", "42", "0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6g",
            "0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f0", "{0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f}", " ",
            "1-2-3-4-5", " 0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f", "0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f ",
            "0190f0e46b8a7c3d9e2f1a2b3c4d5e6f", "0190f0e4-6b8a-7c3d-9e2f1-a2b3c4d5e6f"})
    void anything_but_the_canonical_form_is_a_validation_error_on_the_named_field(String text) {
        assertThatThrownBy(() -> SessionId.parse("sid", text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("sid");
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                });
    }

    @Test
    void the_field_named_is_the_one_the_caller_passed() {
        assertThatThrownBy(() -> SessionId.parse("sessionId", "nope"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sessionId"));
    }
}
