package dev.bastion.domain.system.notice;

import java.time.Instant;
import java.util.Objects;

/** A notice as one reader has it: the notice, and when they marked it read (null: unread). */
public record DeliveredNotice(NoticeSnapshot notice, Instant readAt) {

    public DeliveredNotice {
        Objects.requireNonNull(notice, "notice");
    }

    public boolean read() {
        return readAt != null;
    }
}
