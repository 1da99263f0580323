package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UserIdProperties {

    /** Any UUID at all: stored ids are not checked for version 7. Shared with other properties. */
    static Arbitrary<UserId> userIds() {
        return Arbitraries.longs().tuple2().map(t -> new UserId(new UUID(t.get1(), t.get2())));
    }

    @Property
    void the_text_form_parses_back_to_the_same_id(@ForAll("ids") UserId id) {
        assertThat(UserId.parse("id", id.toString())).isEqualTo(id);
    }

    @Property
    void text_without_any_hex_digit_is_refused_naming_the_field(@ForAll("fields") String field,
                                                               @ForAll("noHexDigits") String text) {
        assertThatThrownBy(() -> UserId.parse(field, text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Property
    void text_longer_than_a_uuid_is_refused(@ForAll("ids") UserId id, @ForAll("hexDigit") char extra) {
        assertThatThrownBy(() -> UserId.parse("id", id + String.valueOf(extra)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Provide
    Arbitrary<UserId> ids() {
        return userIds();
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of("id", "userId", "createdBy", "ownerId");
    }

    @Provide
    Arbitrary<String> noHexDigits() {
        return Arbitraries.strings().filter(s -> s.chars().noneMatch(c -> Character.digit(c, 16) >= 0));
    }

    @Provide
    Arbitrary<Character> hexDigit() {
        return Arbitraries.of('0', '7', 'a', 'F');
    }
}
