package dev.bastion.application.system.notice.live;

import dev.bastion.application.shared.events.DomainEventListener;
import dev.bastion.application.system.notice.FindNoticeReaders;
import dev.bastion.application.system.notice.ListScheduledNotices;
import dev.bastion.application.system.notice.MyNoticeView;
import dev.bastion.application.system.notice.NoticeReaders;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticePublished;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link WatchNotices} for the readers connected to this instance. Every instance hears every
 * {@link NoticePublished} (the event bus), asks once which of its own watchers the notice reaches
 * ({@link FindNoticeReaders}: one query whatever their number) and hands each their view. A notice
 * scheduled for later is pushed when its publishAt comes, by a timer on each instance; the timers
 * of notices published before this instance started are set again by {@link #rescheduleAfterStart()}.
 * Whether a reader may see it is judged again at that moment, so a notice revoked in between
 * reaches nobody.
 *
 * <p>Deliveries run on {@code timer}, never on the thread that hands out events (a query must not
 * hold up the other listeners); one that fails (the database away) is tried again every
 * {@link #RETRY} up to {@link #ATTEMPTS} times, and its failure is thrown for the timer to report.
 * A push is a courtesy: the notice is in the reader's list whether or not it arrived live.
 */
public final class LiveNoticesService implements WatchNotices, DomainEventListener {

    static final Duration RETRY = Duration.ofSeconds(5);
    static final int ATTEMPTS = 12;

    private final FindNoticeReaders readers;
    private final ListScheduledNotices scheduled;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Map<UserId, List<Consumer<MyNoticeView>>> watchers = new ConcurrentHashMap<>();

    public LiveNoticesService(FindNoticeReaders readers, ListScheduledNotices scheduled, Clock clock,
                              ScheduledExecutorService timer) {
        this.readers = Objects.requireNonNull(readers, "readers");
        this.scheduled = Objects.requireNonNull(scheduled, "scheduled");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    @Override
    public Watch watch(UserId reader, Consumer<MyNoticeView> onNotice) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(onNotice, "onNotice");
        watchers.computeIfAbsent(reader, user -> new CopyOnWriteArrayList<>()).add(onNotice);
        return new Watch(() -> watchers.computeIfPresent(reader, (user, list) -> {
            list.remove(onNotice);
            return list.isEmpty() ? null : list;
        }));
    }

    /** How many readers watch on this instance (for the operator's view and tests). */
    public int watchingReaders() {
        return watchers.size();
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof NoticePublished published) {
            timer.execute(() -> deliver(published.notice(), 1));
        }
    }

    /** Sets the timers of the notices that were published for later before this instance started. */
    public void rescheduleAfterStart() {
        for (ListScheduledNotices.Scheduled notice : scheduled.scheduled()) {
            scheduleAt(notice.id(), notice.publishAt());
        }
    }

    private void deliver(NoticeId id, int attempt) {
        try {
            deliver(id);
        } catch (RuntimeException failure) {
            if (attempt < ATTEMPTS) {
                timer.schedule(() -> deliver(id, attempt + 1), RETRY.toMillis(), TimeUnit.MILLISECONDS);
            }
            throw failure;
        }
    }

    private void deliver(NoticeId id) {
        // Read before the readers are: they are worked out at a later instant, so a notice visible
        // now was visible to them too. Read after, a notice coming due in between would count as
        // due while its readers were worked out before it was visible (none): pushed to nobody.
        Instant now = clock.now();
        Set<UserId> watching = Set.copyOf(watchers.keySet());
        NoticeReaders found = readers.visibleAmong(id, watching).orElse(null);
        if (found == null || found.visibleFrom() == null) {
            return; // deleted, or not published after all
        }
        if (found.visibleFrom().isAfter(now)) {
            scheduleAt(id, found.visibleFrom());
            return;
        }
        found.readers().forEach((reader, view) ->
                watchers.getOrDefault(reader, List.of()).forEach(onNotice -> onNotice.accept(view)));
    }

    private void scheduleAt(NoticeId id, Instant at) {
        long delay = Math.max(0, Duration.between(clock.now(), at).toMillis());
        timer.schedule(() -> deliver(id, 1), delay, TimeUnit.MILLISECONDS);
    }
}
