package dev.bastion.domain.shared;

import static dev.bastion.domain.shared.OracleStrings.TRICKY;
import static dev.bastion.domain.shared.OracleStrings.edited;
import static dev.bastion.domain.shared.OracleStrings.over;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The character loop in {@link PhoneNumber} accepts exactly what its former regex accepted. */
class PhoneNumberOracleProperties {

    /** The check before it became a character loop. */
    private static final Pattern OLD = Pattern.compile("\\+?[0-9][0-9 ()-]{2,31}");

    private static final String BODY = "0123456789 ()-";
    private static final String ALPHABET = BODY + "+" + TRICKY;

    @Property(tries = 10_000)
    void accepts_exactly_what_the_old_regex_accepted(@ForAll("candidates") String value) {
        boolean oracle = OLD.matcher(value).matches();
        Statistics.label("accepted").collect(oracle);

        if (oracle) {
            assertThat(new PhoneNumber(value).value()).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> new PhoneNumber(value))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("phone");
                        assertThat(e.getMessage())
                                .isEqualTo("must be a phone number of 3 to 32 digits, spaces, '+', '-', '(' or ')'");
                    });
        }
        Statistics.label("accepted").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<String> candidates() {
        // An optional "+" (sometimes two), a first character, then a body around the 2..31 limit.
        Arbitrary<String> sign = Arbitraries.of("", "", "+", "++");
        Arbitrary<String> first = Arbitraries.strings().withChars("0123456789 (-+a\u0660\uFF10".toCharArray()).ofLength(1);
        Arbitrary<String> body = Arbitraries.oneOf(over(BODY, 0, 40), over(BODY, 29, 33));
        Arbitrary<String> shaped = Combinators.combine(sign, first, body).as((s, f, b) -> s + f + b);
        return Arbitraries.oneOf(shaped, edited(shaped, ALPHABET), over(ALPHABET, 0, 40));
    }
}
