package dev.bastion.domain.system.notice;

import dev.bastion.domain.identity.UserId;
import java.time.Instant;

/** A notice's whole state, to store it and rebuild it ({@link Notice#reconstitute}). */
public record NoticeSnapshot(NoticeId id, NoticeDetails details, NoticeStatus status, UserId createdBy,
                             Instant publishedAt, long version, Instant createdAt, Instant updatedAt,
                             Instant deletedAt) {
}
