package dev.bastion.application.access;

import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import java.util.Objects;

/**
 * Changes a role read at {@code version} (stale: {@code VERSION_CONFLICT}): its code, name,
 * status, data scope, departments and menu entries. Holders of the role are served the new
 * grants from their next request on, on every instance.
 */
public interface UpdateRole {

    Role update(Command command);

    record Command(RoleId id, RoleCode code, RoleDetails details, long version) {

        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(details, "details");
        }
    }
}
