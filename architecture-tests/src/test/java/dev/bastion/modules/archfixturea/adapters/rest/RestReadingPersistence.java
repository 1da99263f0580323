package dev.bastion.modules.archfixturea.adapters.rest;

import dev.bastion.modules.archfixturea.adapters.persistence.JdbcWidgets;

/** Breaks the module's layering: its REST adapter uses its persistence adapter. */
public final class RestReadingPersistence {

    public String read(JdbcWidgets widgets) {
        return widgets.toString();
    }
}
