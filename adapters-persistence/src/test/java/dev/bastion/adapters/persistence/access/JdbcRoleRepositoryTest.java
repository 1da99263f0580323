package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcRoleRepositoryTest extends PostgresTest {

    private static final MenuId USERS = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000101"));
    private static final MenuId CREATE_USER = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000111"));

    @Inject
    RoleRepository roles;

    @Test
    void theBuiltInRolesAreThere() {
        Page<Role> page = roles.find(RoleQuery.any(), new PageRequest(1, 100));

        assertThat(page.items()).extracting(r -> r.code().value()).startsWith("super_admin", "admin", "user");
        Role admin = page.items().get(1);
        assertThat(admin.details().dataScope()).isEqualTo(DataScope.ALL);
        assertThat(admin.details().menuIds()).contains(USERS, CREATE_USER);
        assertThat(page.items().get(2).details().dataScope()).isEqualTo(DataScope.SELF);
        assertThat(roles.findById(RoleId.SUPER_ADMIN)).get().extracting(r -> r.details().dataScope())
                .isEqualTo(DataScope.ALL);
    }
}
