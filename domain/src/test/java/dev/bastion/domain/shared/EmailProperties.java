package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

public class EmailProperties {

    private static final String ATOM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";
    private static final String LABEL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** Plain, well-formed addresses: dotted atoms, an at sign, a dotted domain. Shared with other properties. */
    public static Arbitrary<String> validEmails() {
        Arbitrary<String> atom = Arbitraries.strings().withChars(ATOM.toCharArray()).ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(4).map(atoms -> String.join(".", atoms))
                .filter(l -> l.length() <= 64);
        Arbitrary<String> label = Combinators.combine(
                        Arbitraries.strings().withChars(LABEL_CHARS.toCharArray()).ofLength(1),
                        Arbitraries.strings().withChars((LABEL_CHARS + "-").toCharArray()).ofMaxLength(10),
                        Arbitraries.strings().withChars(LABEL_CHARS.toCharArray()).ofLength(1))
                .as((first, middle, last) -> first + middle + last);
        Arbitrary<String> domain = label.list().ofMinSize(2).ofMaxSize(4).map(labels -> String.join(".", labels));
        return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    }

    @Property
    void every_plain_well_formed_address_is_accepted(@ForAll("valid") String value) {
        assertThat(new Email(value).value()).isEqualTo(value);
    }

    @Property
    void a_string_without_an_at_sign_is_refused(@ForAll String value) {
        Assume.that(value.indexOf('@') < 0);

        assertRefusedAsEmail(value);
    }

    @Property
    void a_whitespace_character_anywhere_is_refused(@ForAll("valid") String value,
                                                    @ForAll("whitespace") char space,
                                                    @ForAll("positions") int at) {
        int i = Math.min(at, value.length());

        assertRefusedAsEmail(value.substring(0, i) + space + value.substring(i));
    }

    @Property
    void a_well_formed_address_longer_than_254_is_refused(@ForAll("valid") String value) {
        // More labels keep the shape well-formed; only the length is wrong.
        String tooLong = value + ".abcdefghij".repeat(25);

        assertRefusedAsEmail(tooLong);
    }

    @Provide
    Arbitrary<String> valid() {
        return validEmails();
    }

    @Provide
    Arbitrary<Character> whitespace() {
        return Arbitraries.of(' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003');
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 100);
    }

    private static void assertRefusedAsEmail(String value) {
        assertThatThrownBy(() -> new Email(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
    }
}
