package dev.bastion.modules.archfixturea.adapters.persistence;

import dev.bastion.adapters.persistence.shared.ModuleEnabled;
import dev.bastion.modules.archfixturea.domain.Widget;

/** A well-behaved module persistence class: its domain and the persistence adapter's shared package. */
public final class JdbcWidgets {

    public Widget find(ModuleEnabled condition) {
        return condition == null ? null : new Widget("w", null);
    }
}
