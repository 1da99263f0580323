package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientInfoTest {

    @Test
    void an_address_and_agent_are_kept_as_given() {
        ClientInfo client = new ClientInfo("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");

        assertThat(client.ip()).isEqualTo("203.0.113.7");
        assertThat(client.userAgent()).isEqualTo("Mozilla/5.0 (X11; Linux x86_64)");
    }

    @Test
    void an_ipv6_address_is_kept() {
        assertThat(new ClientInfo("2001:db8::8a2e:370:7334", "").ip()).isEqualTo("2001:db8::8a2e:370:7334");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", " \n ", "\u3000"})
    void a_blank_address_is_unknown(String ip) {
        assertThat(new ClientInfo(ip, "agent").ip()).isEqualTo("unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001\u0002", "\u007f", "\u0085"})
    void an_address_of_control_characters_only_is_unknown(String ip) {
        assertThat(new ClientInfo(ip, "agent").ip()).isEqualTo("unknown");
    }

    @Test
    void a_missing_agent_is_empty() {
        assertThat(new ClientInfo("203.0.113.7", null).userAgent()).isEmpty();
    }

    @Test
    void surrounding_whitespace_is_stripped() {
        ClientInfo client = new ClientInfo("  203.0.113.7 ", "\tMozilla/5.0 \n");

        assertThat(client.ip()).isEqualTo("203.0.113.7");
        assertThat(client.userAgent()).isEqualTo("Mozilla/5.0");
    }

    @Test
    void a_line_break_inside_the_agent_becomes_a_space() {
        assertThat(new ClientInfo("203.0.113.7", "Mozilla\r\nX-Forged: yes").userAgent())
                .isEqualTo("Mozilla  X-Forged: yes");
    }

    @Test
    void a_control_character_inside_the_address_becomes_a_space() {
        assertThat(new ClientInfo("203.0\u0000.113.7", "agent").ip()).isEqualTo("203.0 .113.7");
    }

    @Test
    void an_escape_sequence_in_the_agent_is_defused() {
        assertThat(new ClientInfo("203.0.113.7", "\u001b[31mred").userAgent()).isEqualTo("[31mred");
    }

    @Test
    void a_c1_control_character_becomes_a_space() {
        // U+0085 (NEXT LINE) is a line break to many log readers.
        assertThat(new ClientInfo("203.0.113.7", "one\u0085two").userAgent()).isEqualTo("one two");
    }

    @Test
    void control_characters_at_the_edges_leave_no_spaces_behind() {
        assertThat(new ClientInfo("\u0000203.0.113.7\u0007", "\u0001agent\u0002").ip()).isEqualTo("203.0.113.7");
        assertThat(new ClientInfo("\u0000203.0.113.7\u0007", "\u0001agent\u0002").userAgent()).isEqualTo("agent");
    }

    @Test
    void an_address_of_64_characters_is_kept() {
        String ip = "a".repeat(ClientInfo.MAX_IP);

        assertThat(new ClientInfo(ip, "").ip()).isEqualTo(ip);
    }

    @Test
    void an_address_longer_than_64_is_cut_to_64() {
        String ip = "1".repeat(64) + "2";

        assertThat(new ClientInfo(ip, "").ip()).isEqualTo("1".repeat(64));
    }

    @Test
    void an_agent_of_512_characters_is_kept() {
        String agent = "a".repeat(ClientInfo.MAX_USER_AGENT);

        assertThat(new ClientInfo("203.0.113.7", agent).userAgent()).isEqualTo(agent);
    }

    @Test
    void an_agent_longer_than_512_is_cut_to_512() {
        String agent = "a".repeat(512) + "b".repeat(100);

        assertThat(new ClientInfo("203.0.113.7", agent).userAgent()).isEqualTo("a".repeat(512));
    }

    @Test
    void non_ascii_in_the_agent_is_kept() {
        assertThat(new ClientInfo("203.0.113.7", "Navigateur é 🚀").userAgent()).isEqualTo("Navigateur é 🚀");
    }
}
