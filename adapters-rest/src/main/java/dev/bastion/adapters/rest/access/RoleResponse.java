package dev.bastion.adapters.rest.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.RoleStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A role as read: the fields of its body (id lists sorted) plus id, version and times. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoleResponse(String id, String code, String name, int sort, RoleStatus status, DataScope dataScope,
                           List<String> deptIds, List<String> menuIds, long version, Instant createdAt,
                           Instant updatedAt) {
}
