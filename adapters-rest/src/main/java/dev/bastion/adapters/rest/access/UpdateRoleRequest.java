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
import java.util.List;

/**
 * A role's changes, with the {@code version} it was read at. A field left out keeps its value,
 * except that the departments go when {@code dataScope} stops being CUSTOM; no field can be
 * {@code null} ({@code []} empties a list).
 */
@Serdeable
public record UpdateRoleRequest(@Nullable @Schema(nullable = false) @Pattern(regexp = RoleDtoMapper.CODE, message = RoleDtoMapper.CODE_RULE)
                                String code,
                                @Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String name,
                                @Nullable @Schema(nullable = false) @Min(0) @Max(999_999) Integer sort,
                                @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                @Schema(allowableValues = {"ENABLED", "DISABLED"}, nullable = false) String status,
                                @Nullable @Pattern(regexp = RoleDtoMapper.DATA_SCOPES,
                                        message = "must be ALL, CUSTOM, DEPT, DEPT_AND_CHILDREN or SELF")
                                @Schema(allowableValues = {"ALL", "CUSTOM", "DEPT", "DEPT_AND_CHILDREN", "SELF"}, nullable = false)
                                String dataScope,
                                @Nullable @Schema(nullable = false) @Size(max = 1000) List<@Size(max = 36) String> deptIds,
                                @Nullable @Schema(nullable = false) @Size(max = 1000) List<@Size(max = 36) String> menuIds,
                                @NotNull @Min(0) Long version,
                                // not part of the body: which fields it carried (see PatchRequest)
                                @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateRoleRequest> {

    @Override
    public UpdateRoleRequest withSentFields(SentFields sent) {
        return new UpdateRoleRequest(code, name, sort, status, dataScope, deptIds, menuIds, version, sent);
    }
}
