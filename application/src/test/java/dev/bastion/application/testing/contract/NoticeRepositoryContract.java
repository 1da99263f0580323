package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.access.Role;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.notice.DeliveredNotice;
import dev.bastion.domain.system.notice.Notice;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeContent;
import dev.bastion.domain.system.notice.NoticeDetails;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeLevel;
import dev.bastion.domain.system.notice.NoticeQuery;
import dev.bastion.domain.system.notice.NoticeRepository;
import dev.bastion.domain.system.notice.NoticeStatus;
import dev.bastion.domain.system.notice.NoticeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NoticeRepository} promises, in memory as in PostgreSQL: notices stored with
 * their versions, and each reader's view: audience (everyone, role holders, department subtrees as
 * the tree stands, users), publication window, read receipts. Tests share one store, so they look
 * only at their own notices and users (and at counts as differences).
 */
public abstract class NoticeRepositoryContract {

    private static final Instant NOW = AccessWorld.NOW;
    private static final PageRequest ALL = new PageRequest(1, 100);

    private AccessWorld world;
    private NoticeRepository notices;

    protected abstract AccessWorld world();

    protected abstract NoticeRepository notices();

    @BeforeEach
    void open() {
        world = world();
        notices = notices();
    }

    private static NoticeDetails details(String title, NoticeAudience audience, Instant publishAt, Instant expiresAt) {
        return new NoticeDetails(title, new NoticeContent("<p>" + title + "</p>"), NoticeType.ANNOUNCEMENT,
                NoticeLevel.WARNING, audience, publishAt, expiresAt);
    }

    private static NoticeAudience to(List<dev.bastion.domain.access.RoleId> roles, List<DeptId> depts,
                                     List<UserId> users) {
        return new NoticeAudience(false, roles, depts, users);
    }

    private Notice draft(NoticeAudience audience, Instant publishAt, Instant expiresAt) {
        Notice notice = Notice.draft(NoticeId.newId(), details(AccessWorld.unique("notice"), audience, publishAt,
                expiresAt), world.user("author"), NOW);
        notices.add(notice);
        return notice;
    }

    private NoticeId published(NoticeAudience audience) {
        return published(audience, null, null);
    }

    private NoticeId published(NoticeAudience audience, Instant publishAt, Instant expiresAt) {
        Notice notice = draft(audience, publishAt, expiresAt);
        Notice stored = notices.findById(notice.id()).orElseThrow();
        stored.publish(NOW);
        notices.update(stored);
        return notice.id();
    }

    private Set<NoticeId> visibleTo(UserId reader, Instant at) {
        return Set.copyOf(notices.delivered(reader, false, at, ALL).items().stream()
                .map(d -> d.notice().id()).toList());
    }

