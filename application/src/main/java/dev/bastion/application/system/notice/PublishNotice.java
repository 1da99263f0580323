package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeId;

/**
 * Publishes a DRAFT ({@code CONFLICT} in any other state, or when it has expired) whose audience
 * is within the actor's reach; its readers see it from its publishAt on (at once without one).
 */
public interface PublishNotice {

    NoticeView publish(UserId actor, NoticeId id);
}
