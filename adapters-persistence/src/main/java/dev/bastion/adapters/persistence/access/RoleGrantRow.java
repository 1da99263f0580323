package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** One role a user holds and one permission it grants ({@code null} for a role granting none). */
@Introspected
public record RoleGrantRow(String role, @Nullable String permission) {
}
