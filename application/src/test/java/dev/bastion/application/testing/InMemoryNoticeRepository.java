package dev.bastion.application.testing;

import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.notice.DeliveredNotice;
import dev.bastion.domain.system.notice.Notice;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeQuery;
import dev.bastion.domain.system.notice.NoticeRepository;
import dev.bastion.domain.system.notice.NoticeSnapshot;
import dev.bastion.domain.system.notice.NoticeStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link NoticeRepository} in memory, judging visibility with {@link NoticeAudience#reaches} over
 * the users, departments and role holdings of the same fakes.
 */
public final class InMemoryNoticeRepository implements NoticeRepository {

    private static final Comparator<Notice> NEWEST_FIRST = Comparator.comparing(Notice::createdAt)
            .thenComparing(n -> n.id().value()).reversed();
    private static final Comparator<Notice> SHOWN_NEWEST_FIRST = Comparator
            .comparing((Notice n) -> n.visibleFrom().orElseThrow()).thenComparing(n -> n.id().value()).reversed();

    private final Map<NoticeId, NoticeSnapshot> rows = new LinkedHashMap<>();
    private final Map<NoticeId, Map<UserId, Instant>> receipts = new HashMap<>();
    private final UserRepository users;
    private final DepartmentRepository departments;
    private final RoleHoldings holdings;
    private InMemoryEventOutbox outbox = new InMemoryEventOutbox();

    public InMemoryNoticeRepository(UserRepository users, DepartmentRepository departments, RoleHoldings holdings) {
        this.users = users;
        this.departments = departments;
        this.holdings = holdings;
    }

    public InMemoryNoticeRepository sendingEventsTo(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
        return this;
    }

    @Override
    public synchronized Optional<Notice> findById(NoticeId id) {
        return Optional.ofNullable(rows.get(id)).filter(s -> s.deletedAt() == null).map(Notice::reconstitute);
    }

    @Override
    public synchronized Page<Notice> find(NoticeQuery query, PageRequest page) {
        List<Notice> matching = live().filter(n -> query.type() == null || n.details().type() == query.type())
                .filter(n -> query.status() == null || n.status() == query.status())
                .filter(n -> query.title() == null || n.details().title().toLowerCase(Locale.ROOT)
                        .contains(query.title().toLowerCase(Locale.ROOT)))
                .sorted(NEWEST_FIRST).toList();
        return page(matching, page);
    }

    @Override
    public synchronized void add(Notice notice) {
        if (rows.containsKey(notice.id())) {
            throw new IllegalStateException("notice " + notice.id() + " exists");
        }
        rows.put(notice.id(), notice.snapshot());
        outbox.append(notice.pullEvents());
    }

    @Override
    public synchronized Notice update(Notice notice) {
        NoticeSnapshot stored = rows.get(notice.id());
        if (stored == null || stored.deletedAt() != null || stored.version() != notice.version()) {
            throw new VersionConflictException("notice " + notice.id());
        }
        NoticeSnapshot s = notice.snapshot();
        NoticeSnapshot next = new NoticeSnapshot(s.id(), s.details(), s.status(), s.createdBy(), s.publishedAt(),
                s.version() + 1, s.createdAt(), s.updatedAt(), s.deletedAt());
        rows.put(notice.id(), next);
        outbox.append(notice.pullEvents());
        return Notice.reconstitute(next);
    }

    @Override
    public synchronized Page<DeliveredNotice> delivered(UserId reader, boolean unreadOnly, Instant now,
                                                        PageRequest page) {
        List<DeliveredNotice> visible = visibleTo(reader, now).sorted(SHOWN_NEWEST_FIRST)
                .map(n -> delivered(n, reader)).filter(d -> !unreadOnly || !d.read()).toList();
        return page(visible, page);
    }

    @Override
    public synchronized long unreadCount(UserId reader, Instant now) {
        return visibleTo(reader, now).filter(n -> !delivered(n, reader).read()).count();
    }

    @Override
    public synchronized Optional<DeliveredNotice> deliveredTo(NoticeId id, UserId reader, Instant now) {
        return visibleTo(reader, now).filter(n -> n.id().equals(id)).findFirst().map(n -> delivered(n, reader));
    }

    @Override
    public synchronized Map<UserId, DeliveredNotice> deliveredAmong(NoticeId id, Collection<UserId> readers,
                                                                     Instant now) {
        Map<UserId, DeliveredNotice> found = new LinkedHashMap<>();
        for (UserId reader : readers) {
            deliveredTo(id, reader, now).ifPresent(d -> found.put(reader, d));
        }
        return found;
    }

    @Override
    public synchronized boolean markRead(NoticeId id, UserId reader, Instant now) {
        if (deliveredTo(id, reader, now).isEmpty()) {
            return false;
        }
        receipts.computeIfAbsent(id, key -> new HashMap<>()).putIfAbsent(reader, now);
        return true;
    }

    @Override
    public synchronized int markAllRead(UserId reader, Instant now) {
        List<Notice> unread = visibleTo(reader, now).filter(n -> !delivered(n, reader).read()).toList();
        unread.forEach(n -> receipts.computeIfAbsent(n.id(), key -> new HashMap<>()).put(reader, now));
        return unread.size();
    }

    @Override
    public synchronized List<Notice> scheduledAfter(Instant now) {
        return live().filter(n -> n.publishedAt().isPresent() && n.details().publishAt() != null
                        && n.details().publishAt().isAfter(now))
                .filter(n -> n.status() == NoticeStatus.PUBLISHED)
                .sorted(Comparator.comparing((Notice n) -> n.details().publishAt())
                        .thenComparing(n -> n.id().value()))
                .toList();
    }

    private Stream<Notice> live() {
        return rows.values().stream().filter(s -> s.deletedAt() == null).map(Notice::reconstitute);
    }

    private Stream<Notice> visibleTo(UserId reader, Instant now) {
        Optional<User> user = users.findById(reader);
        if (user.isEmpty()) {
            return Stream.empty();
        }
        NoticeAudience.Reader asReader = new NoticeAudience.Reader(reader, holdings.rolesOf(reader),
                departments.lineage(user.get().deptId()));
        return live().filter(n -> n.isVisibleAt(now) && n.details().audience().reaches(asReader));
    }

    private DeliveredNotice delivered(Notice notice, UserId reader) {
        return new DeliveredNotice(notice.snapshot(), receipts.getOrDefault(notice.id(), Map.of()).get(reader));
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return Page.of(all.subList(from, to), all.size(), page);
    }
}
