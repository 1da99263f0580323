package dev.bastion.domain.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A code is accepted exactly when it is lower snake case of 2 to 64 characters starting with a letter. */
class DictCodeProperties {

    @Provide
    Arbitrary<String> wellFormed() {
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(1)
                .flatMap(first -> Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_')
                        .ofMinLength(1).ofMaxLength(63).map(rest -> first + rest));
    }

    @Property(tries = 500)
    void a_well_formed_code_is_accepted_as_it_is(@ForAll("wellFormed") String text) {
        assertThat(DictCode.parse("code", text).value()).isEqualTo(text);
    }

    @Property(tries = 1000)
    void any_text_is_accepted_exactly_when_it_matches_the_rule(@ForAll String text) {
        boolean shaped = text.matches("[a-z][a-z0-9_]{1,63}");
        if (shaped) {
            assertThat(DictCode.parse("typeCode", text).value()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> DictCode.parse("typeCode", text))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("typeCode"));
        }
    }

    @Property(tries = 200)
    void upper_case_a_leading_digit_or_a_65th_character_is_refused(@ForAll("wellFormed") String text) {
        assertThatThrownBy(() -> DictCode.parse("code", text.toUpperCase())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DictCode.parse("code", "1" + text)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DictCode.parse("code", text + "_".repeat(65 - text.length())))
                .isInstanceOf(InvalidValueException.class);
    }
}
