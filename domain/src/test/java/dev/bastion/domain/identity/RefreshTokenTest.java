package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshTokenTest {

    private static final String SESSION = "0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f";
    private static final String SECRET = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
    private static final String VALID = SESSION + "." + SECRET;

    @Test
    void an_issued_token_is_the_session_id_a_dot_and_43_base64url_characters() {
        SessionId session = SessionId.newId();

        assertThat(RefreshToken.issue(session).value()).matches(session + "\\.[A-Za-z0-9_-]{43}");
    }

    @Test
    void an_issued_token_belongs_to_its_session() {
        SessionId session = SessionId.newId();

        assertThat(RefreshToken.issue(session).sessionId()).isEqualTo(session);
    }

    @Test
    void two_issued_tokens_of_one_session_differ() {
        SessionId session = SessionId.newId();

        assertThat(RefreshToken.issue(session).value()).isNotEqualTo(RefreshToken.issue(session).value());
    }

    @Test
    void two_issued_tokens_have_different_digests() {
        SessionId session = SessionId.newId();

        assertThat(RefreshToken.issue(session).digest()).isNotEqualTo(RefreshToken.issue(session).digest());
    }

    @Test
    void an_issued_token_parses_back_to_the_same_value_and_digest() {
        RefreshToken issued = RefreshToken.issue(SessionId.newId());

        RefreshToken parsed = RefreshToken.parse(issued.value()).orElseThrow();

        assertThat(parsed.value()).isEqualTo(issued.value());
        assertThat(parsed.digest()).isEqualTo(issued.digest());
        assertThat(parsed.sessionId()).isEqualTo(issued.sessionId());
    }

    @Test
    void the_digest_is_64_lower_case_hex_digits() {
        assertThat(RefreshToken.issue(SessionId.newId()).digest().hex()).matches("[0-9a-f]{64}");
    }

    @Test
    void the_digest_is_sha_256_of_the_whole_token() {
        // printf '%s' "$VALID" | sha256sum
        assertThat(RefreshToken.parse(VALID).orElseThrow().digest().hex())
                .isEqualTo("fca777a9024fdc961c1985bcb953c021e129fae1ab4e3f2fd137639a4489166d");
    }

    @Test
    void a_well_formed_token_parses() {
        Optional<RefreshToken> parsed = RefreshToken.parse(VALID);

        assertThat(parsed).isPresent();
        assertThat(parsed.get().sessionId()).isEqualTo(SessionId.parse("id", SESSION));
    }

    @Test
    void to_string_hides_the_secret() {
        RefreshToken token = RefreshToken.parse(VALID).orElseThrow();

        assertThat(token.toString()).doesNotContain(SECRET).contains(SESSION);
    }

    @Test
    void to_string_of_an_issued_token_hides_the_secret() {
        RefreshToken token = RefreshToken.issue(SessionId.newId());
        String secret = token.value().substring(37);

        assertThat(token.toString()).doesNotContain(secret);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothing_does_not_parse(String text) {
        assertThat(RefreshToken.parse(text)).isEmpty();
    }

    @Test
    void a_secret_one_character_short_does_not_parse() {
        assertThat(RefreshToken.parse(VALID.substring(0, VALID.length() - 1))).isEmpty();
    }

    @Test
    void a_secret_one_character_long_does_not_parse() {
        assertThat(RefreshToken.parse(VALID + "A")).isEmpty();
    }

    @Test
    void a_session_id_alone_does_not_parse() {
        assertThat(RefreshToken.parse(SESSION)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(chars = {':', '_', '-', ' ', '~', 'a'})
    void a_separator_other_than_a_dot_does_not_parse(char separator) {
        assertThat(RefreshToken.parse(SESSION + separator + SECRET)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(chars = {'+', '/', '=', '.', ' ', '\n', 'é', '\u0000'})
    void a_secret_with_a_character_outside_base64url_does_not_parse(char foreign) {
        String secret = SECRET.substring(0, 20) + foreign + SECRET.substring(21);

        assertThat(RefreshToken.parse(SESSION + "." + secret)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6g", "0190f0e46b8a-7c3d-9e2f-1a2b3c4d5e6f0",
            "0190f0e4x6b8a-7c3d-9e2f-1a2b3c4d5e6f", "{190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6}",
            "000000000000000000000000000000000001", "1-2-3-4-5aaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void a_prefix_that_is_not_a_canonical_uuid_does_not_parse(String prefix) {
        assertThat(prefix).hasSize(36);

        assertThat(RefreshToken.parse(prefix + "." + SECRET)).isEmpty();
    }

    @Test
    void a_token_with_spaces_around_it_does_not_parse() {
        assertThat(RefreshToken.parse(" " + VALID)).isEmpty();
        assertThat(RefreshToken.parse(VALID + "\n")).isEmpty();
    }
}
