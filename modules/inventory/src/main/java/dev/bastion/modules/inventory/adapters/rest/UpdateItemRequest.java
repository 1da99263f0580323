package dev.bastion.modules.inventory.adapters.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An item's changes, with the {@code version} it was read at. A field left out keeps its value;
 * none can be {@code null}. Its quantity moves only by receiving and issuing stock, and its
 * warehouse does not change.
 */
@Serdeable
public record UpdateItemRequest(@Nullable @Schema(nullable = false) @Size(min = 1, max = 40) String sku,
                                @Nullable @Schema(nullable = false) @Size(min = 1, max = 100) String name,
                                @Nullable @Schema(nullable = false) @Size(min = 1, max = 16) String unit,
                                @Nullable @Schema(nullable = false) @Min(0) Long reorderLevel,
                                @NotNull @Min(0) Long version,
                                // not part of the body: which fields it carried (see PatchRequest)
                                @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateItemRequest> {

    @Override
    public UpdateItemRequest withSentFields(SentFields sent) {
        return new UpdateItemRequest(sku, name, unit, reorderLevel, version, sent);
    }
}
