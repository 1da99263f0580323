package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Positive;

class PageRequestProperties {

    @Property
    void the_offset_is_the_rows_of_the_earlier_pages_without_overflow(@ForAll @Positive int page,
                                                                     @ForAll @IntRange(min = 1, max = 100) int size) {
        BigInteger exact = BigInteger.valueOf(page - 1L).multiply(BigInteger.valueOf(size));

        assertThat(new PageRequest(page, size).offset()).isEqualTo(exact.longValueExact());
    }

    @Property
    void the_offset_is_never_negative(@ForAll @Positive int page, @ForAll @IntRange(min = 1, max = 100) int size) {
        assertThat(new PageRequest(page, size).offset()).isNotNegative();
    }

    @Property
    void the_next_page_starts_where_this_one_ends(@ForAll @IntRange(min = 1, max = Integer.MAX_VALUE - 1) int page,
                                                   @ForAll @IntRange(min = 1, max = 100) int size) {
        assertThat(new PageRequest(page + 1, size).offset()).isEqualTo(new PageRequest(page, size).offset() + size);
    }

    @Property
    void a_page_below_1_is_refused_naming_page(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int page,
                                               @ForAll int size) {
        assertThatThrownBy(() -> new PageRequest(page, size))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    @Property
    void a_size_outside_1_to_100_is_refused_naming_size(@ForAll @Positive int page, @ForAll int size) {
        if (size >= 1 && size <= 100) {
            assertThat(new PageRequest(page, size).size()).isEqualTo(size);
        } else {
            assertThatThrownBy(() -> new PageRequest(page, size))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("size"));
        }
    }
}
