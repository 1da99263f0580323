package dev.bastion.adapters.rest.request;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "abc-123", "A.b_c:d-e", "0f8fad5b-d9cb-469f-a165-70867728950e"})
    void saneIdsAreKept(String id) {
        assertThat(RequestIds.sanitize(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "abc\r\nSet-Cookie: x=1", "tab\there", "ünïcode", "a/b", "a%0d%0a", "quote\"d"})
    void insaneIdsAreReplacedByAUuid(String id) {
        String sanitized = RequestIds.sanitize(id);

        assertThat(sanitized).isNotEqualTo(id);
        assertThat(UUID.fromString(sanitized).toString()).isEqualTo(sanitized);
    }

    @Test
    void lengthIsBoundedAt128() {
        assertThat(RequestIds.isSane("x".repeat(128))).isTrue();
        assertThat(RequestIds.isSane("x".repeat(129))).isFalse();
        assertThat(RequestIds.isSane(null)).isFalse();
    }
}
