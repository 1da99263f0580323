package dev.bastion.application.system.notice;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.system.notice.DeliveredNotice;
import dev.bastion.domain.system.notice.Notice;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notices as their readers have them: what each signed-in user sees now, their read receipts, and
 * (for a push service) who of some users sees a notice now and which notices are still to come.
 * Visibility is judged by the store in one query each ({@link NoticeRepository}); a notice not
 * visible to a reader does not exist for them.
 */
public final class NoticeInboxService implements ListMyNotices, CountUnreadNotices, MarkNoticeRead,
        MarkAllNoticesRead, FindNoticeReaders, ListScheduledNotices {

    private final NoticeRepository notices;
    private final Clock clock;

    public NoticeInboxService(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Page<MyNoticeView> list(UserId reader, boolean unreadOnly, PageRequest page) {
        return notices.delivered(reader, unreadOnly, clock.now(), page).map(MyNoticeView::of);
    }

    @Override
    public long unreadCount(UserId reader) {
        return notices.unreadCount(reader, clock.now());
    }

    @Override
    public void markRead(UserId reader, NoticeId id) {
        if (!notices.markRead(id, reader, clock.now())) {
            throw new NotFoundException("notice " + id);
        }
    }

    @Override
    public void markAllRead(UserId reader) {
        notices.markAllRead(reader, clock.now());
    }

    @Override
    public Optional<NoticeReaders> visibleAmong(NoticeId id, Collection<UserId> candidates) {
        Optional<Notice> notice = notices.findById(id);
        if (notice.isEmpty()) {
            return Optional.empty();
        }
        Map<UserId, MyNoticeView> readers = new LinkedHashMap<>();
        if (!candidates.isEmpty()) {
            Map<UserId, DeliveredNotice> delivered = notices.deliveredAmong(id, candidates, clock.now());
            delivered.forEach((user, it) -> readers.put(user, MyNoticeView.of(it)));
        }
        return Optional.of(new NoticeReaders(id, notice.get().visibleFrom().orElse(null), readers));
    }

    @Override
    public List<Scheduled> scheduled() {
        return notices.scheduledAfter(clock.now()).stream()
                .map(n -> new Scheduled(n.id(), n.details().publishAt())).toList();
    }
}
