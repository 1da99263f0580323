package dev.bastion.modules.archfixturea.adapters.rest;

import dev.bastion.modules.archfixturea.adapters.persistence.WidgetRow;

/** WRONG ON PURPOSE: a module's REST adapter holding its persistence rows. */
public final class RestReadingRow {

    public String read(WidgetRow row) {
        return row.name();
    }
}
