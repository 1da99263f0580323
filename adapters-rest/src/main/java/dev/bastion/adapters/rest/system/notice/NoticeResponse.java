package dev.bastion.adapters.rest.system.notice;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeStatus;
import dev.bastion.domain.system.notice.NoticeType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A notice as its administrators read it: the fields of its body (the content as stored, sanitised)
 * plus status, author ({@code createdBy}), publication time, id, version and times.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NoticeResponse(String id, String title, String content, NoticeType type, NoticeLevel level,
                             AudienceBody audience, @Nullable Instant publishAt, @Nullable Instant expiresAt,
                             NoticeStatus status, String createdBy, @Nullable Instant publishedAt, long version,
                             Instant createdAt, Instant updatedAt) {
}
