package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Negative;

class UuidV7Properties {

    private static final long MAX_MILLIS = (1L << 48) - 1;

    @Property
    void every_timestamp_in_range_gives_version_7_and_variant_2(
            @ForAll @LongRange(min = 0, max = MAX_MILLIS) long millis) {
        UUID id = UuidV7.at(millis);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Property
    void the_timestamp_comes_back_out_unchanged(@ForAll @LongRange(min = 0, max = MAX_MILLIS) long millis) {
        assertThat(UuidV7.timestampMillis(UuidV7.at(millis))).isEqualTo(millis);
    }

    /**
     * Ordered as a database orders uuids: the 128 bits as one unsigned number. (Java's
     * {@link UUID#compareTo} compares signed halves and so disagrees from the year 6429 on.)
     */
    @Property
    void a_later_millisecond_always_sorts_after_an_earlier_one(
            @ForAll @LongRange(min = 0, max = MAX_MILLIS) long earlier,
            @ForAll @LongRange(min = 0, max = MAX_MILLIS) long later) {
        Assume.that(earlier < later);

        assertThat(unsignedCompare(UuidV7.at(earlier), UuidV7.at(later))).isNegative();
    }

    @Property
    void a_later_millisecond_sorts_after_an_earlier_one_with_java_ordering_in_this_era(
            @ForAll @LongRange(min = 0, max = (1L << 47) - 1) long earlier,
            @ForAll @LongRange(min = 0, max = (1L << 47) - 1) long later) {
        Assume.that(earlier < later);

        assertThat(UuidV7.at(earlier)).isLessThan(UuidV7.at(later));
    }

    @Property
    void a_negative_timestamp_is_refused(@ForAll @Negative long millis) {
        assertThatThrownBy(() -> UuidV7.at(millis)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void a_timestamp_beyond_48_bits_is_refused(@ForAll @LongRange(min = MAX_MILLIS + 1, max = Long.MAX_VALUE) long millis) {
        assertThatThrownBy(() -> UuidV7.at(millis)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
