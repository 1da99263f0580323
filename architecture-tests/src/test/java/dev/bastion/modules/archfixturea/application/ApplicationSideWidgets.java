package dev.bastion.modules.archfixturea.application;

import dev.bastion.modules.archfixturea.domain.Widget;
import dev.bastion.modules.archfixturea.domain.WidgetRepository;
import java.util.Optional;

/** Breaks the port rule inside a module: its application implements its domain's port. */
public final class ApplicationSideWidgets implements WidgetRepository {

    @Override
    public Optional<Widget> findByName(String name) {
        return Optional.empty();
    }
}
