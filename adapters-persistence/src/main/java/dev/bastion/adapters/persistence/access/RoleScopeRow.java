package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** One enabled role of a user, its data scope and one of its CUSTOM departments ({@code null} if none). */
@Introspected
public record RoleScopeRow(UUID roleId, String dataScope, @Nullable UUID deptId) {
}
