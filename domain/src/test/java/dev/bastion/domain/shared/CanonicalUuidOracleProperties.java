package dev.bastion.domain.shared;

import static dev.bastion.domain.shared.OracleStrings.TRICKY;
import static dev.bastion.domain.shared.OracleStrings.edited;
import static dev.bastion.domain.shared.OracleStrings.over;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The character loop in {@link CanonicalUuid#parse} accepts exactly what its former regex accepted. */
class CanonicalUuidOracleProperties {

    /** The check before it became a character loop. */
    private static final Pattern OLD =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final String HEX = "0123456789abcdefABCDEF";
    private static final String ALPHABET = HEX + "-gGxX" + TRICKY;

    @Property(tries = 10_000)
    void accepts_exactly_what_the_old_regex_accepted(@ForAll("candidates") String text) {
        boolean oracle = OLD.matcher(text).matches();
        Statistics.label("accepted").collect(oracle);

        if (oracle) {
            assertThat(CanonicalUuid.parse("sessionId", text)).isEqualTo(UUID.fromString(text));
        } else {
            assertThatThrownBy(() -> CanonicalUuid.parse("sessionId", text))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("sessionId");
                        assertThat(e.getMessage()).isEqualTo("must be a UUID");
                    });
        }
        Statistics.label("accepted").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<String> uuids = Arbitraries.longs().tuple2()
                .map(bits -> new UUID(bits.get1(), bits.get2()).toString())
                .flatMap(text -> Arbitraries.of(text, text.toUpperCase(Locale.ROOT), mixedCase(text)));
        // Five hex groups of roughly the right lengths, joined by '-': "1-2-3-4-5" and off-by-one groups.
        Arbitrary<String> groups = over(HEX, 0, 13).list().ofMinSize(4).ofMaxSize(6).map(g -> String.join("-", g));
        return Arbitraries.oneOf(uuids, edited(uuids, ALPHABET), groups, over(ALPHABET, 0, 40));
    }

    private static String mixedCase(String text) {
        StringBuilder mixed = new StringBuilder(text);
        for (int i = 0; i < mixed.length(); i += 2) {
            mixed.setCharAt(i, Character.toUpperCase(mixed.charAt(i)));
        }
        return mixed.toString();
    }
}
