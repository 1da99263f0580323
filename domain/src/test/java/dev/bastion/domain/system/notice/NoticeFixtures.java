package dev.bastion.domain.system.notice;

import dev.bastion.domain.identity.UserId;
import java.time.Instant;

/** Notices for the domain tests. */
final class NoticeFixtures {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final UserId AUTHOR = UserId.newId();

    private NoticeFixtures() {
    }

    static NoticeDetails details(String title) {
        return new NoticeDetails(title, new NoticeContent("<p>Hello</p>"), NoticeType.ANNOUNCEMENT, NoticeLevel.INFO,
                NoticeAudience.everyone(), null, null);
    }

    /** A notice brought to {@code status} the legal way. */
    static Notice in(NoticeStatus status) {
        Notice notice = Notice.draft(NoticeId.newId(), details("Maintenance"), AUTHOR, NOW);
        if (status != NoticeStatus.DRAFT) {
            notice.publish(NOW);
        }
        if (status == NoticeStatus.REVOKED) {
            notice.revoke(NOW);
        }
        notice.pullEvents();
        return notice;
    }
}
