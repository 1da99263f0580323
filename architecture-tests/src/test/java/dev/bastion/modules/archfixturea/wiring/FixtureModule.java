package dev.bastion.modules.archfixturea.wiring;

import dev.bastion.application.modules.BastionModule;
import dev.bastion.application.modules.ModuleMenu;
import dev.bastion.modules.archfixturea.adapters.persistence.JdbcWidgets;
import dev.bastion.modules.archfixturea.adapters.rest.WidgetResource;
import java.util.List;

/** A well-behaved module wiring: sees every layer of its module and implements BastionModule. */
public final class FixtureModule implements BastionModule {

    private final WidgetResource resource;
    private final JdbcWidgets widgets;

    public FixtureModule(WidgetResource resource, JdbcWidgets widgets) {
        this.resource = resource;
        this.widgets = widgets;
    }

    @Override
    public String name() {
        return "archfixturea";
    }

    @Override
    public List<ModuleMenu> menus() {
        return List.of();
    }
}
