package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.MappedProperty;
import java.util.UUID;

/**
 * One link of a role to a menu entry or a department ({@code role_menus}, {@code role_depts}).
 *
 * <p>Each column is named explicitly: without {@code @MappedProperty} Micronaut Data derives every column
 * name from its property for every row it reads (a sixth of the CPU of listing the 1 000-department
 * tree, bench/RESULTS.md).
 */
@Introspected
public record RoleLinkRow(@MappedProperty("role_id") UUID roleId, @MappedProperty("target_id") UUID targetId) {
}
