package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;

/** How many notices visible to the reader now they have not read. */
public interface CountUnreadNotices {

    long unreadCount(UserId reader);
}
