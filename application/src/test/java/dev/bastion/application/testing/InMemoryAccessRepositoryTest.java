package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class InMemoryAccessRepositoryTest {

    private final InMemoryAccessRepository access = new InMemoryAccessRepository()
            .defineRole("auditor", "system:log:read")
            .defineRole("editor", "system:user:read", "system:user:update");
    private final UserId jane = UserId.newId();

    @Test
    void a_user_without_roles_has_no_access() {
        assertThat(access.accessOf(jane)).isEqualTo(UserAccess.none());
    }

    @Test
    void an_assigned_role_grants_its_permissions() {
        access.assignRole(jane, "editor");

        UserAccess granted = access.accessOf(jane);

        assertThat(granted.roles()).containsExactly("editor");
        assertThat(granted.permissions().values()).containsExactly("system:user:read", "system:user:update");
    }

    @Test
    void the_permissions_of_several_roles_add_up() {
        access.assignRole(jane, "editor");
        access.assignRole(jane, "auditor");

        UserAccess granted = access.accessOf(jane);

        assertThat(granted.roles()).containsExactly("auditor", "editor");
        assertThat(granted.permissions().allows(new PermissionCode("system:log:read"))).isTrue();
        assertThat(granted.permissions().allows(new PermissionCode("system:user:update"))).isTrue();
    }

    @Test
    void assigning_a_role_twice_changes_nothing() {
        access.assignRole(jane, "editor");
        access.assignRole(jane, "editor");

        assertThat(access.accessOf(jane).roles()).containsExactly("editor");
    }

    @Test
    void an_unknown_role_cannot_be_assigned() {
        assertThatThrownBy(() -> access.assignRole(jane, "nobody")).isInstanceOf(NotFoundException.class);
        assertThat(access.accessOf(jane)).isEqualTo(UserAccess.none());
    }

    @Test
    void a_disabled_role_grants_nothing() {
        access.assignRole(jane, "editor");
        access.disableRole("editor");

        assertThat(access.accessOf(jane)).isEqualTo(UserAccess.none());
    }

    @Test
    void roles_are_per_user() {
        access.assignRole(jane, "editor");

        assertThat(access.accessOf(UserId.newId()).roles()).isEmpty();
    }
}
