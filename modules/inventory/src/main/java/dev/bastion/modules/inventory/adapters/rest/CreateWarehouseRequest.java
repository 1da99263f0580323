package dev.bastion.modules.inventory.adapters.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new warehouse of department {@code deptId}. The code's shape and the department (existing, in
 * the caller's data scope) are checked by the use case, which names the field. Default: ENABLED.
 */
@Serdeable
public record CreateWarehouseRequest(@NotBlank @Size(max = 64)
                                     @Schema(description = "lower-case letters, digits or _, a letter first",
                                             example = "main_store") String code,
                                     @NotBlank @Size(max = 64) String name,
                                     @NotBlank @Size(max = 36) String deptId,
                                     @Nullable @Size(max = 200) String address,
                                     @Nullable @Pattern(regexp = WarehouseValues.STATUSES,
                                             message = WarehouseValues.STATUS_RULE)
                                     @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status) {
}
