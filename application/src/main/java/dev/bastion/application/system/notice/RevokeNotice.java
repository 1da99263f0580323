package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeId;

/** Withdraws a PUBLISHED notice ({@code CONFLICT} in any other state) whose audience is within the actor's reach. */
public interface RevokeNotice {

    NoticeView revoke(UserId actor, NoticeId id);
}
