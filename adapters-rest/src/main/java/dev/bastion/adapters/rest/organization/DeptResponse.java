package dev.bastion.adapters.rest.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.organization.DepartmentStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A department as read: the fields of its body plus id, version and times. In the tree
 * ({@code GET /depts}) each node carries {@code children} (empty for leaves); elsewhere it is null.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeptResponse(String id, @Nullable String parentId, String name, int sort, @Nullable String leader,
                           @Nullable String phone, @Nullable String email, DepartmentStatus status, long version,
                           Instant createdAt, Instant updatedAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<DeptResponse> children) {
}
