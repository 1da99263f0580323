package dev.bastion.modules.archfixturea.domain;

import dev.bastion.modules.archfixturea.application.WidgetService;

/** Breaks the module's layering: its domain knows its application. */
public final class WidgetReachingUp {

    public String name(WidgetService service) {
        return service.toString();
    }
}
