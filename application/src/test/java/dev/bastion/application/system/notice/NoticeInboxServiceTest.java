package dev.bastion.application.system.notice;

import static dev.bastion.application.system.notice.NoticeWorld.depts;
import static dev.bastion.application.system.notice.NoticeWorld.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeInboxServiceTest {

    private final NoticeWorld w = new NoticeWorld();
    private final UserId engineer = w.member("engineer", w.backend);
    private final UserId seller = w.member("seller", w.sales);

    private NoticeView published(NoticeAudience audience, Instant publishAt) {
        NoticeView draft = w.service.create(w.admin, new CreateNotice.Command("Maintenance", "<p>Tonight</p>",
                NoticeType.ANNOUNCEMENT, null, audience, publishAt, null));
        return w.service.publish(w.admin, draft.id());
    }

    @Test
    void a_reader_sees_what_is_addressed_to_them_with_its_read_mark() {
        NoticeView eng = published(depts(w.eng), null);
        published(depts(w.sales), null);
        List<MyNoticeView> mine = w.inbox.list(engineer, false, new PageRequest(1, 20)).items();
        assertThat(mine).extracting(MyNoticeView::id).containsExactly(eng.id());
        assertThat(mine.get(0).read()).isFalse();
        assertThat(mine.get(0).publishedAt()).isEqualTo(w.clock.now());
        assertThat(w.inbox.unreadCount(engineer)).isEqualTo(1);
        w.inbox.markRead(engineer, eng.id());
        w.inbox.markRead(engineer, eng.id());
        assertThat(w.inbox.unreadCount(engineer)).isZero();
        assertThat(w.inbox.list(engineer, true, new PageRequest(1, 20)).items()).isEmpty();
        assertThat(w.inbox.list(engineer, false, new PageRequest(1, 20)).items().get(0).read()).isTrue();
    }

    @Test
    void a_notice_outside_the_readers_audience_is_not_found_for_them() {
        NoticeView sales = published(depts(w.sales), null);
        assertThatThrownBy(() -> w.inbox.markRead(engineer, sales.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void mark_all_read_marks_every_visible_notice() {
        published(users(engineer), null);
        published(depts(w.backend), null);
        assertThat(w.inbox.unreadCount(engineer)).isEqualTo(2);
        w.inbox.markAllRead(engineer);
        assertThat(w.inbox.unreadCount(engineer)).isZero();
    }

    @Test
    void the_readers_among_candidates_are_those_who_see_it_now_and_a_scheduled_one_says_when() {
        NoticeView now = published(depts(w.eng), null);
        NoticeReaders readers = w.inbox.visibleAmong(now.id(), List.of(engineer, seller, w.manager)).orElseThrow();
        assertThat(readers.readers()).containsOnlyKeys(engineer, w.manager);
        assertThat(readers.readers().get(engineer).title()).isEqualTo("Maintenance");
        Instant later = w.clock.now().plus(Duration.ofHours(1));
        NoticeView scheduled = published(depts(w.eng), later);
        NoticeReaders none = w.inbox.visibleAmong(scheduled.id(), List.of(engineer)).orElseThrow();
        assertThat(none.readers()).isEmpty();
        assertThat(none.visibleFrom()).isEqualTo(later);
        assertThat(w.inbox.scheduled()).containsExactly(new ListScheduledNotices.Scheduled(scheduled.id(), later));
        w.clock.advanceBy(Duration.ofHours(1));
        assertThat(w.inbox.visibleAmong(scheduled.id(), List.of(engineer)).orElseThrow().readers())
                .containsOnlyKeys(engineer);
        assertThat(w.inbox.scheduled()).isEmpty();
        assertThat(w.inbox.visibleAmong(dev.bastion.domain.system.notice.NoticeId.newId(), List.of(engineer)))
                .isEmpty();
    }
}
