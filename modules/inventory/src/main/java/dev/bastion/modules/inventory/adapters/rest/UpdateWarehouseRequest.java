package dev.bastion.modules.inventory.adapters.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A warehouse's changes, with the {@code version} it was read at. A field left out keeps its value;
 * {@code null} or {@code ""} clears {@code address}; the others cannot be {@code null}. A new
 * {@code deptId} moves the warehouse to that department (in the caller's data scope).
 */
@Serdeable
public record UpdateWarehouseRequest(@Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String code,
                                     @Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String name,
                                     @Nullable @Schema(nullable = false) @Size(min = 1, max = 36) String deptId,
                                     @Nullable @Size(max = 200) String address,
                                     @Nullable @Pattern(regexp = WarehouseValues.STATUSES,
                                             message = WarehouseValues.STATUS_RULE)
                                     @Schema(allowableValues = {"ENABLED", "DISABLED"}, nullable = false)
                                     String status,
                                     @NotNull @Min(0) Long version,
                                     // not part of the body: which fields it carried (see PatchRequest)
                                     @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateWarehouseRequest> {

    @Override
    public UpdateWarehouseRequest withSentFields(SentFields sent) {
        return new UpdateWarehouseRequest(code, name, deptId, address, status, version, sent);
    }
}
