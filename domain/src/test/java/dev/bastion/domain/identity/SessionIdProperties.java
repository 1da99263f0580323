package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SessionIdProperties {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Property
    void the_text_form_parses_back_to_the_same_id(@ForAll("ids") SessionId id) {
        assertThat(SessionId.parse("sid", id.toString())).isEqualTo(id);
    }

    @Property
    void the_text_form_is_always_canonical(@ForAll("ids") SessionId id) {
        assertThat(id.toString()).matches(CANONICAL);
    }

    @Property
    void a_random_string_parses_only_in_the_canonical_form(@ForAll String text) {
        if (CANONICAL.matcher(text).matches()) {
            assertThat(SessionId.parse("sid", text).value()).isEqualTo(UUID.fromString(text));
        } else {
            assertThatThrownBy(() -> SessionId.parse("sid", text))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sid"));
        }
    }

    @Property
    void a_dash_dropped_anywhere_is_refused(@ForAll("ids") SessionId id, @ForAll("dashes") int dash) {
        String text = id.toString();
        String broken = text.substring(0, dash) + text.substring(dash + 1);

        assertThatThrownBy(() -> SessionId.parse("sid", broken)).isInstanceOf(InvalidValueException.class);
    }

    @Provide
    Arbitrary<SessionId> ids() {
        return Arbitraries.longs().tuple2().map(t -> new SessionId(new UUID(t.get1(), t.get2())));
    }

    @Provide
    Arbitrary<Integer> dashes() {
        return Arbitraries.of(8, 13, 18, 23);
    }
}
