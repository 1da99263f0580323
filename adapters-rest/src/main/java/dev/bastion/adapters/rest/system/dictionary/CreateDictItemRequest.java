package dev.bastion.adapters.rest.system.dictionary;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new item of the type {@code typeCode}. Defaults: {@code sort} 0, {@code status} ENABLED,
 * {@code tag} none, {@code isDefault} false.
 */
@Serdeable
public record CreateDictItemRequest(@NotBlank @Size(max = 64) @Schema(example = "order_status") String typeCode,
                                    @NotBlank @Size(max = 64) @Schema(example = "Shipped") String label,
                                    @NotBlank @Size(max = 100) @Schema(example = "SHIPPED") String value,
                                    @Nullable @Min(0) @Max(999_999) Integer sort,
                                    @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                    @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status,
                                    @Nullable @Schema(allowableValues = {"default", "primary", "success", "info",
                                            "warning", "danger"}) String tag,
                                    @JsonProperty("isDefault") @Nullable Boolean isDefault,
                                    @Nullable @Size(max = 500) String remark) {
}
