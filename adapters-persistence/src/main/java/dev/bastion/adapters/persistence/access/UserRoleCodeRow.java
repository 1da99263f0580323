package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** One role a user holds, by code. */
@Introspected
public record UserRoleCodeRow(UUID userId, String code) {
}
