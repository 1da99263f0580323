package dev.bastion.domain.system.notice;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import java.time.Instant;
import java.util.Objects;

/**
 * What a notice says and to whom: title (≤ {@value #MAX_TITLE} printable characters), sanitised
 * content, type, level, audience, and optionally when it is shown ({@code publishAt}: a future
 * one schedules it) and until when ({@code expiresAt}, after {@code publishAt}).
 */
public record NoticeDetails(String title, NoticeContent content, NoticeType type, NoticeLevel level,
                            NoticeAudience audience, Instant publishAt, Instant expiresAt) {

    public static final int MAX_TITLE = 100;

    public NoticeDetails {
        title = PrintableText.required("title", title, MAX_TITLE);
        Objects.requireNonNull(content, "content");
        if (type == null) {
            throw new InvalidValueException("type", "must be one of ANNOUNCEMENT | NOTIFICATION");
        }
        level = level == null ? NoticeLevel.INFO : level;
        Objects.requireNonNull(audience, "audience");
        if (publishAt != null && expiresAt != null && !expiresAt.isAfter(publishAt)) {
            throw new InvalidValueException("expiresAt", "must be after publishAt");
        }
    }
}
