package dev.bastion.modules.archfixturea.adapters.persistence;

import dev.bastion.modules.archfixturea.domain.Widget;

/** Compliant: the module's persistence adapter maps its own rows. */
public final class WidgetRows {

    public Widget toWidget(WidgetRow row) {
        return new Widget(row.name(), null);
    }
}
