package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeId;

/**
 * Marks a notice read by the reader (again: nothing changes). A notice not visible to them now
 * (outside their audience, scheduled, expired, revoked, a draft) is {@code NOT_FOUND}.
 */
public interface MarkNoticeRead {

    void markRead(UserId reader, NoticeId id);
}
