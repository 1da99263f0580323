package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void the_first_page_starts_at_offset_0() {
        assertThat(new PageRequest(1, 20).offset()).isZero();
    }

    @Test
    void the_third_page_of_20_skips_40_rows() {
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
    }

    @Test
    void the_last_int_page_of_100_gives_an_offset_beyond_int_range() {
        assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100);
    }

    @Test
    void first_is_page_1_of_the_given_size() {
        assertThat(PageRequest.first(50)).isEqualTo(new PageRequest(1, 50));
    }

    @Test
    void the_default_size_is_20_and_the_largest_100() {
        assertThat(PageRequest.DEFAULT_SIZE).isEqualTo(20);
        assertThat(PageRequest.MAX_SIZE).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void sizes_1_and_100_are_allowed(int size) {
        assertThat(new PageRequest(1, size).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void a_page_below_1_is_refused_naming_page(int page) {
        assertRefusedNaming("page", page, 20);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void a_size_outside_1_to_100_is_refused_naming_size(int size) {
        assertRefusedNaming("size", 1, size);
    }

    @Test
    void both_wrong_names_the_page_first() {
        assertRefusedNaming("page", 0, 0);
    }

    private static void assertRefusedNaming(String field, int page, int size) {
        assertThatThrownBy(() -> new PageRequest(page, size)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        });
    }
}
