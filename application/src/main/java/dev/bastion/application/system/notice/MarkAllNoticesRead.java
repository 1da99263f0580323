package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;

/** Marks every notice visible to the reader now read. */
public interface MarkAllNoticesRead {

    void markAllRead(UserId reader);
}
