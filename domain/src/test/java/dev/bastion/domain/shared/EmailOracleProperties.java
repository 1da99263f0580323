package dev.bastion.domain.shared;

import static dev.bastion.domain.shared.OracleStrings.ALNUM;
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

/** The character loop in {@link Email} accepts exactly what its former regex, with the checks beside it, accepted. */
class EmailOracleProperties {

    /** The shape check before it became a character loop. */
    private static final Pattern OLD_SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private static final String LOCAL = ALNUM + "!#$%&'*+/=?^_`{|}~.-";
    private static final String ALPHABET = ALNUM + TRICKY;

    /** The whole former rule: length, shape, and the dot checks the shape did not cover. */
    private static boolean oldRule(String value) {
        return !value.isEmpty() && value.length() <= Email.MAX_LENGTH && OLD_SHAPE.matcher(value).matches()
                && !value.startsWith(".") && !value.contains("..") && !value.contains(".@");
    }

    @Property(tries = 10_000)
    void accepts_exactly_what_the_old_rule_accepted(@ForAll("candidates") String value) {
        boolean oracle = oldRule(value);
        Statistics.label("accepted").collect(oracle);

        if (oracle) {
            assertThat(new Email(value).value()).isEqualTo(value);
        } else {
            String message = value.isEmpty() ? "must not be empty" : "must be a well-formed email address";
            assertThatThrownBy(() -> new Email(value))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("email");
                        assertThat(e.getMessage()).isEqualTo(message);
                    });
        }
        Statistics.label("accepted").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<String> candidates() {
        // local@label.label... with parts around their limits (local 64, label 63, total 254).
        Arbitrary<String> local = Arbitraries.oneOf(
                over(ALNUM, 0, 12), over(ALNUM + ".-+_", 0, 12), over(LOCAL, 0, 12), over(ALNUM, 62, 66));
        Arbitrary<String> label = Arbitraries.oneOf(
                over(ALNUM, 0, 10), over(ALNUM + "-", 0, 10), over(ALNUM + "-_", 0, 10), over(ALNUM, 61, 65));
        Arbitrary<String> domain = label.list().ofMinSize(0).ofMaxSize(5).map(labels -> String.join(".", labels));
        Arbitrary<String> shaped = Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
        Arbitrary<String> valid = EmailProperties.validEmails();
        return Arbitraries.oneOf(
                shaped,
                valid,
                edited(Arbitraries.oneOf(shaped, valid), ALPHABET + ".-@"),
                over(ALPHABET + "..--@", 0, 300));
    }
}
