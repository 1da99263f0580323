package dev.bastion.modules.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bastion.application.modules.ModuleMenu;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.shared.UuidV7;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InventoryModuleTest {

    private final InventoryModule module = new InventoryModule();
    private final List<ModuleMenu> menus = module.menus();

    @Test
    void it_is_named_inventory_and_brings_its_migrations_from_its_own_location() {
        assertThat(module.name()).isEqualTo("inventory").matches("[a-z][a-z0-9]{0,29}");
        assertThat(module.migrations()).isEqualTo("db/modules/inventory");
    }

    @Test
    void its_menus_are_one_directory_with_the_two_screens_under_it_and_their_buttons_under_them() {
        Map<UUID, ModuleMenu> byId = menus.stream().collect(Collectors.toMap(ModuleMenu::id, Function.identity()));
        ModuleMenu root = byId.get(InventoryModule.ROOT);

        assertThat(byId).hasSameSizeAs(menus);
        assertThat(root.type()).isEqualTo("DIRECTORY");
        assertThat(root.parentId()).isNull();
        assertThat(menus).filteredOn(m -> m.type().equals("MENU"))
                .extracting(ModuleMenu::name, ModuleMenu::parentId, ModuleMenu::permission)
                .containsExactly(tuple("Warehouses", root.id(), "inventory:warehouse:list"),
                        tuple("Items", root.id(), "inventory:item:list"));
        assertThat(menus).filteredOn(m -> m.type().equals("BUTTON"))
                .allSatisfy(button -> assertThat(byId.get(button.parentId()).type()).isEqualTo("MENU"));
    }

    @Test
    void every_permission_of_the_module_is_granted_by_exactly_one_menu_and_is_a_valid_code() {
        List<String> granted = menus.stream().map(ModuleMenu::permission).filter(p -> p != null).toList();

        assertThat(granted).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "inventory:warehouse:list", "inventory:warehouse:read", "inventory:warehouse:create",
                "inventory:warehouse:update", "inventory:warehouse:delete", "inventory:item:list",
                "inventory:item:read", "inventory:item:create", "inventory:item:update", "inventory:item:delete",
                "inventory:item:receive", "inventory:item:issue");
        granted.forEach(PermissionCode::new);
    }

    @Test
    void the_menu_ids_are_fixed_uuid_v7_in_a_range_of_the_module_own() {
        Set<UUID> ids = menus.stream().map(ModuleMenu::id).collect(Collectors.toSet());

        assertThat(ids).hasSameSizeAs(menus).allSatisfy(id -> {
            assertThat(UuidV7.isVersion7(id)).isTrue();
            assertThat(id.toString()).startsWith("01936f6e-0000-7000-8001-");
        });
        assertThat(new InventoryModule().menus()).isEqualTo(menus);
    }

    @Test
    void it_declares_every_event_its_domain_records_and_each_is_rebuilt_from_its_subject() {
        UUID subject = UuidV7.next();
        assertThat(module.events()).extracting(e -> e.type().getSimpleName()).containsExactlyInAnyOrder(
                "WarehouseCreated", "WarehouseChanged", "WarehouseDeleted", "ItemCreated", "ItemChanged",
                "ItemDeleted", "ItemReceived", "ItemIssued", "ItemStockLow");
        module.events().forEach(event -> {
            var rebuilt = event.rebuild().apply(subject);
            assertThat(rebuilt).isInstanceOf(event.type());
            assertThat(rebuilt.subject()).isEqualTo(subject);
        });
    }
}
