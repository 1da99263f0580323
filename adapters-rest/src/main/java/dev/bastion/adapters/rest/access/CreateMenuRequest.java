package dev.bastion.adapters.rest.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new menu entry; {@code parentId} null puts it at the top level. Defaults: {@code sort} 0,
 * {@code visible} true, {@code status} ENABLED.
 */
@Serdeable
public record CreateMenuRequest(@Nullable @Size(max = 36) String parentId,
                                @NotBlank @Size(max = 64) String name,
                                @NotBlank @Pattern(regexp = "DIRECTORY|MENU|BUTTON",
                                        message = "must be DIRECTORY, MENU or BUTTON")
                                @Schema(allowableValues = {"DIRECTORY", "MENU", "BUTTON"}) String type,
                                @Nullable @Size(max = 200) String path,
                                @Nullable @Size(max = 255) String component,
                                @Nullable @Size(max = 128) String permission,
                                @Nullable @Size(max = 64) String icon,
                                @Nullable @Min(0) @Max(999_999) Integer sort,
                                @Nullable Boolean visible,
                                @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status) {
}
