package dev.bastion.application.archfixture;

import dev.bastion.modules.archfixturea.domain.Widget;

/** Breaks the core's ignorance of business modules: the core names a module's class. */
public final class CoreReadingModule {

    public String name(Widget widget) {
        return widget.name();
    }
}
