package dev.bastion.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/** The loop that blanks control characters does what the regular expression it replaced did. */
class TextProperties {

    @Property
    void controlsBecomeSpacesExactlyAsTheRegularExpressionDid(
            @ForAll @Chars({'\u0000', '\u001f', '\u007f', '\u0080', '\t', '\n', 'a'}) @CharRange(from = ' ', to = '\u00ff')
            String value) {
        assertThat(Text.withoutControls(value)).isEqualTo(value.replaceAll("\\p{Cntrl}", " "));
    }

    @Property
    void aValueWithoutControlsIsReturnedItself(@ForAll @CharRange(from = ' ', to = '~') String value) {
        assertThat(Text.withoutControls(value)).isSameAs(value);
    }
}
