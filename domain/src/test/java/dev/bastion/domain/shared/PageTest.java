package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void a_page_keeps_the_requested_page_and_size() {
        Page<String> page = Page.of(List.of("a", "b"), 42, new PageRequest(3, 2));

        assertThat(page.page()).isEqualTo(3);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(42);
        assertThat(page.items()).containsExactly("a", "b");
    }

    @Test
    void no_rows_make_no_pages() {
        assertThat(Page.of(List.of(), 0, PageRequest.first(20)).totalPages()).isZero();
    }

    @Test
    void one_row_makes_one_page() {
        assertThat(Page.of(List.of("a"), 1, PageRequest.first(20)).totalPages()).isEqualTo(1);
    }

    @Test
    void a_full_last_page_is_not_followed_by_an_empty_one() {
        assertThat(Page.of(List.of(), 40, PageRequest.first(20)).totalPages()).isEqualTo(2);
    }

    @Test
    void one_row_more_than_full_pages_starts_another_page() {
        assertThat(Page.of(List.of(), 41, PageRequest.first(20)).totalPages()).isEqualTo(3);
    }

    @Test
    void a_negative_total_is_refused() {
        assertThatThrownBy(() -> Page.of(List.of(), -1, PageRequest.first(20))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void map_changes_the_items_and_keeps_the_paging() {
        Page<String> page = Page.of(List.of("a", "bb"), 12, new PageRequest(2, 2));

        Page<Integer> lengths = page.map(String::length);

        assertThat(lengths.items()).containsExactly(1, 2);
        assertThat(lengths.total()).isEqualTo(12);
        assertThat(lengths.page()).isEqualTo(2);
        assertThat(lengths.size()).isEqualTo(2);
    }

    @Test
    void the_items_are_not_changed_through_the_list_they_came_from() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = Page.of(items, 1, PageRequest.first(20));

        items.add("b");

        assertThat(page.items()).containsExactly("a");
    }

    @Test
    void the_items_cannot_be_changed_from_outside() {
        Page<String> page = Page.of(List.of("a"), 1, PageRequest.first(20));

        assertThatThrownBy(() -> page.items().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
