package dev.bastion.domain.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** An item value is any printable text of 1 to 100 characters, stripped; anything else names {@code value}. */
class DictItemDetailsProperties {

    private static DictItemDetails withValue(String value) {
        return new DictItemDetails("Label", value, 0, DictStatus.ENABLED, null, false, null);
    }

    @Property(tries = 1000)
    void a_value_is_accepted_exactly_when_printable_and_at_most_100_characters(
            @ForAll @StringLength(max = 120) String text) {
        String stripped = text.strip();
        boolean acceptable = !stripped.isEmpty() && stripped.codePointCount(0, stripped.length()) <= 100
                && stripped.codePoints().noneMatch(PrintableText::isUnprintable);
        if (acceptable) {
            assertThat(withValue(text).value()).isEqualTo(stripped);
        } else {
            assertThatThrownBy(() -> withValue(text))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("value"));
        }
    }

    @Property(tries = 200)
    void a_tag_is_read_exactly_in_its_lower_case_spelling(@ForAll String text) {
        boolean known = java.util.Arrays.stream(DictTag.values()).anyMatch(tag -> tag.value().equals(text));
        if (known) {
            assertThat(DictTag.parse("tag", text).value()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> DictTag.parse("tag", text))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("tag");
                        assertThat(e.getMessage()).contains(DictTag.ALLOWED);
                    });
        }
    }
}
