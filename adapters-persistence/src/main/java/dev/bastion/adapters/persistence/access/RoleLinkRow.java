package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** One link of a role to a menu entry or a department ({@code role_menus}, {@code role_depts}). */
@Introspected
public record RoleLinkRow(UUID roleId, UUID targetId) {
}
