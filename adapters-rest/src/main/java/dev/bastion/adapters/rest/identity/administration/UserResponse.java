package dev.bastion.adapters.rest.identity.administration;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.identity.UserStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A user as read: the fields of its create body (no password) plus id, version and times. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(String id, String username, String nickname, @Nullable String email, @Nullable String phone,
                           String deptId, List<String> roleIds, UserStatus status, boolean mustChangePassword,
                           long version, Instant createdAt, Instant updatedAt) {
}
