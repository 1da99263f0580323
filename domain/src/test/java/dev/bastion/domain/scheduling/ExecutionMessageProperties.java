package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.shared.PrintableText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Over any text, including control characters, lone surrogates and pairs. */
class ExecutionMessageProperties {

    @Property(tries = 2_000)
    void a_cleaned_message_is_printable_and_at_most_its_length(@ForAll String text,
                                                               @ForAll @IntRange(min = 1, max = 30) int maxLength) {
        String clean = ExecutionMessage.clean(text, maxLength);
        assertThat(clean.codePointCount(0, clean.length())).isLessThanOrEqualTo(maxLength);
        assertThat(clean.codePoints()).noneMatch(PrintableText::isUnprintable);
    }

    @Property(tries = 2_000)
    void printable_text_within_the_length_is_kept_as_it_is(@ForAll String text) {
        int length = text.codePointCount(0, text.length());
        if (text.codePoints().noneMatch(PrintableText::isUnprintable)) {
            assertThat(ExecutionMessage.clean(text, Math.max(length, 1))).isEqualTo(text);
        }
    }

    @Property(tries = 2_000)
    void cleaning_twice_is_cleaning_once(@ForAll String text, @ForAll @IntRange(min = 1, max = 30) int maxLength) {
        String once = ExecutionMessage.clean(text, maxLength);
        assertThat(ExecutionMessage.clean(once, maxLength)).isEqualTo(once);
    }

    @Test
    void no_message_stays_none_and_a_length_of_one_has_no_room_for_the_mark() {
        assertThat(ExecutionMessage.clean(null, 10)).isNull();
        assertThat(ExecutionMessage.clean("abc", 1)).isEqualTo("a");
        assertThat(ExecutionMessage.clean("abc", 2)).isEqualTo("a…");
        assertThat(ExecutionMessage.clean("", 2)).isEmpty();
    }
}
