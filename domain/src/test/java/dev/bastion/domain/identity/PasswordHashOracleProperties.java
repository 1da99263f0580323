package dev.bastion.domain.identity;

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

/** The character loop in {@link PasswordHash} accepts exactly what its former regex (and length floor) accepted. */
class PasswordHashOracleProperties {

    /** The check before it became a character loop (with {@code length() >= 16} beside it). */
    private static final Pattern OLD = Pattern.compile("\\$[a-z0-9-]{1,32}\\$.+", Pattern.DOTALL);

    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
    private static final String ALPHABET = ID_CHARS + "ABCXYZ=,/" + TRICKY;

    @Property(tries = 10_000)
    void accepts_exactly_what_the_old_regex_accepted(@ForAll("candidates") String encoded) {
        boolean oracle = encoded.length() >= 16 && OLD.matcher(encoded).matches();
        Statistics.label("accepted").collect(oracle);

        if (oracle) {
            assertThat(new PasswordHash(encoded).encoded()).isEqualTo(encoded);
        } else {
            assertThatThrownBy(() -> new PasswordHash(encoded))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a PHC-format password hash");
        }
        Statistics.label("accepted").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<String> candidates() {
        // "$<id>$<rest>" with ids around the 1..32 limit and totals around the 16 floor.
        Arbitrary<String> id = Arbitraries.oneOf(over(ID_CHARS, 0, 40), over(ID_CHARS + "A_$ \u00E9", 0, 40));
        Arbitrary<String> rest = over(ALPHABET, 0, 24);
        Arbitrary<String> shaped = Combinators.combine(id, rest).as((i, r) -> "$" + i + "$" + r);
        return Arbitraries.oneOf(
                shaped,
                edited(shaped, ALPHABET),
                edited(PasswordHashProperties.validEncodings(), ALPHABET),
                over(ALPHABET, 0, 60));
    }
}
