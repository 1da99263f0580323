package dev.bastion.domain.identity;

import static dev.bastion.domain.shared.OracleStrings.TRICKY;
import static dev.bastion.domain.shared.OracleStrings.edited;
import static dev.bastion.domain.shared.OracleStrings.over;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The character loop in {@link Username} accepts exactly what its former regex accepted. */
class UsernameOracleProperties {

    /** The check before it became a character loop. */
    private static final Pattern OLD = Pattern.compile("[a-zA-Z0-9_.-]{3,64}");

    private static final String ALLOWED = UsernameProperties.ALLOWED;

    @Property(tries = 10_000)
    void accepts_exactly_what_the_old_regex_accepted(@ForAll("candidates") String value) {
        boolean oracle = !value.isEmpty() && OLD.matcher(value).matches();
        Statistics.label("accepted").collect(oracle);

        if (oracle) {
            assertThat(new Username(value).value()).isEqualTo(value);
        } else {
            String message = value.isEmpty() ? "must not be empty"
                    : "must be 3 to 64 characters of letters, digits, '_', '.' or '-'";
            assertThatThrownBy(() -> new Username(value))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("username");
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
        Arbitrary<String> allowed = over(ALLOWED, 0, 80);
        Arbitrary<String> nearTheLimits = Arbitraries.oneOf(over(ALLOWED, 1, 4), over(ALLOWED, 62, 67));
        return Arbitraries.oneOf(
                allowed,
                nearTheLimits,
                edited(Arbitraries.oneOf(allowed, nearTheLimits), ALLOWED + TRICKY),
                over(ALLOWED + TRICKY, 0, 80));
    }
}
