package dev.bastion.adapters.persistence.modules;

import dev.bastion.application.modules.BastionModule;
import dev.bastion.application.shared.Transactions;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At each start, before the other start-up work (which may use a module's tables): for every enabled
 * business module, its migrations, then its menus. One cluster-wide lock around it all, so instances
 * starting together do it one after the other and the later ones find everything in place. A module
 * switched off is not touched: its tables and menu rows stay as they are.
 */
@Singleton
final class ModulesAtStart implements ApplicationEventListener<StartupEvent>, Ordered {

    static final String LOCK = "bastion.seed.modules";
    private static final Logger LOG = LoggerFactory.getLogger(ModulesAtStart.class);

    private final EnabledModules modules;
    private final ModuleMigrations migrations;
    private final ModuleMenus menus;
    private final Transactions transactions;

    ModulesAtStart(EnabledModules modules, ModuleMigrations migrations, ModuleMenus menus, Transactions transactions) {
        this.modules = modules;
        this.migrations = migrations;
        this.menus = menus;
        this.transactions = transactions;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (modules.all().isEmpty()) {
            return;
        }
        transactions.inExclusiveTransaction(LOCK, () -> {
            for (BastionModule module : modules.all()) {
                prepare(module);
            }
            return null;
        });
    }

    private void prepare(BastionModule module) {
        try {
            migrations.migrate(module);
            int added = menus.seed(module);
            if (added > 0) {
                LOG.info("Business module '{}': added {} menu entr{} (granted to no role)", module.name(), added,
                        added == 1 ? "y" : "ies");
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("business module '" + module.name() + "' could not be prepared: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
