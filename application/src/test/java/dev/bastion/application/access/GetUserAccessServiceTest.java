package dev.bastion.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import org.junit.jupiter.api.Test;

class GetUserAccessServiceTest {

    private final InMemoryAccessRepository access = new InMemoryAccessRepository()
            .defineRole("super_admin", "*")
            .defineRole("editor", "system:user:*");
    private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final GetUserAccess userAccess = new GetUserAccessService(access, cache);
    private final UserId jane = UserId.newId();

    @Test
    void a_user_may_do_what_the_roles_grant() {
        access.assignRole(jane, "editor");

        UserAccess granted = userAccess.of(jane);

        assertThat(granted.roles()).containsExactly("editor");
        assertThat(granted.permissions().allows(new PermissionCode("system:user:create"))).isTrue();
        assertThat(granted.permissions().allows(new PermissionCode("system:role:create"))).isFalse();
    }

    @Test
    void super_admin_may_do_everything() {
        access.assignRole(jane, "super_admin");

        assertThat(userAccess.of(jane).permissions().allows(new PermissionCode("system:role:delete"))).isTrue();
    }

    @Test
    void a_user_without_roles_may_do_nothing() {
        assertThat(userAccess.of(jane)).isEqualTo(UserAccess.none());
    }

    @Test
    void a_disabled_role_grants_nothing() {
        access.assignRole(jane, "editor");
        access.disableRole("editor");

        assertThat(userAccess.of(jane).permissions().allows(new PermissionCode("system:user:read"))).isFalse();
    }

    @Test
    void repeated_checks_are_served_from_the_cache() {
        access.assignRole(jane, "editor");

        for (int i = 0; i < 5; i++) {
            assertThat(userAccess.of(jane).roles()).containsExactly("editor");
        }

        assertThat(cache.loads()).isEqualTo(1);
    }

    @Test
    void after_an_invalidation_the_change_is_read() {
        access.assignRole(jane, "editor");
        userAccess.of(jane);
        access.disableRole("editor");
        assertThat(userAccess.of(jane).roles()).as("still cached").containsExactly("editor");

        cache.invalidateAll();

        assertThat(userAccess.of(jane)).isEqualTo(UserAccess.none());
    }
}
