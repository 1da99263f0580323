package dev.bastion.adapters.rest.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new department. Defaults: {@code sort} 0, {@code status} ENABLED. */
@Serdeable
public record CreateDeptRequest(@NotBlank @Size(max = 36) String parentId,
                                @NotBlank @Size(max = 64) String name,
                                @Nullable @Min(0) @Max(999_999) Integer sort,
                                @Nullable @Size(max = 64) String leader,
                                @Nullable @Size(max = 32) String phone,
                                @Nullable @Email @Size(max = 254) String email,
                                @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status) {
}
