package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    private static final long MAX_MILLIS = (1L << 48) - 1;

    @Test
    void a_new_id_is_version_7() {
        assertThat(UuidV7.next().version()).isEqualTo(7);
    }

    @Test
    void a_new_id_has_the_rfc_variant() {
        assertThat(UuidV7.next().variant()).isEqualTo(2);
    }

    @Test
    void a_new_id_is_recognised_as_version_7() {
        assertThat(UuidV7.isVersion7(UuidV7.next())).isTrue();
    }

    @Test
    void a_random_version_4_id_is_not_recognised_as_version_7() {
        assertThat(UuidV7.isVersion7(UUID.randomUUID())).isFalse();
    }

    @Test
    void a_new_id_carries_the_current_time() {
        long before = System.currentTimeMillis();
        UUID id = UuidV7.next();
        long after = System.currentTimeMillis();

        assertThat(UuidV7.timestampMillis(id)).isBetween(before, after);
    }

    @Test
    void an_id_made_in_a_later_millisecond_sorts_after_an_earlier_one() throws InterruptedException {
        UUID earlier = UuidV7.next();
        Thread.sleep(2);
        UUID later = UuidV7.next();

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void two_ids_made_in_the_same_millisecond_differ() {
        assertThat(UuidV7.at(1_700_000_000_000L)).isNotEqualTo(UuidV7.at(1_700_000_000_000L));
    }

    @Test
    void the_epoch_itself_is_in_range() {
        assertThat(UuidV7.timestampMillis(UuidV7.at(0))).isZero();
    }

    @Test
    void the_last_representable_millisecond_is_in_range() {
        assertThat(UuidV7.timestampMillis(UuidV7.at(MAX_MILLIS))).isEqualTo(MAX_MILLIS);
    }

    @Test
    void a_time_before_the_epoch_is_refused() {
        assertThatThrownBy(() -> UuidV7.at(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void a_time_beyond_48_bits_is_refused() {
        assertThatThrownBy(() -> UuidV7.at(MAX_MILLIS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
