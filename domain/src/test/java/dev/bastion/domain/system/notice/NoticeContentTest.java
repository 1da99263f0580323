package dev.bastion.domain.system.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class NoticeContentTest {

    /** Stands in for the real sanitizer: drops every script element. */
    private static final HtmlSanitizer NO_SCRIPTS = html -> html.replaceAll("(?s)<script>.*?</script>", "");

    @Test
    void content_is_what_the_sanitizer_keeps() {
        assertThat(NoticeContent.sanitized("<p>Hi</p><script>alert(1)</script>", NO_SCRIPTS).html())
                .isEqualTo("<p>Hi</p>");
    }

    @Test
    void content_that_is_nothing_once_sanitised_is_refused_naming_content() {
        assertThatThrownBy(() -> NoticeContent.sanitized("<script>alert(1)</script>", NO_SCRIPTS))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("content");
        assertThatThrownBy(() -> NoticeContent.sanitized("  ", NO_SCRIPTS))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("content");
    }

    @Test
    void content_is_at_most_twenty_thousand_characters_once_sanitised() {
        String longest = "x".repeat(NoticeContent.MAX_LENGTH);
        assertThat(NoticeContent.sanitized(longest + "<script>1</script>", NO_SCRIPTS).html()).hasSize(20_000);
        assertThatThrownBy(() -> NoticeContent.sanitized(longest + "y", NO_SCRIPTS))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("content");
    }
}
