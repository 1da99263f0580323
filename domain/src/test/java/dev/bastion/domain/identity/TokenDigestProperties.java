package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenDigestProperties {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Any well-formed digest: 64 lower-case hex digits. Shared with other properties. */
    static Arbitrary<TokenDigest> validDigests() {
        return Arbitraries.strings().withChars("0123456789abcdef".toCharArray()).ofLength(64).map(TokenDigest::new);
    }

    @Property
    void same_as_agrees_with_equals(@ForAll("digests") TokenDigest a, @ForAll("digests") TokenDigest b) {
        assertThat(a.sameAs(b)).isEqualTo(a.equals(b));
    }

    @Property
    void a_digest_is_the_same_as_itself(@ForAll("digests") TokenDigest digest) {
        assertThat(digest.sameAs(new TokenDigest(digest.hex()))).isTrue();
    }

    @Property
    void same_as_is_symmetric(@ForAll("digests") TokenDigest a, @ForAll("digests") TokenDigest b) {
        assertThat(a.sameAs(b)).isEqualTo(b.sameAs(a));
    }

    @Property
    void a_random_string_is_a_digest_only_when_it_is_64_lower_case_hex_digits(@ForAll String text) {
        if (HEX.matcher(text).matches()) {
            assertThat(new TokenDigest(text).hex()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> new TokenDigest(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<TokenDigest> digests() {
        return validDigests();
    }
}
