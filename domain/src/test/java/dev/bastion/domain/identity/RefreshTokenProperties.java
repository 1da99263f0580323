package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class RefreshTokenProperties {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String LOWER_HEX = "0123456789abcdef";

    /** The exact shape of a token: a canonical UUID (hex in either case), a dot, 43 base64url characters. */
    private static final Pattern SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\.[A-Za-z0-9_-]{43}");

    @Property
    void an_issued_token_always_has_the_exact_shape(@ForAll("sessionIds") SessionId session) {
        assertThat(RefreshToken.issue(session).value()).matches(SHAPE).startsWith(session + ".");
    }

    @Property
    void an_issued_token_parses_back_to_the_same_value_digest_and_session(@ForAll("sessionIds") SessionId session) {
        RefreshToken issued = RefreshToken.issue(session);

        RefreshToken parsed = RefreshToken.parse(issued.value()).orElseThrow();

        assertThat(parsed.value()).isEqualTo(issued.value());
        assertThat(parsed.digest()).isEqualTo(issued.digest());
        assertThat(parsed.sessionId()).isEqualTo(session);
    }

    @Property
    void every_lower_case_text_of_the_exact_shape_parses_to_itself(@ForAll("wellFormed") String text) {
        assertThat(RefreshToken.parse(text).map(RefreshToken::value)).contains(text);
    }

    @Property
    void the_digest_is_the_sha_256_hex_of_the_value(@ForAll("wellFormed") String text) {
        assertThat(RefreshToken.parse(text).orElseThrow().digest().hex()).isEqualTo(Sha256.hex(text));
    }

    @Property
    void to_string_never_shows_the_secret(@ForAll("wellFormed") String text) {
        assertThat(RefreshToken.parse(text).orElseThrow().toString()).doesNotContain(text.substring(37));
    }

    @Property
    void a_random_string_parses_only_when_it_has_the_exact_shape(@ForAll String text) {
        assertThat(RefreshToken.parse(text).isPresent()).isEqualTo(SHAPE.matcher(text).matches());
    }

    @Property
    void a_token_with_one_character_replaced_parses_only_when_it_still_has_the_exact_shape(
            @ForAll("oneCharacterReplaced") String text) {
        Statistics.label("still shaped").collect(SHAPE.matcher(text).matches());
        Statistics.label("still shaped").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
        assertThat(RefreshToken.parse(text).isPresent()).isEqualTo(SHAPE.matcher(text).matches());
    }

    @Property
    void a_token_with_a_character_added_never_parses(@ForAll("wellFormed") String text, @ForAll char extra,
                                                     @ForAll("positions") int at) {
        int i = Math.min(at, text.length());

        assertThat(RefreshToken.parse(text.substring(0, i) + extra + text.substring(i))).isEmpty();
    }

    @Property
    void a_token_with_a_character_removed_never_parses(@ForAll("wellFormed") String text, @ForAll("positions") int at) {
        int i = Math.min(at, text.length() - 1);

        assertThat(RefreshToken.parse(text.substring(0, i) + text.substring(i + 1))).isEmpty();
    }

    @Provide
    Arbitrary<SessionId> sessionIds() {
        return Arbitraries.longs().tuple2().map(t -> new SessionId(new UUID(t.get1(), t.get2())));
    }

    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> uuids = Combinators.combine(hex(8), hex(4), hex(4), hex(4), hex(12))
                .as((a, b, c, d, e) -> a + "-" + b + "-" + c + "-" + d + "-" + e);
        Arbitrary<String> secrets = Arbitraries.strings().withChars(BASE64URL.toCharArray()).ofLength(43);
        return Combinators.combine(uuids, secrets).as((uuid, secret) -> uuid + "." + secret);
    }

    @Provide
    Arbitrary<String> oneCharacterReplaced() {
        Arbitrary<Character> any = Arbitraries.oneOf(Arbitraries.chars(), Arbitraries.of('.', '-', '_', '+', '/', '=', 'G', 'g', 'A', 'F'));
        return Combinators.combine(wellFormed(), any, Arbitraries.integers().between(0, 79))
                .as((text, c, at) -> text.substring(0, at) + c + text.substring(at + 1));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 80);
    }

    private static Arbitrary<String> hex(int length) {
        return Arbitraries.strings().withChars(LOWER_HEX.toCharArray()).ofLength(length);
    }
}
