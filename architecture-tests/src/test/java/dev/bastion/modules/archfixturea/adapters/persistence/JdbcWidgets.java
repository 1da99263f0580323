package dev.bastion.modules.archfixturea.adapters.persistence;

import dev.bastion.adapters.persistence.shared.ModuleEnabled;
import dev.bastion.modules.archfixturea.domain.Widget;
import dev.bastion.modules.archfixturea.domain.WidgetRepository;
import java.util.Optional;

/** A well-behaved module persistence class: implements its domain's port, uses the persistence adapter's shared package. */
public final class JdbcWidgets implements WidgetRepository {

    private final ModuleEnabled condition;

    public JdbcWidgets(ModuleEnabled condition) {
        this.condition = condition;
    }

    @Override
    public Optional<Widget> findByName(String name) {
        return condition == null ? Optional.empty() : Optional.of(new Widget(name, null));
    }
}
