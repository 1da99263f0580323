package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PasswordHashProperties {

    private static final String PHC_ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
    private static final String PHC_REST_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/$=,";

    /** Well-formed PHC strings: {@code $<id>$<parameters, salt and hash>}. Shared with other properties. */
    static Arbitrary<String> validEncodings() {
        return Combinators.combine(algorithmIds(), secretParts()).as((id, secret) -> "$" + id + "$" + secret);
    }

    private static Arbitrary<String> algorithmIds() {
        return Arbitraries.strings().withChars(PHC_ID_CHARS.toCharArray()).ofMinLength(1).ofMaxLength(32);
    }

    /**
     * What follows the id. Longer than anything toString may print (the id is at most 32), so
     * finding it in the printed form cannot be a coincidence.
     */
    private static Arbitrary<String> secretParts() {
        return Arbitraries.strings().withChars(PHC_REST_CHARS.toCharArray()).ofMinLength(47).ofMaxLength(120);
    }

    @Property
    void to_string_prints_the_algorithm_id_and_nothing_else(@ForAll("ids") String id, @ForAll("secrets") String secret) {
        PasswordHash hash = new PasswordHash("$" + id + "$" + secret);

        assertThat(hash.toString()).isEqualTo("PasswordHash[" + id + "]");
    }

    @Property
    void to_string_never_prints_the_secret_part_whatever_precedes_it(@ForAll String prefix,
                                                                     @ForAll("secrets") String secret) {
        PasswordHash hash;
        try {
            hash = new PasswordHash("$" + prefix + "$" + secret);
        } catch (IllegalArgumentException refused) {
            return; // refusing is fine; printing is what must not happen
        }
        assertThat(hash.toString()).doesNotContain(secret);
    }

    @Property
    void a_string_with_no_id_segment_is_refused(@ForAll("secrets") String secret) {
        String bare = "$" + secret.replace("$", "");

        assertThatThrownBy(() -> new PasswordHash(bare)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_algorithm_is_the_id(@ForAll("ids") String id, @ForAll("secrets") String secret) {
        assertThat(new PasswordHash("$" + id + "$" + secret).algorithm()).isEqualTo(id);
    }

    @Provide
    Arbitrary<String> ids() {
        return algorithmIds();
    }

    @Provide
    Arbitrary<String> secrets() {
        return secretParts();
    }
}
