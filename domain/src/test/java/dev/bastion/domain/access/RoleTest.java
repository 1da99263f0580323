package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    static RoleDetails details(RoleStatus status, DataScope scope) {
        return new RoleDetails("Role", 0, status, scope, Set.of(), Set.of());
    }

    private static Role superAdmin() {
        return Role.reconstitute(new RoleSnapshot(RoleId.SUPER_ADMIN, RoleCode.SUPER_ADMIN,
                details(RoleStatus.ENABLED, DataScope.ALL), 0, NOW, NOW, null));
    }

    @Test
    void codes_are_lower_case_snake_case() {
        assertThat(new RoleCode("auditor_2").value()).isEqualTo("auditor_2");
        for (String bad : new String[] {"A", "a", "Admin", "2x", "a-b", "a b", "x".repeat(65), ""}) {
            assertThatThrownBy(() -> new RoleCode(bad)).isInstanceOf(InvalidValueException.class)
                    .extracting("field").isEqualTo("code");
        }
        assertThatThrownBy(() -> new RoleCode(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void only_a_custom_scope_lists_departments() {
        Set<DeptId> depts = Set.of(DeptId.newId());
        assertThat(new RoleDetails("R", 0, RoleStatus.ENABLED, DataScope.CUSTOM, depts, Set.of()).deptIds())
                .isEqualTo(depts);
        assertThatThrownBy(() -> new RoleDetails("R", 0, RoleStatus.ENABLED, DataScope.DEPT, depts, Set.of()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("deptIds");
    }

    @Test
    void each_detail_rule_names_its_field() {
        assertThatThrownBy(() -> new RoleDetails(" ", 0, RoleStatus.ENABLED, DataScope.ALL, Set.of(), Set.of()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new RoleDetails("R", 1_000_000, RoleStatus.ENABLED, DataScope.ALL, Set.of(),
                Set.of())).isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("sort");
    }

    @Test
    void an_ordinary_role_changes_freely_and_can_be_deleted() {
        Role role = Role.create(RoleId.newId(), new RoleCode("editor"), details(RoleStatus.ENABLED, DataScope.SELF),
                NOW);

        role.describe(new RoleCode("author"), details(RoleStatus.DISABLED, DataScope.DEPT), LATER);
        assertThat(role.code()).isEqualTo(new RoleCode("author"));
        assertThat(role.details().dataScope()).isEqualTo(DataScope.DEPT);
        assertThat(role.updatedAt()).isEqualTo(LATER);

        role.delete(LATER);
        assertThat(role.snapshot().deletedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> role.describe(new RoleCode("x_y"), details(RoleStatus.ENABLED, DataScope.ALL), LATER))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void the_super_administrator_keeps_code_status_and_scope_and_is_never_deleted() {
        Role role = superAdmin();

        assertThatThrownBy(() -> role.describe(new RoleCode("root"), details(RoleStatus.ENABLED, DataScope.ALL), LATER))
                .isInstanceOf(ConflictException.class).extracting("field").isEqualTo("code");
        assertThatThrownBy(() -> role.describe(RoleCode.SUPER_ADMIN, details(RoleStatus.DISABLED, DataScope.ALL),
                LATER)).isInstanceOf(ConflictException.class).extracting("field").isEqualTo("status");
        assertThatThrownBy(() -> role.describe(RoleCode.SUPER_ADMIN, details(RoleStatus.ENABLED, DataScope.SELF),
                LATER)).isInstanceOf(ConflictException.class).extracting("field").isEqualTo("dataScope");
        assertThatThrownBy(() -> role.delete(LATER)).isInstanceOf(ConflictException.class);

        role.describe(RoleCode.SUPER_ADMIN, new RoleDetails("Root of all", 1, RoleStatus.ENABLED, DataScope.ALL,
                Set.of(), Set.of(MenuId.newId())), LATER);
        assertThat(role.details().name()).isEqualTo("Root of all");
    }

    @Test
    void a_department_list_stays_with_a_custom_scope_and_goes_with_any_other() {
        DeptId sales = DeptId.newId();
        RoleDetails custom = new RoleDetails("Clerk", 0, RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(sales), Set.of());

        assertThat(custom.withDataScope(DataScope.CUSTOM).deptIds()).containsExactly(sales);
        assertThat(custom.withDataScope(DataScope.DEPT)).satisfies(d -> {
            assertThat(d.dataScope()).isEqualTo(DataScope.DEPT);
            assertThat(d.deptIds()).isEmpty();
            assertThat(d.name()).isEqualTo("Clerk");
        });
    }
}
