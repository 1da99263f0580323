package dev.bastion.application.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import java.util.Objects;

/**
 * Changes a role read at {@code version} (stale: {@code VERSION_CONFLICT}): its code, name,
 * status, data scope, departments and menu entries. Holders of the role are served the new
 * grants from their next request on, on every instance. The actor must hold everything the role
 * grants its holders, before and after the change ({@code FORBIDDEN} otherwise).
 */
public interface UpdateRole {

    Role update(UserId actor, Command command);

    record Command(RoleId id, RoleCode code, RoleDetails details, long version) {

        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(details, "details");
        }
    }
}
