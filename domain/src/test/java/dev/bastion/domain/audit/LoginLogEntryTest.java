package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.UuidV7;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginLogEntryTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");

    private static LoginLogEntry typed(String username) {
        return LoginLogEntry.of(AT, username, "203.0.113.7", "agent", LoginOutcome.WRONG_PASSWORD);
    }

    @Test
    void a_new_entry_has_a_uuid_version_7() {
        assertThat(UuidV7.isVersion7(typed("jane").id())).isTrue();
    }

    @Test
    void two_entries_have_different_ids() {
        assertThat(typed("jane").id()).isNotEqualTo(typed("jane").id());
    }

    @Test
    void the_typed_username_is_kept_as_typed() {
        assertThat(typed("Jane.Doe ").username()).isEqualTo("Jane.Doe ");
    }

    @Test
    void a_username_of_64_characters_is_kept() {
        assertThat(typed("a".repeat(64)).username()).isEqualTo("a".repeat(64));
    }

    @Test
    void a_username_longer_than_64_is_cut_to_64() {
        assertThat(typed("a".repeat(64) + "overflow").username()).isEqualTo("a".repeat(64));
    }

    @Test
    void a_line_break_in_the_username_becomes_a_space() {
        assertThat(typed("jane\r\nadmin logged in").username()).isEqualTo("jane  admin logged in");
    }

    @Test
    void an_escape_character_in_the_username_becomes_a_space() {
        assertThat(typed("\u001b[2Jjane").username()).isEqualTo(" [2Jjane");
    }

    @Test
    void a_c1_control_character_in_the_username_becomes_a_space() {
        assertThat(typed("jane\u0085admin").username()).isEqualTo("jane admin");
    }

    @Test
    void a_missing_username_is_empty() {
        assertThat(typed(null).username()).isEmpty();
    }

    @Test
    void a_missing_ip_is_unknown() {
        assertThat(LoginLogEntry.of(AT, "jane", null, "agent", LoginOutcome.SUCCESS).ip()).isEqualTo("unknown");
    }

    @Test
    void a_missing_agent_is_empty() {
        assertThat(LoginLogEntry.of(AT, "jane", "203.0.113.7", null, LoginOutcome.SUCCESS).userAgent()).isEmpty();
    }

    @Test
    void the_outcome_and_time_are_kept() {
        LoginLogEntry entry = LoginLogEntry.of(AT, "jane", "203.0.113.7", "agent", LoginOutcome.LOCKED);

        assertThat(entry.outcome()).isEqualTo(LoginOutcome.LOCKED);
        assertThat(entry.at()).isEqualTo(AT);
    }

    @Test
    void an_entry_needs_an_outcome() {
        assertThatThrownBy(() -> LoginLogEntry.of(AT, "jane", "203.0.113.7", "agent", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void an_entry_needs_a_time() {
        assertThatThrownBy(() -> LoginLogEntry.of(null, "jane", "203.0.113.7", "agent", LoginOutcome.SUCCESS))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void an_entry_needs_an_id() {
        assertThatThrownBy(() -> new LoginLogEntry(null, AT, "jane", "203.0.113.7", "agent", LoginOutcome.SUCCESS))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_stored_entry_reads_back_equal() {
        LoginLogEntry entry = typed("jane\nsmith" + "x".repeat(80));

        LoginLogEntry reread = new LoginLogEntry(entry.id(), entry.at(), entry.username(), entry.ip(), entry.userAgent(),
                entry.outcome());

        assertThat(reread).isEqualTo(entry);
    }

    @Test
    void a_given_id_is_kept() {
        UUID id = UUID.fromString("0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f");

        assertThat(new LoginLogEntry(id, AT, "jane", "ip", "ua", LoginOutcome.SUCCESS).id()).isEqualTo(id);
    }
}
