/**
 * A business module that exists only in the test sources: it proves the module mechanism (found with
 * no edit to bootstrap, its migrations and menus, switched off by {@code bastion.modules.disabled}).
 */
@Configuration
@Requires(condition = ModuleEnabled.class)
package dev.bastion.modules.sample;

import dev.bastion.adapters.persistence.shared.ModuleEnabled;
import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
