package dev.bastion.domain.system.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeAudienceTest {

    private static final UserId READER = UserId.newId();
    private static final RoleId ROLE = RoleId.newId();
    private static final DeptId PARENT = DeptId.newId();
    private static final DeptId CHILD = DeptId.newId();

    private static NoticeAudience.Reader reader(List<RoleId> roles, DeptId... lineage) {
        return new NoticeAudience.Reader(READER, roles, List.of(lineage));
    }

    @Test
    void everyone_reaches_anyone() {
        assertThat(NoticeAudience.everyone().reaches(reader(List.of(), DeptId.ROOT))).isTrue();
    }

    @Test
    void a_role_reaches_its_holders_only() {
        NoticeAudience audience = new NoticeAudience(false, List.of(ROLE), List.of(), List.of());
        assertThat(audience.reaches(reader(List.of(ROLE), DeptId.ROOT))).isTrue();
        assertThat(audience.reaches(reader(List.of(RoleId.newId()), DeptId.ROOT))).isFalse();
    }

    @Test
    void a_department_reaches_its_members_and_those_of_every_department_below_it() {
        NoticeAudience audience = new NoticeAudience(false, List.of(), List.of(PARENT), List.of());
        assertThat(audience.reaches(reader(List.of(), PARENT, DeptId.ROOT))).isTrue();
        assertThat(audience.reaches(reader(List.of(), CHILD, PARENT, DeptId.ROOT))).isTrue();
        assertThat(audience.reaches(reader(List.of(), DeptId.ROOT))).isFalse();
        NoticeAudience child = new NoticeAudience(false, List.of(), List.of(CHILD), List.of());
        assertThat(child.reaches(reader(List.of(), PARENT, DeptId.ROOT))).isFalse();
    }

    @Test
    void a_user_reaches_that_user_only() {
        NoticeAudience audience = new NoticeAudience(false, List.of(), List.of(), List.of(READER));
        assertThat(audience.reaches(reader(List.of(), DeptId.ROOT))).isTrue();
        assertThat(audience.reaches(new NoticeAudience.Reader(UserId.newId(), List.of(), List.of(DeptId.ROOT))))
                .isFalse();
    }

    @Test
    void an_audience_of_nobody_is_refused() {
        assertThatThrownBy(() -> new NoticeAudience(false, List.of(), null, List.of()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("audience");
    }

    @Test
    void ids_keep_their_order_without_repeats_and_a_null_is_named_by_its_place() {
        assertThat(new NoticeAudience(false, List.of(), List.of(CHILD, PARENT, CHILD), List.of()).deptIds())
                .containsExactly(CHILD, PARENT);
        assertThatThrownBy(() -> new NoticeAudience(false, Arrays.asList(ROLE, null), List.of(), List.of()))
                .extracting("field").isEqualTo("audience.roleIds[1]");
    }
}
