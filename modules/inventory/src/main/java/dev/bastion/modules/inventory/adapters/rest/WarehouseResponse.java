package dev.bastion.modules.inventory.adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.modules.inventory.domain.WarehouseStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A warehouse as read: the fields of its body plus id, version and times. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WarehouseResponse(String id, String code, String name, String deptId, @Nullable String address,
                                WarehouseStatus status, long version, Instant createdAt, Instant updatedAt) {
}
