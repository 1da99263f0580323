package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class LoginLogEntryProperties {

    private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");

    private static LoginLogEntry typed(String username) {
        return LoginLogEntry.of(AT, username, "203.0.113.7", "agent", LoginOutcome.UNKNOWN_USER);
    }

    @Property
    void the_username_is_at_most_64_characters(@ForAll("typed") String username) {
        assertThat(typed(username).username()).hasSizeLessThanOrEqualTo(LoginLogEntry.MAX_USERNAME);
    }

    @Property
    void the_username_holds_no_control_character(@ForAll("typed") String username) {
        assertThat(typed(username).username().chars()).noneMatch(Character::isISOControl);
    }

    @Property
    void the_username_is_what_was_typed_with_control_characters_as_spaces_then_cut(@ForAll("typed") String username) {
        String expected = username.chars()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .limit(LoginLogEntry.MAX_USERNAME)
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());

        assertThat(typed(username).username()).isEqualTo(expected);
    }

    @Property
    void a_stored_entry_reads_back_equal(@ForAll("typed") String username) {
        LoginLogEntry entry = typed(username);

        assertThat(new LoginLogEntry(entry.id(), entry.at(), entry.username(), entry.ip(), entry.userAgent(), entry.outcome()))
                .isEqualTo(entry);
    }

    /** Whatever a client may type, control characters included. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.chars().range('\u0000', '\u00ff')),
                Tuple.of(1, Arbitraries.chars().all()));
        return chars.list().ofMaxSize(200).map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    }
}
