package dev.bastion.adapters.rest.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A menu entry as read: the fields of its body plus id, version and times. In a tree
 * ({@code GET /menus}, {@code GET /auth/menus}) each node carries {@code children} (empty for
 * leaves); elsewhere it is left out.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MenuResponse(String id, @Nullable String parentId, String name, MenuType type, @Nullable String path,
                           @Nullable String component, @Nullable String permission, @Nullable String icon, int sort,
                           boolean visible, MenuStatus status, long version, Instant createdAt, Instant updatedAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<MenuResponse> children) {
}
