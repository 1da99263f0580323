package dev.bastion.application.system.notice;

import static dev.bastion.application.system.notice.NoticeWorld.depts;
import static dev.bastion.application.system.notice.NoticeWorld.to;
import static dev.bastion.application.system.notice.NoticeWorld.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeCreated;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticePublished;
import dev.bastion.domain.system.notice.NoticeQuery;
import dev.bastion.domain.system.notice.NoticeStatus;
import dev.bastion.domain.system.notice.NoticeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticesServiceTest {

    private final NoticeWorld w = new NoticeWorld();

    private static UpdateNotice.Command retitle(NoticeView notice, String title) {
        return new UpdateNotice.Command(notice.id(), notice.version(), FieldPatch.of(title), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent());
    }

    private static UpdateNotice.Command readdress(NoticeView notice, NoticeAudience audience) {
        return new UpdateNotice.Command(notice.id(), notice.version(), FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(audience), FieldPatch.absent(),
                FieldPatch.absent());
    }

    @Test
    void a_new_notice_is_a_draft_by_the_actor_with_its_content_sanitised() {
        NoticeView created = w.service.create(w.admin, new CreateNotice.Command("Hi",
                "<p>Hello</p><script>alert(1)</script>", NoticeType.NOTIFICATION,
                null, NoticeAudience.everyone(), null, null));
        assertThat(created.content()).isEqualTo("<p>Hello</p>");
        assertThat(created.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(created.createdBy()).isEqualTo(w.admin);
        assertThat(w.outbox.last()).isEqualTo(new NoticeCreated(created.id()));
        assertThat(w.service.list(w.admin, NoticeQuery.any(), new PageRequest(1, 20)).items())
                .extracting(NoticeView::id).containsExactly(created.id());
    }

    @Test
    void unknown_ids_in_the_audience_are_named_by_their_place() {
        RoleId ghostRole = RoleId.newId();
        assertThatThrownBy(() -> w.service.create(w.admin, to(new NoticeAudience(false,
                List.of(superAdmin(), ghostRole), List.of(), List.of()))))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("audience.roleIds[1]");
        assertThatThrownBy(() -> w.service.create(w.admin, to(depts(w.eng, DeptId.newId()))))
                .extracting("field").isEqualTo("audience.deptIds[1]");
        assertThatThrownBy(() -> w.service.create(w.admin, to(users(UserId.newId()))))
                .extracting("field").isEqualTo("audience.userIds[0]");
    }

    /** A role that exists in every world. */
    private RoleId superAdmin() {
        return new RoleId(w.store.idOf("super_admin"));
    }

    @Test
    void content_that_is_only_a_script_is_refused_naming_content() {
        assertThatThrownBy(() -> w.service.create(w.admin, new CreateNotice.Command("T", "<script>x</script>",
                NoticeType.ANNOUNCEMENT, null, NoticeAudience.everyone(), null, null)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("content");
    }

    @Test
    void everyone_or_roles_need_a_data_scope_of_all() {
        assertThatThrownBy(() -> w.service.create(w.manager, to(NoticeAudience.everyone())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.service.create(w.manager, to(new NoticeAudience(false,
                List.of(superAdmin()), List.of(), List.of())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void departments_and_users_must_lie_in_the_authors_scope() {
        assertThat(w.service.create(w.manager, to(depts(w.backend))).status()).isEqualTo(NoticeStatus.DRAFT);
        assertThatThrownBy(() -> w.service.create(w.manager, to(depts(w.backend, w.sales))))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("audience.deptIds[1]");
        UserId engineer = w.member("engineer", w.backend);
        UserId seller = w.member("seller", w.sales);
        assertThat(w.service.create(w.manager, to(users(engineer, w.manager))).status()).isEqualTo(NoticeStatus.DRAFT);
        assertThatThrownBy(() -> w.service.create(w.manager, to(users(engineer, seller))))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("audience.userIds[1]");
    }

    @Test
    void a_notice_addressed_beyond_the_actors_scope_cannot_be_edited_published_revoked_or_deleted_by_them() {
        NoticeView wide = w.service.create(w.admin, to(depts(w.sales)));
        assertThatThrownBy(() -> w.service.update(w.manager, retitle(wide, "Mine now")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.service.publish(w.manager, wide.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.service.delete(w.manager, wide.id())).isInstanceOf(AccessDeniedException.class);
        NoticeView everyone = w.service.publish(w.admin, w.service.create(w.admin, to(NoticeAudience.everyone())).id());
        assertThatThrownBy(() -> w.service.revoke(w.manager, everyone.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(w.service.get(w.admin, everyone.id()).status()).isEqualTo(NoticeStatus.PUBLISHED);
    }

    @Test
    void an_edit_cannot_widen_the_audience_beyond_the_actors_scope() {
        NoticeView mine = w.service.create(w.manager, to(depts(w.eng)));
        assertThatThrownBy(() -> w.service.update(w.manager, readdress(mine, depts(w.sales))))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("audience.deptIds[0]");
        assertThatThrownBy(() -> w.service.update(w.manager, readdress(mine, NoticeAudience.everyone())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(w.service.update(w.manager, readdress(mine, depts(w.backend))).audience().deptIds())
                .containsExactly(w.backend);
    }

    @Test
    void a_stale_version_is_a_version_conflict() {
        NoticeView notice = w.service.create(w.admin, to(NoticeAudience.everyone()));
        w.service.update(w.admin, retitle(notice, "First"));
        assertThatThrownBy(() -> w.service.update(w.admin, retitle(notice, "Second")))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void publish_and_revoke_follow_the_state_machine() {
        NoticeView notice = w.service.create(w.admin, to(NoticeAudience.everyone()));
        NoticeView published = w.service.publish(w.admin, notice.id());
        assertThat(published.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(w.clock.now());
        assertThat(w.outbox.last()).isEqualTo(new NoticePublished(notice.id()));
        assertThatThrownBy(() -> w.service.publish(w.admin, notice.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("PUBLISHED").hasMessageContaining("DRAFT");
        assertThatThrownBy(() -> w.service.update(w.admin, retitle(published, "No"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> w.service.delete(w.admin, notice.id())).isInstanceOf(ConflictException.class);
        assertThat(w.service.revoke(w.admin, notice.id()).status()).isEqualTo(NoticeStatus.REVOKED);
        assertThatThrownBy(() -> w.service.revoke(w.admin, notice.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("REVOKED").hasMessageContaining("PUBLISHED");
    }

    @Test
    void a_deleted_draft_is_gone() {
        NoticeView notice = w.service.create(w.admin, to(NoticeAudience.everyone()));
        w.service.delete(w.admin, notice.id());
        assertThatThrownBy(() -> w.service.get(w.admin, notice.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.service.publish(w.admin, NoticeId.newId())).isInstanceOf(NotFoundException.class);
    }
}