    private DeptId department(DeptId parent) {
        Department dept = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(AccessWorld.unique("dept"), 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        world.departments().add(dept);
        return dept.id();
    }

    @Test
    void a_notice_is_stored_as_it_was_written_and_versions_guard_updates() {
        Notice notice = draft(NoticeAudience.everyone(), NOW.plusSeconds(60), NOW.plusSeconds(3600));
        Notice found = notices.findById(notice.id()).orElseThrow();
        assertThat(found.snapshot()).isEqualTo(notice.snapshot());
        Notice stale = notices.findById(notice.id()).orElseThrow();
        found.revise(details("Changed", NoticeAudience.everyone(), null, null), NOW);
        assertThat(notices.update(found).version()).isEqualTo(1);
        stale.revise(details("Other", NoticeAudience.everyone(), null, null), NOW);
        assertThatThrownBy(() -> notices.update(stale)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void the_audience_keeps_its_order() {
        UserId a = world.user("a");
        UserId b = world.user("b");
        Notice notice = draft(to(List.of(), List.of(), List.of(b, a)), null, null);
        assertThat(notices.findById(notice.id()).orElseThrow().details().audience().userIds()).containsExactly(b, a);
    }

    @Test
    void a_deleted_notice_is_gone() {
        Notice notice = draft(NoticeAudience.everyone(), null, null);
        Notice stored = notices.findById(notice.id()).orElseThrow();
        stored.delete(NOW);
        notices.update(stored);
        assertThat(notices.findById(notice.id())).isEmpty();
    }

    @Test
    void the_listing_filters_by_type_status_and_title_newest_first() {
        String marker = AccessWorld.unique("Marker");
        Notice first = Notice.draft(NoticeId.newId(), details(marker + " one", NoticeAudience.everyone(), null, null),
                world.user("author"), NOW);
        Notice second = Notice.draft(NoticeId.newId(), new NoticeDetails(marker.toUpperCase() + " two",
                new NoticeContent("<p>x</p>"), NoticeType.NOTIFICATION, null, NoticeAudience.everyone(), null, null),
                world.user("author"), NOW.plusSeconds(1));
        notices.add(first);
        notices.add(second);
        assertThat(notices.find(new NoticeQuery(null, null, marker.toLowerCase()), ALL).items())
                .extracting(Notice::id).containsExactly(second.id(), first.id());
        assertThat(notices.find(new NoticeQuery(NoticeType.NOTIFICATION, null, marker), ALL).items())
                .extracting(Notice::id).containsExactly(second.id());
        assertThat(notices.find(new NoticeQuery(null, NoticeStatus.PUBLISHED, marker), ALL).items()).isEmpty();
        assertThat(notices.find(new NoticeQuery(null, null, "%_" + marker), ALL).items()).isEmpty();
    }

    @Test
    void everyone_sees_a_notice_to_all() {
        NoticeId id = published(NoticeAudience.everyone());
        assertThat(visibleTo(world.user("anyone"), NOW)).contains(id);
    }

    @Test
    void a_notice_to_a_role_reaches_its_holders_only() {
        Role role = world.role("readers");
        UserId holder = world.user("holder");
        UserId other = world.user("other");
        world.holdings().assign(holder, role.code());
        NoticeId id = published(to(List.of(role.id()), List.of(), List.of()));
        assertThat(visibleTo(holder, NOW)).contains(id);
        assertThat(visibleTo(other, NOW)).doesNotContain(id);
    }

    @Test
    void a_notice_to_a_department_reaches_its_subtree_as_it_stands_when_read() {
        DeptId parent = department(DeptId.ROOT);
        DeptId child = department(parent);
        DeptId sibling = department(DeptId.ROOT);
        NoticeId id = published(to(List.of(), List.of(parent), List.of()));
        DeptId later = department(child);
        assertThat(visibleTo(world.user("p", parent), NOW)).contains(id);
        assertThat(visibleTo(world.user("c", child), NOW)).contains(id);
        assertThat(visibleTo(world.user("l", later), NOW)).contains(id);
        assertThat(visibleTo(world.user("s", sibling), NOW)).doesNotContain(id);
        assertThat(visibleTo(world.user("r", DeptId.ROOT), NOW)).doesNotContain(id);
    }

    @Test
    void a_notice_to_a_user_reaches_that_user_only() {
        UserId addressee = world.user("addressee");
        NoticeId id = published(to(List.of(), List.of(), List.of(addressee)));
        assertThat(visibleTo(addressee, NOW)).contains(id);
        assertThat(visibleTo(world.user("other"), NOW)).doesNotContain(id);
    }

    @Test
    void only_published_notices_inside_their_window_are_seen() {
        UserId reader = world.user("reader");
        NoticeAudience audience = to(List.of(), List.of(), List.of(reader));
        NoticeId draft = draft(audience, null, null).id();
        NoticeId scheduled = published(audience, NOW.plusSeconds(60), null);
        NoticeId expiring = published(audience, null, NOW.plusSeconds(60));
        NoticeId revoked = published(audience);
        Notice toRevoke = notices.findById(revoked).orElseThrow();
        toRevoke.revoke(NOW);
        notices.update(toRevoke);
        assertThat(visibleTo(reader, NOW)).containsExactly(expiring);
        assertThat(visibleTo(reader, NOW.plusSeconds(60))).containsExactly(scheduled);
        assertThat(visibleTo(reader, NOW)).doesNotContain(draft, revoked);
        assertThat(notices.deliveredTo(scheduled, reader, NOW)).isEmpty();
        assertThat(notices.deliveredTo(expiring, reader, NOW)).isPresent();
    }

    @Test
    void a_deleted_user_sees_nothing() {
        UserId reader = world.user("leaving");
        NoticeId id = published(to(List.of(), List.of(), List.of(reader)));
        world.delete(reader);
        assertThat(visibleTo(reader, NOW)).doesNotContain(id);
        assertThat(notices.markRead(id, reader, NOW)).isFalse();
    }

    @Test
    void read_receipts_count_and_filter_and_are_idempotent() {
        UserId reader = world.user("reader");
        long before = notices.unreadCount(reader, NOW);
        NoticeAudience audience = to(List.of(), List.of(), List.of(reader));
        NoticeId first = published(audience);
        NoticeId second = published(audience);
        assertThat(notices.unreadCount(reader, NOW)).isEqualTo(before + 2);
        assertThat(notices.markRead(first, reader, NOW)).isTrue();
        assertThat(notices.markRead(first, reader, NOW.plusSeconds(5))).isTrue();
        assertThat(notices.unreadCount(reader, NOW)).isEqualTo(before + 1);
        DeliveredNotice read = notices.deliveredTo(first, reader, NOW).orElseThrow();
        assertThat(read.readAt()).isEqualTo(NOW);
        assertThat(notices.delivered(reader, true, NOW, ALL).items()).extracting(d -> d.notice().id())
                .contains(second).doesNotContain(first);
        notices.markAllRead(reader, NOW);
        assertThat(notices.unreadCount(reader, NOW)).isZero();
        assertThat(notices.delivered(reader, true, NOW, ALL).items()).isEmpty();
    }

    @Test
    void marking_read_a_notice_one_does_not_see_changes_nothing() {
        UserId reader = world.user("reader");
        NoticeId other = published(to(List.of(), List.of(), List.of(world.user("other"))));
        assertThat(notices.markRead(other, reader, NOW)).isFalse();
        assertThat(notices.markRead(NoticeId.newId(), reader, NOW)).isFalse();
    }

    @Test
    void the_readers_among_some_users_are_those_who_see_it_now() {
        UserId addressee = world.user("addressee");
        UserId other = world.user("other");
        NoticeId id = published(to(List.of(), List.of(), List.of(addressee)));
        notices.markRead(id, addressee, NOW);
        Map<UserId, DeliveredNotice> readers = notices.deliveredAmong(id, List.of(addressee, other), NOW);
        assertThat(readers).containsOnlyKeys(addressee);
        assertThat(readers.get(addressee).read()).isTrue();
        NoticeId scheduled = published(to(List.of(), List.of(), List.of(addressee)), NOW.plusSeconds(60), null);
        assertThat(notices.deliveredAmong(scheduled, List.of(addressee), NOW)).isEmpty();
        assertThat(notices.deliveredAmong(scheduled, List.of(addressee), NOW.plusSeconds(60))).containsOnlyKeys(addressee);
    }

    @Test
    void scheduled_notices_are_the_published_ones_still_to_come_soonest_first() {
        UserId reader = world.user("reader");
        NoticeAudience audience = to(List.of(), List.of(), List.of(reader));
        Instant base = NOW.plus(Duration.ofDays(3650));
        NoticeId later = published(audience, base.plusSeconds(120), null);
        NoticeId sooner = published(audience, base.plusSeconds(60), null);
        draft(audience, base.plusSeconds(30), null);
        assertThat(notices.scheduledAfter(base).stream().map(Notice::id).toList()).containsExactly(sooner, later);
        assertThat(notices.scheduledAfter(base.plusSeconds(60)).stream().map(Notice::id).toList())
                .containsExactly(later);
    }
}
