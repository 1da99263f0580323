package dev.bastion.domain.system.notice;

import dev.bastion.domain.shared.InvalidValueException;

/**
 * A notice's body: HTML that went through the {@link HtmlSanitizer}, so it is never stored or
 * served as a client sent it. At most {@value #MAX_LENGTH} characters and not blank once
 * sanitised (a body that was nothing but a script is refused rather than stored empty).
 */
public record NoticeContent(String html) {

    public static final int MAX_LENGTH = 20_000;
    private static final String FIELD = "content";

    public NoticeContent {
        if (html == null || html.isBlank()) {
            throw new InvalidValueException(FIELD, "must not be blank (once unsafe HTML is removed)");
        }
        if (html.codePointCount(0, html.length()) > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must be at most " + MAX_LENGTH
                    + " characters (once unsafe HTML is removed)");
        }
    }

    /** {@code raw} from a client, sanitised; refused when nothing (or too much) is left. */
    public static NoticeContent sanitized(String raw, HtmlSanitizer sanitizer) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FIELD, "must not be blank");
        }
        return new NoticeContent(sanitizer.sanitize(raw).strip());
    }
}
