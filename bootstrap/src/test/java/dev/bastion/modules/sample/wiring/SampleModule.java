package dev.bastion.modules.sample.wiring;

import dev.bastion.application.modules.BastionModule;
import dev.bastion.application.modules.ModuleMenu;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** The sample module's descriptor: a directory, a screen and a button, with fixed ids. */
@Singleton
public final class SampleModule implements BastionModule {

    public static final UUID DIRECTORY = UUID.fromString("01936f6e-5a00-7000-8000-000000000001");
    public static final UUID SCREEN = UUID.fromString("01936f6e-5a00-7000-8000-000000000002");
    public static final UUID BUTTON = UUID.fromString("01936f6e-5a00-7000-8000-000000000003");

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public List<ModuleMenu> menus() {
        return List.of(
                new ModuleMenu(DIRECTORY, null, "Sample", "DIRECTORY", "/sample", null, null, "star", 90),
                new ModuleMenu(SCREEN, DIRECTORY, "Sample items", "MENU", "items", "sample/items/index",
                        "sample:item:list", "list", 1),
                new ModuleMenu(BUTTON, SCREEN, "Add item", "BUTTON", null, null, "sample:item:create", null, 1));
    }
}
