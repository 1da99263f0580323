package dev.bastion.application.system.notice;

import dev.bastion.domain.system.notice.DeliveredNotice;
import dev.bastion.domain.system.notice.Notice;
import dev.bastion.domain.system.notice.NoticeDetails;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeType;
import java.time.Instant;

/**
 * A notice as one of its readers has it: what it says, since when it is shown ({@code publishedAt}:
 * its publishAt, else when it was published), until when, and whether they read it. Nothing
 * about its audience or author.
 */
public record MyNoticeView(NoticeId id, String title, String content, NoticeType type, NoticeLevel level,
                           Instant publishedAt, Instant expiresAt, boolean read, Instant readAt) {

    public static MyNoticeView of(DeliveredNotice delivered) {
        Notice notice = Notice.reconstitute(delivered.notice());
        NoticeDetails d = notice.details();
        return new MyNoticeView(notice.id(), d.title(), d.content().html(), d.type(), d.level(),
                notice.visibleFrom().orElse(null), d.expiresAt(), delivered.read(), delivered.readAt());
    }
}
