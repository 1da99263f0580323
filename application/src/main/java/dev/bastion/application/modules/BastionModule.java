package dev.bastion.application.modules;

import java.util.List;

/**
 * A business module: a bounded context shipped in a Maven module of its own under {@code modules/}
 * (packages {@code dev.bastion.modules.<name>..}), found at start as a bean of this type. It
 * brings its migrations (a location of its own, applied with a history table of its own, so its
 * versions never collide with the core's or another module's) and its menus (seeded idempotently,
 * hidden while the module is switched off with {@code BASTION_MODULES_DISABLED}).
 */
public interface BastionModule {

    /** Lower-case letters and digits, starting with a letter, at most 30 ({@code inventory}); the last segment of its package. */
    String name();

    /** Where its Flyway migrations are: {@code db/modules/<name>} on the class path. */
    default String migrations() {
        return "db/modules/" + name();
    }

    /** Its menu entries (directories, screens, buttons), each with a fixed id so seeding is idempotent. */
    List<ModuleMenu> menus();

    /**
     * The event types it records, stored in the outbox and carried to listeners (its own, other
     * modules') under {@code <name>.<SimpleName>}; registered when the module is found at start.
     */
    default List<ModuleEvent<?>> events() {
        return List.of();
    }
}
