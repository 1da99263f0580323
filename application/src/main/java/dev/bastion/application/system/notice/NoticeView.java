package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.Notice;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeDetails;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeStatus;
import dev.bastion.domain.system.notice.NoticeType;
import java.time.Instant;

/** A notice as its administrators read it (the content as stored: sanitised). */
public record NoticeView(NoticeId id, String title, String content, NoticeType type, NoticeLevel level,
                         NoticeAudience audience, Instant publishAt, Instant expiresAt, NoticeStatus status,
                         UserId createdBy, Instant publishedAt, long version, Instant createdAt, Instant updatedAt) {

    public static NoticeView of(Notice notice) {
        NoticeDetails d = notice.details();
        return new NoticeView(notice.id(), d.title(), d.content().html(), d.type(), d.level(), d.audience(),
                d.publishAt(), d.expiresAt(), notice.status(), notice.createdBy(), notice.publishedAt().orElse(null),
                notice.version(), notice.createdAt(), notice.updatedAt());
    }
}
