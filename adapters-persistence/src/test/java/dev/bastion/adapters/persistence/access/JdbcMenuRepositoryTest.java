package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcMenuRepositoryTest extends PostgresTest {

    private static final MenuId SYSTEM = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000100"));
    private static final MenuId USERS = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000101"));

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    MenuRepository menus;

    private Menu button(MenuId parent, String permission) {
        Menu menu = Menu.create(MenuId.newId(), parent, MenuType.MENU, new MenuDetails("B " + permission,
                MenuType.BUTTON, null, null, new PermissionCode(permission), null, 0, true, MenuStatus.ENABLED), now);
        menus.add(menu);
        return menu;
    }

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

    @Test
    void anEntryRoundTripsAndUpdatesWithItsVersion() {
        Menu added = button(USERS, "system:user:audit");

        Menu read = menus.findById(added.id()).orElseThrow();
        assertThat(read.snapshot()).isEqualTo(added.snapshot());

        read.describe(new MenuDetails("Audit", MenuType.BUTTON, null, null, new PermissionCode("system:user:audit"),
                "eye", 3, false, MenuStatus.DISABLED), MenuType.MENU, false, now.plusSeconds(1));
        Menu stored = menus.update(read);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(menus.findById(added.id()).orElseThrow().details().icon()).isEqualTo("eye");

        assertThatThrownBy(() -> menus.update(read)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void aPermissionAppearsOnceAmongSiblingsButMayRepeatElsewhere() {
        button(USERS, "system:user:archive");

        assertThatThrownBy(() -> button(USERS, "system:user:archive"))
                .isInstanceOf(ConflictException.class).extracting("field").isEqualTo("permission");
        MenuId roles = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000102"));
        assertThat(button(roles, "system:user:archive").parentId()).contains(roles);
    }

    @Test
    void aDeletedEntryIsGoneAndFreesItsPermission() {
        Menu added = button(USERS, "system:user:purge");
        added.delete(now.plusSeconds(1));
        menus.update(added);

        assertThat(menus.findById(added.id())).isEmpty();
        assertThat(menus.unknown(Set.of(added.id(), USERS))).containsExactly(added.id());
        assertThat(button(USERS, "system:user:purge").details().permission().value()).isEqualTo("system:user:purge");
    }

    @Test
    void unknownIdsAreReported() {
        MenuId stranger = MenuId.newId();

        assertThat(menus.unknown(Set.of(stranger, SYSTEM))).containsExactly(stranger);
        assertThat(menus.unknown(Set.of())).isEmpty();
        assertThat(menus.lineage(stranger)).isEmpty();
    }
}
