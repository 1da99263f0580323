package dev.bastion.application.system.notice;

import static dev.bastion.application.system.notice.NoticeWorld.depts;
import static dev.bastion.application.system.notice.NoticeWorld.users;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.system.notice.live.LiveNoticesService;
import dev.bastion.application.system.notice.live.WatchNotices.Watch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticePublished;
import dev.bastion.domain.system.notice.NoticeType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live push on one instance: the event of a publication reaches the connected readers in the
 * audience with their view of it, nobody else, and a scheduled notice only when its time comes.
 * (Deliveries run on a real timer thread, so the test waits for them, at most a few seconds.)
 */
class LiveNoticesServiceTest {

    private static final long WAIT_MS = 5_000;

    private final NoticeWorld w = new NoticeWorld();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final LiveNoticesService live = new LiveNoticesService(w.inbox, w.inbox, w.clock, timer);
    private final UserId engineer = w.member("engineer", w.backend);
    private final UserId seller = w.member("seller", w.sales);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private NoticeId publish(NoticeAudience audience, Instant publishAt) {
        NoticeView draft = w.service.create(w.admin, new CreateNotice.Command("Maintenance", "<p>Tonight</p>",
                NoticeType.ANNOUNCEMENT, null, audience, publishAt, null));
        w.service.publish(w.admin, draft.id());
        live.on(new NoticePublished(draft.id())); // as the event bus hands it to every instance
        return draft.id();
    }

    /** Waits until the timer ran everything queued so far. */
    private void settle() throws Exception {
        timer.submit(() -> { }).get(WAIT_MS, TimeUnit.MILLISECONDS);
    }

    @Test
    void a_publication_reaches_the_watching_readers_in_its_audience_and_nobody_else() throws Exception {
        BlockingQueue<MyNoticeView> toEngineer = new LinkedBlockingQueue<>();
        BlockingQueue<MyNoticeView> toSeller = new LinkedBlockingQueue<>();
        live.watch(engineer, toEngineer::add);
        live.watch(seller, toSeller::add);

        NoticeId id = publish(depts(w.eng), null);

        MyNoticeView heard = toEngineer.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        assertThat(heard).isNotNull();
        assertThat(heard.id()).isEqualTo(id);
        assertThat(heard.title()).isEqualTo("Maintenance");
        assertThat(heard.read()).isFalse();
        settle();
        assertThat(toSeller).as("outside the audience").isEmpty();
        assertThat(toEngineer).as("once").isEmpty();
    }

    @Test
    void every_watch_of_a_reader_hears_it_and_a_closed_one_no_more() throws Exception {
        BlockingQueue<MyNoticeView> firstTab = new LinkedBlockingQueue<>();
        BlockingQueue<MyNoticeView> secondTab = new LinkedBlockingQueue<>();
        Watch first = live.watch(engineer, firstTab::add);
        live.watch(engineer, secondTab::add);

        publish(users(engineer), null);
        settle();
        assertThat(firstTab).hasSize(1);
        assertThat(secondTab).hasSize(1);

        first.close();
        first.close();
        publish(users(engineer), null);
        settle();

        assertThat(firstTab).hasSize(1);
        assertThat(secondTab).hasSize(2);
        assertThat(live.watchingReaders()).isEqualTo(1);
    }

    @Test
    void a_scheduled_notice_is_pushed_when_its_time_comes_not_before() throws Exception {
        BlockingQueue<MyNoticeView> toEngineer = new LinkedBlockingQueue<>();
        live.watch(engineer, toEngineer::add);
        Instant publishAt = w.clock.now().plusMillis(300);

        NoticeId id = publish(users(engineer), publishAt);
        settle();
        assertThat(toEngineer.poll(600, TimeUnit.MILLISECONDS)).as("the clock has not reached it").isNull();
        w.clock.advanceBy(Duration.ofMillis(300));

        MyNoticeView heard = toEngineer.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        assertThat(heard).isNotNull();
        assertThat(heard.id()).isEqualTo(id);
        assertThat(heard.publishedAt()).isEqualTo(publishAt);
    }

    @Test
    void a_notice_coming_due_while_its_readers_are_worked_out_is_still_pushed_to_them() throws Exception {
        Instant publishAt = w.clock.now().plusMillis(50);
        // the readers are worked out just before the notice is due, and it is due by the time they come back
        FindNoticeReaders slowReaders = (id, candidates) -> {
            var found = w.inbox.visibleAmong(id, candidates);
            if (w.clock.now().isBefore(publishAt)) {
                w.clock.advanceBy(Duration.between(w.clock.now(), publishAt));
            }
            return found;
        };
        LiveNoticesService racing = new LiveNoticesService(slowReaders, w.inbox, w.clock, timer);
        BlockingQueue<MyNoticeView> toEngineer = new LinkedBlockingQueue<>();
        racing.watch(engineer, toEngineer::add);

        NoticeView draft = w.service.create(w.admin, new CreateNotice.Command("Maintenance", "<p>Tonight</p>",
                NoticeType.ANNOUNCEMENT, null, users(engineer), publishAt, null));
        w.service.publish(w.admin, draft.id());
        racing.on(new NoticePublished(draft.id()));

        MyNoticeView heard = toEngineer.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        assertThat(heard).as("pushed once it was visible to its reader, not to nobody").isNotNull();
        assertThat(heard.id()).isEqualTo(draft.id());
    }

    @Test
    void a_scheduled_notice_revoked_before_its_time_reaches_nobody() throws Exception {
        BlockingQueue<MyNoticeView> toEngineer = new LinkedBlockingQueue<>();
        live.watch(engineer, toEngineer::add);
        NoticeId id = publish(users(engineer), w.clock.now().plusMillis(200));
        settle();

        w.service.revoke(w.admin, id);
        w.clock.advanceBy(Duration.ofMillis(200));

        assertThat(toEngineer.poll(1_000, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void after_a_start_the_notices_scheduled_before_it_are_pushed_in_their_time() throws Exception {
        NoticeView draft = w.service.create(w.admin, new CreateNotice.Command("Later", "<p>Soon</p>",
                NoticeType.NOTIFICATION, null, users(engineer), w.clock.now().plusMillis(200), null));
        w.service.publish(w.admin, draft.id()); // before this instance listened
        BlockingQueue<MyNoticeView> toEngineer = new LinkedBlockingQueue<>();
        live.watch(engineer, toEngineer::add);

        live.rescheduleAfterStart();
        w.clock.advanceBy(Duration.ofMillis(200));

        MyNoticeView heard = toEngineer.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        assertThat(heard).isNotNull();
        assertThat(heard.id()).isEqualTo(draft.id());
    }

    @Test
    void other_events_are_not_its_business() throws Exception {
        BlockingQueue<MyNoticeView> toEngineer = new LinkedBlockingQueue<>();
        live.watch(engineer, toEngineer::add);

        live.on(new dev.bastion.domain.system.notice.NoticeCreated(NoticeId.newId()));
        live.on(new NoticePublished(NoticeId.newId())); // gone since: nothing to push
        settle();

        assertThat(toEngineer).isEmpty();
    }
}
