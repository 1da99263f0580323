package dev.bastion.adapters.rest.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new role. Defaults: {@code sort} 0, {@code status} ENABLED, {@code dataScope} SELF (when
 * unsure, the narrowest), no departments, no menu entries.
 */
@Serdeable
public record CreateRoleRequest(@NotBlank @Pattern(regexp = RoleDtoMapper.CODE, message = RoleDtoMapper.CODE_RULE) String code,
                                @NotBlank @Size(max = 64) String name,
                                @Nullable @Min(0) @Max(999_999) Integer sort,
                                @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status,
                                @Nullable @Pattern(regexp = RoleDtoMapper.DATA_SCOPES,
                                        message = "must be ALL, CUSTOM, DEPT, DEPT_AND_CHILDREN or SELF")
                                @Schema(allowableValues = {"ALL", "CUSTOM", "DEPT", "DEPT_AND_CHILDREN", "SELF"})
                                String dataScope,
                                @Nullable @Size(max = 1000) List<@Size(max = 36) String> deptIds,
                                @Nullable @Size(max = 1000) List<@Size(max = 36) String> menuIds) {
}
