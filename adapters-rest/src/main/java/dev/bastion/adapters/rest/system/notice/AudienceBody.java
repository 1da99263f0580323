package dev.bastion.adapters.rest.system.notice;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Who a notice is for: {@code all}, or any of the roles' holders, the departments' members (with
 * their sub-departments) and the users. Used in requests and responses alike.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AudienceBody(@Nullable Boolean all,
                           @Nullable @Size(max = 500) List<@Size(max = 36) String> roleIds,
                           @Nullable @Size(max = 500) List<@Size(max = 36) String> deptIds,
                           @Nullable @Size(max = 500) List<@Size(max = 36) String> userIds) {
}
