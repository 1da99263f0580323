package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.system.notice.NoticeQuery;

/** The notices matching the filters, newest first, for their administrators. */
public interface ListNotices {

    Page<NoticeView> list(UserId actor, NoticeQuery query, PageRequest page);
}
