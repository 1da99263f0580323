package dev.bastion.domain.system.notice;

import static dev.bastion.domain.system.notice.NoticeFixtures.AUTHOR;
import static dev.bastion.domain.system.notice.NoticeFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    private static NoticeDetails timed(Instant publishAt, Instant expiresAt) {
        NoticeDetails d = NoticeFixtures.details("Timed");
        return new NoticeDetails(d.title(), d.content(), d.type(), d.level(), d.audience(), publishAt, expiresAt);
    }

    @Test
    void a_new_notice_is_a_draft_that_records_its_creation() {
        Notice notice = Notice.draft(NoticeId.newId(), NoticeFixtures.details("T"), AUTHOR, NOW);
        assertThat(notice.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(notice.createdBy()).isEqualTo(AUTHOR);
        assertThat(notice.publishedAt()).isEmpty();
        assertThat(notice.pullEvents()).containsExactly(new NoticeCreated(notice.id()));
    }

    @Test
    void publishing_records_when_and_the_event_with_the_notice_as_subject() {
        Notice notice = NoticeFixtures.in(NoticeStatus.DRAFT);
        notice.publish(LATER);
        assertThat(notice.publishedAt()).contains(LATER);
        assertThat(notice.pullEvents()).containsExactly(new NoticePublished(notice.id()));
        assertThat(new NoticePublished(notice.id()).subject()).isEqualTo(notice.id().value());
    }

    @Test
    void an_expired_draft_cannot_be_published() {
        Notice notice = Notice.draft(NoticeId.newId(), timed(null, NOW), AUTHOR, NOW.minusSeconds(60));
        assertThatThrownBy(() -> notice.publish(NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("expired");
        assertThat(notice.status()).isEqualTo(NoticeStatus.DRAFT);
    }

    @Test
    void an_edit_that_changes_nothing_records_nothing() {
        Notice notice = NoticeFixtures.in(NoticeStatus.DRAFT);
        notice.revise(notice.details(), LATER);
        assertThat(notice.pullEvents()).isEmpty();
    }

    @Test
    void expiry_must_come_after_the_publication_time() {
        assertThatThrownBy(() -> timed(LATER, LATER)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("expiresAt");
        assertThatThrownBy(() -> timed(LATER, NOW)).isInstanceOf(InvalidValueException.class);
        assertThat(timed(NOW, LATER).expiresAt()).isEqualTo(LATER);
    }

    @Test
    void visibility_follows_status_publish_time_and_expiry() {
        Notice scheduled = Notice.draft(NoticeId.newId(), timed(LATER, LATER.plusSeconds(60)), AUTHOR, NOW);
        assertThat(scheduled.isVisibleAt(NOW)).isFalse();
        scheduled.publish(NOW);
        assertThat(scheduled.isVisibleAt(NOW)).isFalse();
        assertThat(scheduled.visibleFrom()).contains(LATER);
        assertThat(scheduled.isVisibleAt(LATER)).isTrue();
        assertThat(scheduled.isVisibleAt(LATER.plusSeconds(60))).isFalse();
        scheduled.revoke(LATER);
        assertThat(scheduled.isVisibleAt(LATER)).isFalse();
    }

    @Test
    void the_title_is_required_printable_and_short() {
        NoticeDetails d = NoticeFixtures.details("T");
        assertThatThrownBy(() -> new NoticeDetails(" ", d.content(), d.type(), d.level(), d.audience(), null, null))
                .extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> new NoticeDetails("x".repeat(101), d.content(), d.type(), d.level(), d.audience(),
                null, null)).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> new NoticeDetails("a\u0007b", d.content(), d.type(), d.level(), d.audience(),
                null, null)).extracting("field").isEqualTo("title");
        assertThat(new NoticeDetails("x".repeat(100), d.content(), d.type(), null, d.audience(), null, null).level())
                .isEqualTo(NoticeLevel.INFO);
    }
}
