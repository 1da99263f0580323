package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.MenuType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcMenuRepositoryTest extends PostgresTest {

    private static final MenuId SYSTEM = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000100"));
    private static final MenuId USERS = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000101"));

    @Inject
    MenuRepository menus;

    @Test
    void theBuiltInMenusAreThereWithAButtonForEachUserAction() {
        List<Menu> all = menus.findAll();

        assertThat(all).extracting(m -> m.details().permission() == null ? null : m.details().permission().value())
                .contains("system:user:list", "system:user:create", "system:user:export", "system:role:delete",
                        "system:menu:update", "system:dept:read", "monitor:session:delete", "monitor:login-log:list");
        assertThat(menus.findById(USERS)).get().extracting(m -> m.details().type()).isEqualTo(MenuType.MENU);
        assertThat(menus.lineage(USERS)).containsExactly(USERS, SYSTEM);
        assertThat(menus.hasChildren(USERS)).isTrue();
        assertThat(menus.isGranted(USERS)).isTrue();
    }

}
