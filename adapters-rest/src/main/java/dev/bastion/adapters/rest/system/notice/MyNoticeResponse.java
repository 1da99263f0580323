package dev.bastion.adapters.rest.system.notice;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A notice as the caller has it: what it says, since when it is shown ({@code publishedAt}), until
 * when, and whether (and when) they read it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MyNoticeResponse(String id, String title, String content, NoticeType type, NoticeLevel level,
                               Instant publishedAt, @Nullable Instant expiresAt, boolean read,
                               @Nullable Instant readAt) {
}
