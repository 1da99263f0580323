/**
 * The inventory module (docs/extending.md): warehouses owned by departments and the items they stock.
 * Switched off, with every bean of it, by {@code bastion.modules.disabled=inventory}.
 */
@Configuration
@Requires(condition = ModuleEnabled.class)
package dev.bastion.modules.inventory;

import dev.bastion.adapters.persistence.shared.ModuleEnabled;
import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
