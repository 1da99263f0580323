package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeId;

/** Deletes a DRAFT ({@code CONFLICT} in any other state) whose audience is within the actor's reach. */
public interface DeleteNotice {

    void delete(UserId actor, NoticeId id);
}
