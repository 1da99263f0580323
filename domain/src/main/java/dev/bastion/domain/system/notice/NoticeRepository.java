package dev.bastion.domain.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notices that exist (deleted ones are invisible), for their authors, and as their readers
 * have them. A notice is <em>visible</em> to a reader at a moment when it is PUBLISHED, its
 * publishAt (if any) has come, its expiresAt (if any) has not, and its {@link NoticeAudience}
 * reaches the reader as roles are held and the department tree stands at that moment. Each reader
 * query is answered by the store in one go, paged where it lists.
 */
public interface NoticeRepository {

    Optional<Notice> findById(NoticeId id);

    /** A page of the notices matching {@code query}, newest first. */
    Page<Notice> find(NoticeQuery query, PageRequest page);

    /** Stores a new notice (version 0). */
    void add(Notice notice);

    /** Stores a notice read earlier; a stale version is a {@code VersionConflictException}. */
    Notice update(Notice notice);

    /** A page of the notices visible to {@code reader} at {@code now} (only unread ones when asked), newest first. */
    Page<DeliveredNotice> delivered(UserId reader, boolean unreadOnly, Instant now, PageRequest page);

    /** How many notices visible to {@code reader} at {@code now} they have not read. */
    long unreadCount(UserId reader, Instant now);

    /** The notice, if it is visible to {@code reader} at {@code now}. */
    Optional<DeliveredNotice> deliveredTo(NoticeId id, UserId reader, Instant now);

    /**
     * Of {@code readers}, those to whom the notice is visible at {@code now}, each with it as
     * they have it (live users only).
     */
    Map<UserId, DeliveredNotice> deliveredAmong(NoticeId id, Collection<UserId> readers, Instant now);

    /** Marks the notice read by {@code reader} at {@code now} if it is visible to them then (again: no change); whether it is. */
    boolean markRead(NoticeId id, UserId reader, Instant now);

    /** Marks every notice visible to {@code reader} at {@code now} read; how many were unread. */
    int markAllRead(UserId reader, Instant now);

    /** The published notices whose publishAt is after {@code now} (not yet visible), soonest first. */
    List<Notice> scheduledAfter(Instant now);
}
