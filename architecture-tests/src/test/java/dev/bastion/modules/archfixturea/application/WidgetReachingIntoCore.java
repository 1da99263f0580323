package dev.bastion.modules.archfixturea.application;

import dev.bastion.adapters.persistence.modules.EnabledModules;
import dev.bastion.domain.identity.User;

/** Breaks the published surface: holds a core aggregate and an adapter's internal class. */
public final class WidgetReachingIntoCore {

    public String owner(User user, EnabledModules modules) {
        return user.toString() + modules;
    }
}
