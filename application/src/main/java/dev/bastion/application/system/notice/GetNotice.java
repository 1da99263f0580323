package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeId;

/** One notice, in any state ({@code NOT_FOUND} when there is none). */
public interface GetNotice {

    NoticeView get(UserId actor, NoticeId id);
}
