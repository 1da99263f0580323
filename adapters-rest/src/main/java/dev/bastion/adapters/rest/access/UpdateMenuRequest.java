package dev.bastion.adapters.rest.access;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A menu entry's changes, with the {@code version} it was read at. A field left out keeps its
 * value; {@code null} or {@code ""} clears {@code path}, {@code component}, {@code permission} or
 * {@code icon}, and as {@code parentId} moves the entry to the top level; {@code name},
 * {@code type}, {@code sort}, {@code visible} and {@code status} cannot be {@code null}.
 */
@Serdeable
public record UpdateMenuRequest(@Nullable @Size(max = 36) String parentId,
                                @Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String name,
                                @Nullable @Pattern(regexp = "DIRECTORY|MENU|BUTTON",
                                        message = "must be DIRECTORY, MENU or BUTTON")
                                @Schema(allowableValues = {"DIRECTORY", "MENU", "BUTTON"}, nullable = false) String type,
                                @Nullable @Size(max = 200) String path,
                                @Nullable @Size(max = 255) String component,
                                @Nullable @Size(max = 128) String permission,
                                @Nullable @Size(max = 64) String icon,
                                @Nullable @Schema(nullable = false) @Min(0) @Max(999_999) Integer sort,
                                @Nullable @Schema(nullable = false) Boolean visible,
                                @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                @Schema(allowableValues = {"ENABLED", "DISABLED"}, nullable = false) String status,
                                @NotNull @Min(0) Long version,
                                // not part of the body: which fields it carried (see PatchRequest)
                                @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateMenuRequest> {

    @Override
    public UpdateMenuRequest withSentFields(SentFields sent) {
        return new UpdateMenuRequest(parentId, name, type, path, component, permission, icon, sort, visible, status,
                version, sent);
    }
}
