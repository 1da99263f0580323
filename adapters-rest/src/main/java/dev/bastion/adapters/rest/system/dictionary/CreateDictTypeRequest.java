package dev.bastion.adapters.rest.system.dictionary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new dictionary type (without items). Defaults: {@code status} ENABLED. */
@Serdeable
public record CreateDictTypeRequest(@NotBlank @Size(max = 64) @Schema(example = "order_status") String code,
                                    @NotBlank @Size(max = 64) @Schema(example = "Order status") String name,
                                    @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                    @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status,
                                    @Nullable @Size(max = 500) String remark) {
}
