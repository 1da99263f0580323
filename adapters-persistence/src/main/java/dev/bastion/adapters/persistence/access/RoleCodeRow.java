package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** A role's id and its code, lower-cased. */
@Introspected
public record RoleCodeRow(UUID id, String code) {
}
