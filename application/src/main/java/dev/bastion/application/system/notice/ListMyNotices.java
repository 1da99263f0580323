package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

/** The notices visible to the reader now (only the unread ones when asked), newest first. */
public interface ListMyNotices {

    Page<MyNoticeView> list(UserId reader, boolean unreadOnly, PageRequest page);
}
