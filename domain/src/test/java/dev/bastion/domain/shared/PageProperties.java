package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Positive;

class PageProperties {

    /** Totals a count query can return and that still fit int pages at size 1. */
    private static final long MAX_TOTAL = Integer.MAX_VALUE;

    @Property
    void total_pages_is_the_total_divided_by_the_size_rounded_up(@ForAll @LongRange(min = 0, max = MAX_TOTAL) long total,
                                                                 @ForAll @IntRange(min = 1, max = 100) int size) {
        Page<String> page = Page.of(List.of(), total, PageRequest.first(size));

        assertThat(page.totalPages()).isEqualTo((int) Math.ceil((double) total / size));
    }

    @Property
    void the_pages_hold_every_row_and_the_last_page_is_not_empty(@ForAll @LongRange(min = 0, max = MAX_TOTAL) long total,
                                                                 @ForAll @IntRange(min = 1, max = 100) int size) {
        long pages = Page.of(List.of(), total, PageRequest.first(size)).totalPages();

        assertThat(pages * size).isGreaterThanOrEqualTo(total);
        assertThat((pages - 1) * size).isLessThan(Math.max(total, 1));
    }

    @Property
    void total_pages_is_exact_wherever_the_page_count_fits_an_int(@ForAll @IntRange(min = 1, max = 100) int size,
                                                                  @ForAll @LongRange(min = 0, max = MAX_TOTAL) long pagesWanted,
                                                                  @ForAll @IntRange(min = 0, max = 99) int extraRows) {
        long total = Math.max(0, pagesWanted * size - Math.min(extraRows, size - 1));

        assertThat((long) Page.of(List.of(), total, PageRequest.first(size)).totalPages()).isEqualTo(pagesWanted);
    }

    @Property
    void map_keeps_the_paging_and_the_number_of_items(@ForAll List<String> items, @ForAll @Positive int pageNumber,
                                                      @ForAll @IntRange(min = 1, max = 100) int size,
                                                      @ForAll @LongRange(min = 0, max = MAX_TOTAL) long total) {
        Page<String> page = Page.of(items, total, new PageRequest(pageNumber, size));

        Page<Integer> mapped = page.map(String::length);

        assertThat(mapped.items()).hasSameSizeAs(items);
        assertThat(mapped.total()).isEqualTo(total);
        assertThat(mapped.page()).isEqualTo(pageNumber);
        assertThat(mapped.size()).isEqualTo(size);
    }
}
